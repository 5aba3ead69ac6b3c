package io.portablefn.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Triggers a {@link Function} on a schedule: an EventBridge schedule on AWS, a timer trigger on
 * Azure, Cloud Scheduler on Google Cloud. The class implements {@link ScheduleHandler}.
 *
 * <pre>{@code
 * @Function(name = "nightly-report")
 * @ScheduleTrigger(cron = "30 2 * * *")   // 02:30 UTC every day
 * public class NightlyReport implements ScheduleHandler { ... }
 * }</pre>
 *
 * <p>The expression is five-field cron (minute, hour, day of month, month, day of week), in UTC,
 * translated at compile time into each cloud's own syntax; an expression some cloud cannot
 * express exactly is a compile error that says why (docs/schedules.md).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ScheduleTrigger {

    /** The cron expression, such as {@code "0 2 * * MON-FRI"} or {@code "@daily"}; always UTC. */
    String cron();
}
