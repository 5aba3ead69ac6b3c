package io.portablefn.aws;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain log lines as tests about messages compare them: without the function name, invocation id
 * and trace id that every record starts with (LambdaLoggingTest checks those).
 */
final class LogLines {

    private static final Pattern NAMES = Pattern.compile("function=\\S+ invocation=\\S+ trace=[0-9a-f]{32} ");

    private LogLines() {
    }

    static String unnamed(String line) {
        return NAMES.matcher(line).replaceFirst("");
    }

    static List<String> unnamed(List<String> lines) {
        return lines.stream().map(LogLines::unnamed).toList();
    }
}
