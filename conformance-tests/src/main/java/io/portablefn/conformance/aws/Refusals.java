package io.portablefn.conformance.aws;

import io.portablefn.conformance.TargetCannotRun;

/**
 * Refusals by an AWS front door whose answer to the client no public source shows: the request
 * certainly never reaches the function, but this model will not invent the status and body the
 * client would get, so the target cannot run such a case (a case excludes it with
 * {@code notApplicable}, giving this reason).
 */
final class Refusals {

    private Refusals() {
    }

    /** {@code frontDoor} refuses a body over {@code limit}; what it answers is not known. */
    static TargetCannotRun bodyOverLimit(String frontDoor, String limit, int bodyBytes) {
        return new TargetCannotRun(frontDoor + " refuses a request body over " + limit + " (this one is " + bodyBytes
                + " bytes) before the function runs; what it answers is neither documented nor captured publicly,"
                + " so this model does not reproduce it");
    }

    /** Lambda refuses the event as over its payload limit; what {@code frontDoor} then answers is not known. */
    static TargetCannotRun payloadOverLimit(String frontDoor) {
        return new TargetCannotRun("Lambda refuses an event of " + LambdaPayload.MAX_REQUEST_BYTES
                + " bytes or more (its 6 MB synchronous payload limit) before the function runs; what " + frontDoor
                + " then answers is neither documented nor captured publicly, so this model does not reproduce it");
    }
}
