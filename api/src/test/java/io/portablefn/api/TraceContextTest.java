package io.portablefn.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceContextTest {

    private static final String SPEC_EXAMPLE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void readsTheSpecExampleAndWritesItBack() {
        TraceContext trace = TraceContext.parse(SPEC_EXAMPLE, "congo=t61rcWkgMzE").orElseThrow();
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", trace.traceId());
        assertEquals("00f067aa0ba902b7", trace.parentId());
        assertTrue(trace.sampled());
        assertEquals(Optional.of("congo=t61rcWkgMzE"), trace.traceState());
        assertEquals(SPEC_EXAMPLE, trace.traceparent());
    }

    @Test
    void aLaterVersionIsReadByItsFirstFourFields() {
        TraceContext trace = TraceContext.parse("cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00-what-comes",
                null).orElseThrow();
        assertFalse(trace.sampled());
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", trace.traceparent());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "garbage",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // all-zero trace id
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // all-zero parent id
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", // upper case
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // forbidden version
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x", // version 00 has four fields
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g",
        "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x"})
    void anInvalidHeaderStartsANewTrace(String traceparent) {
        assertEquals(Optional.empty(), TraceContext.parse(traceparent, "a=b"));
    }

    @Test
    void freshContextsAreValidAndDiffer() {
        TraceContext one = TraceContext.fresh();
        TraceContext two = TraceContext.fresh();
        assertEquals(Optional.of(one), TraceContext.parse(one.traceparent(), null));
        assertNotEquals(one.traceId(), two.traceId());
        assertFalse(one.sampled());
    }

    @Test
    void partsAreChecked() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> TraceContext.of("abc", "00f067aa0ba902b7", true, null));
        assertEquals("traceId must be 32 lower-case hex digits, not all zero, not \"abc\"", bad.getMessage());
        assertEquals(Optional.empty(), TraceContext.of("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", true, " ")
                .traceState());
    }
}
