package io.portablefn.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-made UTC time agrees with java.time's formatter, leap days and century years included. */
class UtcTimeTest {

    private static final DateTimeFormatter EXPECTED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void knownTimes() {
        assertEquals("1970-01-01T00:00:00.000Z", UtcTime.format(0));
        assertEquals("1969-12-31T23:59:59.999Z", UtcTime.format(-1));
        assertEquals("2000-02-29T12:34:56.007Z", UtcTime.format(Instant.parse("2000-02-29T12:34:56.007Z").toEpochMilli()));
        assertEquals("2100-03-01T00:00:00.000Z", UtcTime.format(Instant.parse("2100-03-01T00:00:00Z").toEpochMilli()));
    }

    @Test
    void agreesWithJavaTimeFromYearZeroTo9999() {
        long from = Instant.parse("0000-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            long millis = random.nextLong(from, to + 1);
            assertEquals(EXPECTED.format(Instant.ofEpochMilli(millis)), UtcTime.format(millis), () -> "at " + millis);
        }
    }
}
