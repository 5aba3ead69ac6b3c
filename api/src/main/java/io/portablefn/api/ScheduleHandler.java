package io.portablefn.api;

/**
 * A function called each time its {@link ScheduleTrigger schedule} fires.
 *
 * <pre>{@code
 * public void handle(ScheduleEvent event, Context context) {
 *     report.build(event.scheduledTime().minus(Duration.ofDays(1)), event.scheduledTime());
 * }
 * }</pre>
 *
 * <p>A throw is logged as the run's failure. Whether the cloud runs it again differs, and
 * docs/events.md says how: AWS retries the asynchronous invocation, Google Cloud Scheduler
 * retries by its job's retry settings, and Azure waits for the next firing.
 */
@FunctionalInterface
public interface ScheduleHandler {

    /**
     * Handles one firing.
     *
     * @throws Exception to report the run as failed
     */
    void handle(ScheduleEvent event, Context context) throws Exception;
}
