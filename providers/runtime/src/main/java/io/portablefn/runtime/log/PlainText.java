package io.portablefn.runtime.log;

import io.portablefn.api.Context;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The text of a record where the log takes plain text (Lambda's text format, the Azure worker,
 * the local server): the invocation's names first, then the message, then any stack trace, as one
 * string that the sink writes as one record.
 *
 * <pre>
 * function=greet invocation=5f0c... trace=4bf92f3577b34da6a3ce929d0e0e4736 Function 'greet' failed on GET /hi
 * java.lang.IllegalStateException: boom
 * 	at ...
 * </pre>
 */
public final class PlainText {

    private PlainText() {
    }

    /** {@code message} after the invocation's function name, invocation id and trace id. */
    public static String of(String message, Throwable failure, Context invocation) {
        StringBuilder text = new StringBuilder(96 + message.length())
                .append("function=").append(invocation.functionName())
                .append(" invocation=").append(invocation.invocationId())
                .append(" trace=").append(invocation.traceContext().traceId())
                .append(' ').append(message);
        if (failure != null) {
            text.append('\n').append(stackTrace(failure));
        }
        return text.toString();
    }

    /** The failure as {@link Throwable#printStackTrace()} prints it, causes included, without a final newline. */
    public static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        int end = trace.getBuffer().length();
        while (end > 0 && Character.isWhitespace(trace.getBuffer().charAt(end - 1))) {
            end--;
        }
        return trace.getBuffer().substring(0, end);
    }
}
