package io.portablefn.local;

import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.Problems;

/**
 * A request the server cannot hand to any function because of how it was sent (too large,
 * malformed, too slow): answered with a problem of {@link #status}, after which the connection
 * is closed, since what follows on it can no longer be trusted to start a request.
 */
final class ProtocolFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    ProtocolFailure(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    HttpResponse response() {
        return Problems.response(status, getMessage());
    }
}
