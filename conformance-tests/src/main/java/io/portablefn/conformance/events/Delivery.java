package io.portablefn.conformance.events;

import java.util.List;
import java.util.Set;

/**
 * What the cloud does after handing events to a function, as a target observes it through the
 * cloud's own signal (an SQS {@code batchItemFailures} list, an invocation error, a rethrow, a
 * non-2xx status).
 *
 * @param redelivered the ids of the messages or events the cloud will deliver again
 * @param errors what the cloud was told about failed invocations (error messages, status lines),
 *     for checking that bad input gets a clear error and no stack trace leaves the function
 */
public record Delivery(Set<String> redelivered, List<String> errors) {

    public Delivery {
        redelivered = Set.copyOf(redelivered);
        errors = List.copyOf(errors);
    }
}
