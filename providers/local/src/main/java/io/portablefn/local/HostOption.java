package io.portablefn.local;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Properties;

/**
 * Which address {@link LocalServer#main} listens on: {@code --host ADDRESS} (or {@code
 * --host=ADDRESS}), else the system property {@code portablefn.host}, else loopback. Loopback by
 * default because the server has no authentication: anyone who can reach it can call every
 * function. {@code 0.0.0.0} (every IPv4 interface) or {@code ::} is what a container needs.
 */
final class HostOption {

    static final String ARG = "--host";
    static final String PROPERTY = "portablefn.host";
    static final String USAGE = ARG + " ADDRESS or -D" + PROPERTY + "=ADDRESS, an address of this machine such as"
            + " 127.0.0.1 or 0.0.0.0 (every interface); default loopback";

    private HostOption() {
    }

    /**
     * The address to listen on. Removes its own arguments from {@code args}, leaving the others
     * for {@link PortOption}.
     *
     * @throws IllegalArgumentException with a one-line message naming the bad value, where it
     *     came from and what is allowed
     */
    static InetAddress resolve(List<String> args, Properties properties) {
        String fromArgs = OptionArguments.take(args, ARG, USAGE);
        if (fromArgs != null) {
            return parse(fromArgs, ARG);
        }
        String fromProperty = properties.getProperty(PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return parse(fromProperty, "system property " + PROPERTY);
        }
        return InetAddress.getLoopbackAddress();
    }

    private static InetAddress parse(String value, String source) {
        String host = value.strip();
        if (!host.isEmpty()) {
            try {
                return InetAddress.getByName(host);
            } catch (UnknownHostException unknown) {
                // answered below, with what is allowed
            }
        }
        throw new IllegalArgumentException("Invalid host '" + value + "' from " + source + ": " + USAGE + ".");
    }
}
