package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** java.time values bind as ISO-8601 strings, although their support is loaded only on demand. */
class JavaTimeBindingTest {

    record Booking(LocalDate day, Instant createdAt) {
    }

    record Confirmation(LocalDate day, Instant confirmedAt) {
    }

    @Test
    void javaTimeValuesRoundTripAsIsoStrings() {
        HttpFunction book = HttpFunction.typed("book", 60, "/book", EnumSet.of(HttpMethod.POST),
                (Booking booking, HttpRequest request, io.portablefn.api.Context context) ->
                        new Confirmation(booking.day().plusDays(1), booking.createdAt().plusSeconds(60)),
                new BodyType<Booking>() {});
        HttpResponse response = book.invoke(HttpRequest.builder().method("POST").path("/book")
                        .body("{\"day\":\"2026-11-23\",\"createdAt\":\"2026-11-23T10:00:00Z\"}").build(),
                TestContexts.context(new TestContexts.RecordingLogger()));
        assertEquals(200, response.status(), response::bodyAsString);
        assertEquals("{\"day\":\"2026-11-24\",\"confirmedAt\":\"2026-11-23T10:01:00Z\"}", response.bodyAsString());
    }
}
