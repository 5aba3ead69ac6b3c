package io.portablefn.api;

import java.util.Objects;

/**
 * Thrown by an event handler for an event that no retry can fix: the event is acknowledged,
 * so the cloud neither delivers it again nor dead-letters it, and the reason is logged as a
 * warning with the event's id. Any other exception has the event delivered again.
 *
 * <pre>{@code
 * if (order.customerId() == null) {
 *     throw new DropEventException("order " + order.id() + " has no customer");
 * }
 * }</pre>
 */
public class DropEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason why the event is dropped; logged, never sent anywhere */
    public DropEventException(String reason) {
        super(Objects.requireNonNull(reason, "reason"), null, false, false);
    }
}
