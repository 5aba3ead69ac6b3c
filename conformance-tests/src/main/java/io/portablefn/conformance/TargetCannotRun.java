package io.portablefn.conformance;

/**
 * Thrown by a target ({@link Target}, {@code EventTarget}) that cannot run a case at all, as
 * opposed to running it and answering wrongly: the function has no generated entry point for
 * this cloud, the cloud cannot deliver such an event to such a trigger, the target's client
 * cannot put the request on the wire. The suite reports it as a failure, <em>cannot run</em>,
 * with this message as the reason, unless the run excluded the target explicitly (a case's
 * {@code notApplicable}, or a target selection): an absent target must never look like a pass.
 */
public class TargetCannotRun extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason what is missing or impossible, and what would make the target able to run */
    public TargetCannotRun(String reason) {
        super(reason);
    }

    public TargetCannotRun(String reason, Throwable cause) {
        super(reason, cause);
    }
}
