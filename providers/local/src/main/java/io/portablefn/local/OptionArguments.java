package io.portablefn.local;

import java.util.List;

/** The one way the local server's options read {@code --name VALUE} or {@code --name=VALUE}. */
final class OptionArguments {

    private OptionArguments() {
    }

    /**
     * Removes every {@code name} option from {@code args} and returns the last value given, or
     * null when there was none; the other arguments are left for the next option.
     *
     * @throws IllegalArgumentException when {@code name} ends the arguments without a value
     */
    static String take(List<String> args, String name, String usage) {
        String value = null;
        for (int i = 0; i < args.size(); ) {
            String arg = args.get(i);
            if (arg.equals(name)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(name + " needs a value: " + usage + ".");
                }
                value = args.remove(i + 1);
                args.remove(i);
            } else if (arg.startsWith(name + "=")) {
                value = args.remove(i).substring(name.length() + 1);
            } else {
                i++;
            }
        }
        return value;
    }
}
