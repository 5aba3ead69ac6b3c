package io.portablefn.local;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Whether {@link LocalServer#main} fires schedule functions on their cron: {@code --schedules
 * on|off} (or {@code --schedules=on|off}), else the environment variable {@code
 * PORTABLEFN_SCHEDULES}, else the system property {@code portablefn.schedules}, else on. The
 * values are {@code on}, {@code off}, {@code true} and {@code false}, in any case; a blank
 * variable or property counts as unset. The same order as {@link PortOption}.
 */
final class ScheduleOption {

    static final String ARG = "--schedules";
    static final String ENV = "PORTABLEFN_SCHEDULES";
    static final String PROPERTY = "portablefn.schedules";
    static final String USAGE = ARG + " on|off, or env " + ENV + ", or -D" + PROPERTY + "=on|off; default on";

    private ScheduleOption() {
    }

    /**
     * True to fire schedules. Removes its own arguments from {@code args}, leaving the others
     * for {@link PortOption}.
     *
     * @throws IllegalArgumentException with a one-line message naming the bad value, where it
     *     came from and what is allowed
     */
    static boolean resolve(List<String> args, Map<String, String> env, Properties properties) {
        String fromArgs = OptionArguments.take(args, ARG, USAGE);
        if (fromArgs != null) {
            return parse(fromArgs, ARG);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return parse(fromEnv, "environment variable " + ENV);
        }
        String fromProperty = properties.getProperty(PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return parse(fromProperty, "system property " + PROPERTY);
        }
        return true;
    }

    private static boolean parse(String value, String source) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true":
                return true;
            case "off", "false":
                return false;
            default:
                throw new IllegalArgumentException("Invalid value '" + value + "' from " + source
                        + ": allowed are on and off (or true and false). " + USAGE + ".");
        }
    }
}
