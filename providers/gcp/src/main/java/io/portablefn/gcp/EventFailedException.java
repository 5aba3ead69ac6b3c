package io.portablefn.gcp;

/**
 * Thrown out of the generated {@code CloudEventsFunction} so that the Functions Framework answers
 * 500 and Pub/Sub or Eventarc delivers the event again. The message is always ours: it names the
 * function and the event, never what the user's code threw (that is in the log, once). No stack
 * trace: the invoker logs this exception, and where it was thrown says nothing useful.
 */
final class EventFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private EventFailedException(String message) {
        super(message, null, false, false);
    }

    /** The function did not handle the event (it threw, could not bind it, or ran out of time). */
    static EventFailedException failed(String function, String what) {
        return new EventFailedException("Function '" + function + "' did not handle " + what
                + "; it will be delivered again.");
    }

    /** The event could not be decoded; the log has the same text. */
    static EventFailedException undecodable(String function, UndecodableEvent bad) {
        return new EventFailedException(undecodableText(function, bad));
    }

    /** The log line and error for an event that cannot be decoded. */
    static String undecodableText(String function, UndecodableEvent bad) {
        return "Function '" + function + "' cannot decode " + bad.what() + ": " + bad.problem()
                + ". It will be delivered again and finally dead-lettered.";
    }

    /** An event of another kind than the function takes; {@code text} is {@code EventFunction.wrongEvent}. */
    static EventFailedException wrongEvent(String text) {
        return new EventFailedException(text);
    }
}
