package io.portablefn.api;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The W3C trace context (https://www.w3.org/TR/trace-context/) an invocation runs in: the trace
 * it belongs to, the span of the caller that started it, the caller's sampling decision and
 * vendor state. Every provider takes it from its cloud's own carrier (docs/observability.md
 * names them); an invocation that arrives with none gets a fresh, valid one, so that a function
 * can always pass {@link #traceparent()} on. Immutable.
 *
 * <pre>{@code
 * outgoing.header("traceparent", context.traceContext().traceparent());
 * }</pre>
 */
public final class TraceContext {

    private static final String INVALID_TRACE_ID = "00000000000000000000000000000000";
    private static final String INVALID_SPAN_ID = "0000000000000000";

    private final String traceId;
    private final String parentId;
    private final boolean sampled;
    private final String traceState;

    private TraceContext(String traceId, String parentId, boolean sampled, String traceState) {
        this.traceId = traceId;
        this.parentId = parentId;
        this.sampled = sampled;
        this.traceState = traceState;
    }

    /**
     * A trace context from its parts.
     *
     * @param traceId 32 lower-case hex digits, not all zero
     * @param parentId 16 lower-case hex digits, not all zero: the caller's span
     * @param traceState the {@code tracestate} header's value, or null or empty for none
     * @throws IllegalArgumentException naming the part that is not valid and what is allowed
     */
    public static TraceContext of(String traceId, String parentId, boolean sampled, String traceState) {
        requireHex("traceId", traceId, 32, INVALID_TRACE_ID);
        requireHex("parentId", parentId, 16, INVALID_SPAN_ID);
        return new TraceContext(traceId, parentId, sampled,
                traceState == null || traceState.isBlank() ? null : traceState.strip());
    }

    /**
     * Reads a {@code traceparent} header (version {@code 00}, or a later version read as the spec
     * says: its first four fields), with an optional {@code tracestate}.
     *
     * @return empty when {@code traceparent} is absent or not valid, as the spec says a receiver
     *     must then start a new trace
     */
    public static Optional<TraceContext> parse(String traceparent, String tracestate) {
        if (traceparent == null) {
            return Optional.empty();
        }
        String value = traceparent.strip();
        if (value.length() < 55 || value.charAt(2) != '-' || value.charAt(35) != '-' || value.charAt(52) != '-') {
            return Optional.empty();
        }
        String version = value.substring(0, 2);
        // Version ff is forbidden; version 00 is exactly 55 characters; later versions may add
        // fields after a dash.
        if (!isHex(version) || version.equals("ff") || (version.equals("00") ? value.length() != 55
                : value.length() > 55 && value.charAt(55) != '-')) {
            return Optional.empty();
        }
        String traceId = value.substring(3, 35);
        String parentId = value.substring(36, 52);
        String flags = value.substring(53, 55);
        if (!validHex(traceId, 32, INVALID_TRACE_ID) || !validHex(parentId, 16, INVALID_SPAN_ID) || !isHex(flags)) {
            return Optional.empty();
        }
        boolean sampled = (Integer.parseInt(flags, 16) & 1) == 1;
        return Optional.of(new TraceContext(traceId, parentId, sampled,
                tracestate == null || tracestate.isBlank() ? null : tracestate.strip()));
    }

    /** A new trace, not sampled, with random ids: what an invocation gets when no caller sent one. */
    public static TraceContext fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String traceId;
        String parentId;
        do {
            traceId = hex(random.nextLong()) + hex(random.nextLong());
        } while (traceId.equals(INVALID_TRACE_ID));
        do {
            parentId = hex(random.nextLong());
        } while (parentId.equals(INVALID_SPAN_ID));
        return new TraceContext(traceId, parentId, false, null);
    }

    /** The trace's id: 32 lower-case hex digits. */
    public String traceId() {
        return traceId;
    }

    /** The id of the caller's span, this invocation's parent: 16 lower-case hex digits. */
    public String parentId() {
        return parentId;
    }

    /** The caller's sampling decision (the {@code sampled} trace flag). */
    public boolean sampled() {
        return sampled;
    }

    /** The {@code tracestate} header's value (vendor state), where the caller sent one. */
    public Optional<String> traceState() {
        return Optional.ofNullable(traceState);
    }

    /** This context as a version-00 {@code traceparent} header value. */
    public String traceparent() {
        return "00-" + traceId + "-" + parentId + (sampled ? "-01" : "-00");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TraceContext that && traceId.equals(that.traceId) && parentId.equals(that.parentId)
                && sampled == that.sampled && Objects.equals(traceState, that.traceState);
    }

    @Override
    public int hashCode() {
        return Objects.hash(traceId, parentId, sampled, traceState);
    }

    @Override
    public String toString() {
        return traceparent() + (traceState == null ? "" : " " + traceState);
    }

    private static String hex(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }

    private static void requireHex(String name, String value, int length, String invalid) {
        if (!validHex(value, length, invalid)) {
            throw new IllegalArgumentException(name + " must be " + length + " lower-case hex digits, not all zero, not "
                    + (value == null ? "null" : "\"" + value + "\""));
        }
    }

    private static boolean validHex(String value, int length, String invalid) {
        return value != null && value.length() == length && isHex(value) && !value.equals(invalid);
    }

    // Lower-case only: the spec forbids upper-case hex in traceparent.
    private static boolean isHex(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
