package io.portablefn.samples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portablefn.api.ScheduleEvent;
import io.portablefn.runtime.EventOutcome;
import io.portablefn.runtime.cron.Cron;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report covers the UTC day before the firing's scheduled time, however late it runs. */
class NightlyReportTest {

    private final TestContext test = new TestContext("nightly-report");

    @Test
    void reportsThePreviousUtcDay() throws Exception {
        new NightlyReport().handle(new ScheduleEvent("f-1", Instant.parse("2026-03-01T02:30:00Z"), false),
                test.context());
        assertEquals("INFO report for 2026-02-28: orders from 2026-02-28T00:00:00Z until 2026-03-01T00:00:00Z",
                test.line());
    }

    @Test
    void aLeapDayIsADay() {
        NightlyReport.Period period = NightlyReport.period(Instant.parse("2028-03-01T02:30:00Z"));
        assertEquals(LocalDate.parse("2028-02-29"), period.day());
        assertEquals(Duration.ofDays(1), Duration.between(period.from(), period.until()));
    }

    @Test
    void aLateRunReportsTheDayItWasScheduledFor() throws Exception {
        // Azure marks a firing missed while the app was down as past due; its scheduled time is kept.
        ScheduleEvent late = new ScheduleEvent("f-2", Instant.parse("2026-03-01T02:30:00Z"), true);
        assertEquals(EventOutcome.ACKNOWLEDGED, NightlyReport_PortableFunction.FUNCTION.deliver(late, test.context()));
        assertEquals(List.of("WARN firing f-2 of 2026-03-01T02:30:00Z runs late",
                "INFO report for 2026-02-28: orders from 2026-02-28T00:00:00Z until 2026-03-01T00:00:00Z"),
                test.lines());
    }

    @Test
    void eachFiringOfTheScheduleReportsTheDayThatEndedBeforeIt() {
        Cron schedule = Cron.parse("30 2 * * *");
        Instant firing = Instant.parse("2027-12-29T00:00:00Z");
        for (int night = 0; night < 5; night++) {  // across a new year
            firing = schedule.next(firing);
            NightlyReport.Period period = NightlyReport.period(firing);
            assertEquals(firing.minus(Duration.ofMinutes(150)), period.until(), firing::toString);
            assertEquals(period.day().plusDays(1), LocalDate.ofInstant(firing, ZoneOffset.UTC));
        }
    }
}
