package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.InvocationContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Records in Lambda's two log formats, checked against the fields and types the Java runtime's own
 * JSON format uses (aws/aws-lambda-java-libs, runtime interface client's JsonLogFormatter and
 * StructuredLogMessage; LambdaErrorConverter for errorType, errorMessage and stackTrace).
 */
class LambdaLoggingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TraceContext TRACE =
            TraceContext.of("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", true, null);
    private static final Set<String> FIELDS =
            Set.of("timestamp", "level", "message", "AWSRequestId", "functionName", "traceId");
    private static final Set<String> ERROR_FIELDS = Set.of("errorType", "errorMessage", "stackTrace");

    /** What the runtime interface client's logger was handed: bytes (unformatted) or a string, and a level. */
    private record Call(String text, boolean bytes, LogLevel level) { }

    private static final class RecordingLogger implements LambdaLogger {
        final List<Call> calls = new ArrayList<>();

        @Override public void log(String message) { calls.add(new Call(message, false, LogLevel.UNDEFINED)); }
        @Override public void log(byte[] message) { calls.add(new Call(utf8(message), true, LogLevel.UNDEFINED)); }
        @Override public void log(String message, LogLevel level) { calls.add(new Call(message, false, level)); }
        @Override public void log(byte[] message, LogLevel level) { calls.add(new Call(utf8(message), true, level)); }

        private static String utf8(byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final RecordingLogger lambda = new RecordingLogger();

    private InvocationContext invocation(boolean json, LogLevel minimum) {
        return new InvocationContext(Provider.AWS, "req-7", "orders", Instant.now().plusSeconds(30),
                new LambdaLogging(lambda, json, minimum)).continuing(TRACE);
    }

    @Test
    void jsonRecordsHaveLambdasFieldsAndTypesOneRecordPerCall() throws IOException {
        InvocationContext context = invocation(true, LogLevel.UNDEFINED);
        context.logger().info("first line\nsecond line \"quoted\"");
        context.logger().warn("careful");

        assertEquals(2, lambda.calls.size());
        JsonNode info = record(lambda.calls.get(0), LogLevel.INFO);
        assertEquals(FIELDS, names(info));
        assertTrue(info.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                info.toString());
        assertEquals("INFO", info.get("level").asText());
        assertEquals("first line\nsecond line \"quoted\"", info.get("message").asText());
        assertEquals("req-7", info.get("AWSRequestId").asText());
        assertEquals("orders", info.get("functionName").asText());
        assertEquals(TRACE.traceId(), info.get("traceId").asText());
        for (String field : FIELDS) {
            assertTrue(info.get(field).isTextual(), field + " is a string");
        }
        assertEquals("WARN", record(lambda.calls.get(1), LogLevel.WARN).get("level").asText());
    }

    @Test
    void aFailureIsOneJsonRecordWithErrorTypeMessageAndFrames() throws IOException {
        IllegalStateException failure = new IllegalStateException("boom", new IOException("disk gone"));
        invocation(true, LogLevel.UNDEFINED).logger().error("Function 'orders' failed", failure);

        assertEquals(1, lambda.calls.size());
        JsonNode error = record(lambda.calls.get(0), LogLevel.ERROR);
        assertEquals(union(FIELDS, ERROR_FIELDS), names(error));
        assertEquals("Function 'orders' failed", error.get("message").asText());
        assertEquals("java.lang.IllegalStateException", error.get("errorType").asText());
        assertEquals("boom", error.get("errorMessage").asText());
        JsonNode frames = error.get("stackTrace");
        assertTrue(frames.isArray() && frames.size() > 2, frames::toString);
        frames.forEach(frame -> assertTrue(frame.isTextual(), frame::toString));
        assertEquals(failure.getStackTrace()[0].toString(), frames.get(0).asText());
        assertTrue(contains(frames, "Caused by: java.io.IOException: disk gone"), frames::toString);
    }

    @Test
    void aFailureWithoutAMessageHasAnEmptyErrorMessage() throws IOException {
        invocation(true, LogLevel.UNDEFINED).logger().error("failed", new NullPointerException());

        JsonNode error = record(lambda.calls.get(0), LogLevel.ERROR);
        assertTrue(error.get("errorMessage").isTextual());
        assertEquals("", error.get("errorMessage").asText());
    }

    @Test
    void recordsBelowTheLogLevelAreNotWritten() {
        InvocationContext warn = invocation(true, LogLevel.WARN);
        warn.logger().info("dropped");
        warn.logger().warn("kept");
        warn.logger().error("kept too");
        assertEquals(List.of(LogLevel.WARN, LogLevel.ERROR), lambda.calls.stream().map(Call::level).toList());

        lambda.calls.clear();
        InvocationContext fatal = invocation(false, LogLevel.FATAL);
        fatal.logger().error("below FATAL", new IllegalStateException());
        assertEquals(List.of(), lambda.calls);

        InvocationContext debug = invocation(false, LogLevel.DEBUG);
        debug.logger().info("kept");
        assertEquals(1, lambda.calls.size());
    }

    @Test
    void theEnvironmentsFormatAndLevelAreReadAsLambdaWritesThem() {
        assertTrue(LambdaLogging.json("JSON"));
        assertTrue(LambdaLogging.json("json"));
        assertFalse(LambdaLogging.json("Text"));
        assertFalse(LambdaLogging.json(null));
        assertEquals(LogLevel.WARN, LambdaLogging.minimum("warn"));
        assertEquals(LogLevel.FATAL, LambdaLogging.minimum("FATAL"));
        assertEquals(LogLevel.UNDEFINED, LambdaLogging.minimum(null));
        // Lambda refuses other values itself; here they filter nothing rather than fail an invocation.
        assertEquals(LogLevel.UNDEFINED, LambdaLogging.minimum("verbose"));
    }

    @Test
    void textRecordsAreOneLevelledCallWithTheInvocationsNamesAndTheStackTrace() {
        InvocationContext context = invocation(false, LogLevel.UNDEFINED);
        context.logger().info("two\nlines");
        context.logger().error("failed", new IllegalStateException("boom"));

        assertEquals(2, lambda.calls.size());
        Call info = lambda.calls.get(0);
        assertEquals(new Call("function=orders invocation=req-7 trace=" + TRACE.traceId() + " two\nlines", false,
                LogLevel.INFO), info);
        Call error = lambda.calls.get(1);
        assertEquals(LogLevel.ERROR, error.level());
        assertTrue(error.text().startsWith("function=orders invocation=req-7 trace=" + TRACE.traceId()
                + " failed\njava.lang.IllegalStateException: boom\n\tat "), error.text());
    }

    private static JsonNode record(Call call, LogLevel level) throws IOException {
        assertTrue(call.bytes(), "a JSON record goes as bytes, which the runtime client writes unformatted");
        assertEquals(level, call.level());
        assertTrue(call.text().endsWith("}\n") && call.text().indexOf('\n') == call.text().length() - 1,
                "one line: " + call.text());
        JsonNode node = JSON.readTree(call.text());
        assertTrue(node.isObject(), call.text());
        return node;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean contains(JsonNode array, String text) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            if (it.next().asText().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
