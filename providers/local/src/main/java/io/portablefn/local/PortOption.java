package io.portablefn.local;

import java.util.Map;
import java.util.Properties;

/**
 * Where {@link LocalServer#main} takes its port from: {@code --port N} (or {@code --port=N}),
 * else the environment variable {@code PORT} (what Cloud Run and most PaaS set), else the
 * system property {@code portablefn.port}, else 8080. A blank variable or property counts as
 * unset. Anything else that is not 0 to 65535 is refused with a message naming its source.
 */
final class PortOption {

    static final int DEFAULT_PORT = 8080;
    static final String ENV = "PORT";
    static final String PROPERTY = "portablefn.port";
    static final String USAGE = "Usage: java io.portablefn.local.LocalServer [--port N] [" + HostOption.ARG + " ADDRESS] [" + ScheduleOption.ARG
            + " on|off], N from 0 to 65535 (0 = any free port); or env " + ENV + ", or -D" + PROPERTY + "=N; default "
            + DEFAULT_PORT + ". " + HostOption.USAGE + ". " + ScheduleOption.USAGE + ".";

    private PortOption() {
    }

    /**
     * The port to listen on.
     *
     * @throws IllegalArgumentException with a one-line message naming the bad value, where it
     *     came from and what is allowed
     */
    static int resolve(String[] args, Map<String, String> env, Properties properties) {
        String fromArgs = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--port")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--port needs a value. " + USAGE);
                }
                fromArgs = args[++i];
            } else if (arg.startsWith("--port=")) {
                fromArgs = arg.substring("--port=".length());
            } else {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'. " + USAGE);
            }
        }
        if (fromArgs != null) {
            return parse(fromArgs, "--port");
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return parse(fromEnv, "environment variable " + ENV);
        }
        String fromProperty = properties.getProperty(PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return parse(fromProperty, "system property " + PROPERTY);
        }
        return DEFAULT_PORT;
    }

    private static int parse(String value, String source) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, with what is allowed
        }
        throw new IllegalArgumentException("Invalid port '" + value + "' from " + source
                + ": a port is a whole number from 0 to 65535 (0 picks any free port).");
    }
}
