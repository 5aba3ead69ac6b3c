package io.portablefn.conformance.azure.events;

import io.portablefn.conformance.azure.HostActivity;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One invocation as the host hands it to the Java worker: the trigger's value and the trigger
 * metadata, each a TypedData of the kind the host's {@code ToRpc} makes (GrpcMessageConversion-
 * Extensions in Azure/azure-functions-host): strings stay strings, byte arrays are bytes, and
 * everything else (numbers, dates, dictionaries) is serialised with Newtonsoft into JSON. Null
 * values are left out of the metadata (ScriptInvocationContextExtensions.ShouldSkipBindingData).
 *
 * @param invocationId the host's invocation id (the ExecutionContext's)
 * @param trigger the trigger's value
 * @param metadata the trigger metadata by name, nulls already left out
 * @param traceparent the id of the host's activity, sent as the invocation's trace context
 *     ({@link HostActivity})
 */
record HostInvocation(String invocationId, Typed trigger, Map<String, Typed> metadata, String traceparent) {

    HostInvocation {
        Objects.requireNonNull(invocationId, "invocationId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(traceparent, "traceparent");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** An invocation whose trigger carried no trace context: the host's activity starts a trace. */
    HostInvocation(String invocationId, Typed trigger, Map<String, Typed> metadata) {
        this(invocationId, trigger, metadata, HostActivity.child(null, null, invocationId).traceparent());
    }

    /** A TypedData: which of its cases is set, and its value (String for STRING and JSON, byte[] for BYTES). */
    record Typed(Kind kind, Object value) {
        enum Kind { STRING, JSON, BYTES }

        static Typed string(String value) {
            return new Typed(Kind.STRING, value);
        }

        static Typed json(String value) {
            return new Typed(Kind.JSON, value);
        }

        static Typed bytes(byte[] value) {
            return new Typed(Kind.BYTES, value.clone());
        }
    }

    /** Builds the metadata map, leaving nulls out as the host does. */
    static final class Metadata {
        private final Map<String, Typed> values = new LinkedHashMap<>();

        Metadata string(String name, String value) {
            if (value != null) {
                values.put(name, Typed.string(value));
            }
            return this;
        }

        Metadata json(String name, String json) {
            if (json != null) {
                values.put(name, Typed.json(json));
            }
            return this;
        }

        Map<String, Typed> build() {
            return values;
        }
    }

    /**
     * A .NET date as Newtonsoft writes it by default ({@code yyyy-MM-ddTHH:mm:ss.FFFFFFFK}, a JSON
     * string): up to seven fraction digits without trailing zeros, then {@code +00:00} for a
     * DateTimeOffset, {@code Z} for a UTC DateTime, nothing for one of unspecified kind.
     */
    static String netDate(Instant time, String suffix) {
        LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(local.withNano(0).toString());
        if (local.getSecond() == 0) {
            text.append(":00"); // withNano(0).toString() leaves zero seconds out, whatever the fraction
        }
        int ticks = local.getNano() / 100;
        if (ticks != 0) {
            String fraction = String.format("%07d", ticks).replaceAll("0+$", "");
            text.append('.').append(fraction);
        }
        return "\"" + text.append(suffix) + "\"";
    }
}
