package io.portablefn.samples.events;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.ScheduleHandler;
import io.portablefn.api.ScheduleTrigger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Builds the report of the previous day (UTC) every night at 02:30 UTC. The day comes from the
 * firing's scheduled time, not from the clock, so a run that starts late (after a cold start,
 * a retry, or an outage that Azure reports as past due) still reports the day it was meant for.
 */
@Function(name = "nightly-report", timeoutSeconds = 300)
@ScheduleTrigger(cron = "30 2 * * *")
public class NightlyReport implements ScheduleHandler {

    /** The day a report covers, as the half-open interval [from, until). */
    public record Period(LocalDate day, Instant from, Instant until) {
    }

    @Override
    public void handle(ScheduleEvent firing, Context context) {
        Period period = period(firing.scheduledTime());
        if (firing.pastDue()) {
            context.logger().warn("firing " + firing.id() + " of " + firing.scheduledTime() + " runs late");
        }
        // A real function queries the day's orders here and writes the report.
        context.logger().info("report for " + period.day() + ": orders from " + period.from() + " until "
                + period.until());
    }

    /** The UTC day before the one {@code scheduledTime} falls on. */
    static Period period(Instant scheduledTime) {
        LocalDate day = LocalDate.ofInstant(scheduledTime, ZoneOffset.UTC).minusDays(1);
        return new Period(day, day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
