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
        String fromArgs = null;
        for (int i = 0; i < args.size(); ) {
            String arg = args.get(i);
            if (arg.equals(ARG)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(ARG + " needs a value: " + USAGE + ".");
                }
                fromArgs = args.remove(i + 1);
                args.remove(i);
            } else if (arg.startsWith(ARG + "=")) {
                fromArgs = args.remove(i).substring(ARG.length() + 1);
            } else {
                i++;
            }
        }
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
