package io.portablefn.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One firing of a {@link ScheduleTrigger schedule}.
 *
 * @param id the cloud's id of this firing (EventBridge event id, Azure invocation id, Pub/Sub
 *     message id)
 * @param scheduledTime when the schedule fired: EventBridge's event time, Azure's scheduled
 *     time, Cloud Scheduler's publish time; in UTC
 * @param pastDue true when the cloud reports the run as late (Azure's {@code IsPastDue}, after
 *     the app was down over a firing); always false where the cloud does not say
 */
public record ScheduleEvent(String id, Instant scheduledTime, boolean pastDue) {

    public ScheduleEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scheduledTime, "scheduledTime");
    }
}
