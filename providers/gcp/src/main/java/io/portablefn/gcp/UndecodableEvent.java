package io.portablefn.gcp;

/**
 * An event that cannot be decoded: a field missing or malformed, data that is not base64 or not
 * JSON. Carries what is needed for the log line and the error: which event and what is wrong.
 * The event is delivered again and finally dead-lettered, so nothing is lost.
 */
final class UndecodableEvent extends Exception {

    private static final long serialVersionUID = 1L;

    private final String what;

    /**
     * @param what the event, as people call it: "Pub/Sub message 123", "Cloud Storage event 9"
     * @param problem what is wrong, as a sentence without a final period
     */
    UndecodableEvent(String what, String problem) {
        super(problem, null, false, false);
        this.what = what;
    }

    /** The event, such as "Pub/Sub message 123". */
    String what() {
        return what;
    }

    /** What is wrong with it. */
    String problem() {
        return getMessage();
    }
}
