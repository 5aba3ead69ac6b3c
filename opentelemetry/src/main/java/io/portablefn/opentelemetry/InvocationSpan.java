package io.portablefn.opentelemetry;

import static io.portablefn.opentelemetry.FaasAttributes.ERROR_TYPE;
import static io.portablefn.opentelemetry.FaasAttributes.HTTP_RESPONSE_STATUS_CODE;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.EventOutcome;
import io.portablefn.runtime.InvocationObserver;

/**
 * One invocation's span, current until the invocation ends. Errors follow the conventions'
 * "Recording errors" (open-telemetry/semantic-conventions: docs/general/recording-errors.md)
 * and the HTTP server span rule that only a 5xx is the server's error: status ERROR, {@code
 * error.type}, and the exception recorded as an event when the handler threw one.
 */
final class InvocationSpan implements InvocationObserver.Invocation {

    private final Span span;
    private final Scope scope;

    InvocationSpan(Span span, Scope scope) {
        this.span = span;
        this.scope = scope;
    }

    @Override
    public void answered(HttpResponse response, Throwable failure) {
        span.setAttribute(HTTP_RESPONSE_STATUS_CODE, response.status());
        if (response.status() >= 500) {
            fail(failure, Integer.toString(response.status()), "answered " + response.status());
        }
        end();
    }

    @Override
    public void handled(EventOutcome outcome, Throwable failure) {
        if (outcome == EventOutcome.FAILED) {
            // A failure without an exception: the body did not bind, or the deadline passed.
            fail(failure, "_OTHER", "the event failed and will be delivered again");
        }
        end();
    }

    private void fail(Throwable failure, String errorType, String description) {
        if (failure != null) {
            span.recordException(failure);
            span.setAttribute(ERROR_TYPE, failure.getClass().getName());
            span.setStatus(StatusCode.ERROR, failure.getClass().getName());
        } else {
            span.setAttribute(ERROR_TYPE, errorType);
            span.setStatus(StatusCode.ERROR, description);
        }
    }

    private void end() {
        try {
            span.end();
        } finally {
            scope.close();
        }
    }
}
