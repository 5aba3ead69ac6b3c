package io.portablefn.runtime.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronNextTest {

    private static Instant next(String expression, String after) {
        return Cron.parse(expression).next(Instant.parse(after));
    }

    @Test
    void isStrictlyAfterAndOnAWholeMinute() {
        assertEquals(Instant.parse("2025-01-02T02:00:00Z"), next("0 2 * * *", "2025-01-01T02:00:00Z"));
        assertEquals(Instant.parse("2025-01-01T02:00:00Z"), next("0 2 * * *", "2025-01-01T01:59:59.999Z"));
        assertEquals(Instant.parse("2025-01-01T10:01:00Z"), next("* * * * *", "2025-01-01T10:00:00.001Z"));
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), next("@hourly", "2024-12-31T23:30:00Z"));
    }

    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource({
        "0 0 31 * *,     2025-04-01T00:00:00Z, 2025-05-31T00:00:00Z",
        "0 0 30 * *,     2025-01-30T00:00:00Z, 2025-03-30T00:00:00Z",
        "0 0 30 2-4 *,   2025-01-01T00:00:00Z, 2025-03-30T00:00:00Z",
        "59 23 28-31 2 *, 2024-02-29T00:00:00Z, 2024-02-29T23:59:00Z",
        "0 0 1 1 *,      2025-06-01T00:00:00Z, 2026-01-01T00:00:00Z",
        "0 12 1 */3 *,   2025-02-01T00:00:00Z, 2025-04-01T12:00:00Z",
    })
    void skipsMonthsWithoutTheDay(String expression, String after, String expected) {
        assertEquals(Instant.parse(expected), next(expression, after));
    }

    @Test
    void findsTheTwentyNinthOfFebruaryOnlyInLeapYears() {
        assertEquals(Instant.parse("2028-02-29T00:00:00Z"), next("0 0 29 2 *", "2025-03-01T00:00:00Z"));
        assertEquals(Instant.parse("2024-02-29T00:00:00Z"), next("0 0 29 2 *", "2023-12-31T00:00:00Z"));
        // 2100 is not a leap year: the longest gap, eight years.
        assertEquals(Instant.parse("2104-02-29T00:00:00Z"), next("0 0 29 2 *", "2096-03-01T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 9 * * 0", "0 9 * * 7", "0 9 * * SUN", "0 9 * * sun", "@weekly"})
    void treatsZeroAndSevenAsSunday(String expression) {
        // 1 January 2025 is a Wednesday; the Sunday after it is the 5th.
        String expected = expression.equals("@weekly") ? "2025-01-05T00:00:00Z" : "2025-01-05T09:00:00Z";
        assertEquals(Instant.parse(expected), next(expression, "2025-01-01T00:00:00Z"));
    }

    @Test
    void runsWeekendRangesThatEndOnSunday() {
        Cron cron = Cron.parse("0 6 * * FRI-SUN");
        List<Instant> fires = new ArrayList<>();
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < 4; i++) {
            t = cron.next(t);
            fires.add(t);
        }
        assertEquals(List.of(Instant.parse("2025-01-03T06:00:00Z"), Instant.parse("2025-01-04T06:00:00Z"),
                Instant.parse("2025-01-05T06:00:00Z"), Instant.parse("2025-01-10T06:00:00Z")), fires);
    }

    @Test
    void followsTheJavadocExample() {
        assertEquals(Instant.parse("2025-01-06T02:30:00Z"), next("30 2 * * MON-FRI", "2025-01-03T03:00:00Z"));
    }

    @Test
    void stepsStartAtTheFieldsFirstValue() {
        assertEquals(Instant.parse("2025-01-03T00:00:00Z"), next("0 0 */2 * *", "2025-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2025-01-01T00:50:00Z"), next("5/15 * * * *", "2025-01-01T00:36:00Z"));
        assertEquals(Instant.parse("2025-01-01T01:05:00Z"), next("5/15 * * * *", "2025-01-01T00:50:00Z"));
    }
}
