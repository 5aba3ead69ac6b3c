package io.portablefn.conformance.gcp;

import io.portablefn.conformance.TargetCannotRun;
import io.portablefn.conformance.WireRequest;

/**
 * Google's front end, which every request to Cloud Run and Cloud Run functions passes before the
 * container: it refuses an HTTP/1 request body over 32 MiB (cloud.google.com/run/quotas, "Maximum
 * HTTP/1 request size"), so the invoker never sees it. It answers 413 with an HTML page of its own
 * (as captured in zhaofengli/attic issue 220 and ahmetoner/whisper-asr-webservice issue 143),
 * which this model does not reproduce: such a request is a {@link TargetCannotRun}, for both the
 * in-process target and the real invoker (which, alone on a loopback port, has no such limit).
 */
final class GoogleFrontEnd {

    /** Cloud Run's limit on an HTTP/1 request: 32 MiB. */
    static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private GoogleFrontEnd() {
    }

    /** Throws unless Google's front end would pass {@code request} on to the container. */
    static void admit(WireRequest request) {
        if (request.bodyLength() > MAX_BODY_BYTES) {
            throw new TargetCannotRun("Google's front end refuses a request body over 32 MiB (this one is "
                    + request.bodyLength() + " bytes) with 413 and an HTML page of its own before the function runs;"
                    + " this model does not reproduce the page");
        }
    }
}
