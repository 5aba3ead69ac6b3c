package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.TraceContext;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether the trace came from the caller, and an observer's trace adopted only when none did. */
class InvocationContextTraceTest {

    private static final TraceContext CALLER = TraceContext.of("4bf92f3577b34da6a3ce929d0e0e4736",
            "00f067aa0ba902b7", true, null);
    private static final TraceContext OBSERVERS = TraceContext.of("0af7651916cd43dd8448eb211c80319c",
            "b7ad6b7169203331", true, null);

    private final InvocationContext plain = TestContexts.context(new TestContexts.RecordingLogger());

    @Test
    void aCallersTraceIsKeptAndNotReplaced() {
        InvocationContext continued = plain.continuing(CALLER);
        assertTrue(continued.continuesCaller());
        assertFalse(continued.adoptTrace(OBSERVERS));
        assertEquals(CALLER, continued.traceContext());
    }

    @Test
    void withoutOneAnObserversTraceBecomesTheFunctions() {
        assertFalse(plain.continuesCaller());
        assertFalse(plain.continuing((TraceContext) null).continuesCaller());
        assertFalse(plain.continuing(() -> null).continuesCaller(), "a carrier that found none");
        assertFalse(plain.continuing(() -> {
            throw new IllegalStateException("unreadable");
        }).continuesCaller(), "a carrier that failed");
        assertTrue(plain.continuing(() -> CALLER).continuesCaller(), "a carrier that found the caller's");
        assertTrue(plain.adoptTrace(OBSERVERS));
        assertEquals(OBSERVERS, plain.traceContext());
        assertFalse(plain.continuesCaller(), "adopted, not read from a caller");
    }

    @Test
    void aCarriersTraceIsReadOnceAndKept() {
        int[] reads = {0};
        InvocationContext continued = plain.continuing(() -> {
            reads[0]++;
            return CALLER;
        });
        assertFalse(continued.adoptTrace(OBSERVERS));
        assertEquals(CALLER, continued.traceContext());
        assertEquals(1, reads[0]);
    }

    @Test
    void aFreshTraceAlreadyHandedOutIsNotReplaced() {
        TraceContext fresh = plain.traceContext();
        assertFalse(plain.adoptTrace(OBSERVERS));
        assertEquals(fresh, plain.traceContext());
    }

    private static final TraceContext PLATFORMS = TraceContext.of("5759e988bd862e3fe1be46a994272793",
            "53995c3f42cd8ad8", false, null);

    @Test
    void thePlatformsContextIsUsedWhenTheCallerSentNoneButIsNotTheCallers() {
        InvocationContext onPlatform = plain.inPlatformTrace(() -> PLATFORMS).continuing(() -> null);
        assertFalse(onPlatform.continuesCaller());
        assertEquals(Optional.of(PLATFORMS), onPlatform.platformTrace());
        assertEquals(PLATFORMS, onPlatform.traceContext());
        assertFalse(onPlatform.adoptTrace(OBSERVERS), "the function has seen it");
    }

    @Test
    void theCallersContextComesFirst() {
        InvocationContext continued = plain.inPlatformTrace(() -> PLATFORMS).continuing(() -> CALLER);
        assertTrue(continued.continuesCaller());
        assertEquals(Optional.empty(), continued.platformTrace());
        assertEquals(CALLER, continued.traceContext());
    }

    @Test
    void anObserversTraceReplacesThePlatformsBeforeTheFunctionSeesIt() {
        InvocationContext onPlatform = plain.inPlatformTrace(() -> PLATFORMS);
        assertTrue(onPlatform.adoptTrace(OBSERVERS));
        assertEquals(Optional.empty(), onPlatform.platformTrace());
        assertEquals(OBSERVERS, onPlatform.traceContext());
    }

    @Test
    void eachCopyForAMessageFallsBackToThePlatformsContext() {
        InvocationContext batch = plain.inPlatformTrace(() -> PLATFORMS);
        assertEquals(PLATFORMS, batch.continuing(() -> null).traceContext());
        assertEquals(PLATFORMS, batch.continuing((TraceContext) null).traceContext());
        assertEquals(CALLER, batch.continuing(CALLER).traceContext());
        assertEquals(PLATFORMS, batch.continuing(() -> {
            throw new IllegalArgumentException("unreadable header");
        }).traceContext(), "a carrier that failed");
    }
}
