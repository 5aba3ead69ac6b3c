package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.Provider;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.testkit.gcp.InvokerRequest;
import io.portablefn.testkit.gcp.InvokerResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Records as Cloud Logging's structured logging reads them: the special fields with the names
 * and types its documentation gives (severity, message, time, logging.googleapis.com/trace,
 * spanId, trace_sampled, labels), and a failure's stack trace in stack_trace for Error Reporting.
 */
class CloudLoggingTest {

    private static final TraceContext TRACE =
            TraceContext.of("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", true, null);
    private static final Set<String> FIELDS = Set.of("severity", "message", "time", "logging.googleapis.com/labels");
    private static final Set<String> TRACE_FIELDS = Set.of("logging.googleapis.com/trace",
            "logging.googleapis.com/spanId", "logging.googleapis.com/trace_sampled");

    private static InvocationContext invocation(CloudLog log) {
        return new InvocationContext(Provider.GCP, "exec-1", "orders", Instant.now().plusSeconds(30), log.sink)
                .continuing(TRACE);
    }

    @Test
    void aRecordHasTheSpecialFieldsWithTheirTypes() {
        CloudLog log = new CloudLog("my-project");
        invocation(log).logger().info("first\nsecond \"quoted\"");

        List<JsonNode> records = log.records();
        assertEquals(1, records.size(), "a message with a newline is one line, one record");
        JsonNode record = records.get(0);
        assertEquals(union(FIELDS, TRACE_FIELDS), names(record));
        assertEquals("INFO", record.get("severity").asText());
        assertEquals("first\nsecond \"quoted\"", record.get("message").asText());
        Instant.parse(record.get("time").asText()); // RFC 3339, UTC
        assertEquals("projects/my-project/traces/" + TRACE.traceId(),
                record.get("logging.googleapis.com/trace").asText());
        assertEquals(TRACE.parentId(), record.get("logging.googleapis.com/spanId").asText());
        assertTrue(record.get("logging.googleapis.com/trace_sampled").isBoolean());
        assertTrue(record.get("logging.googleapis.com/trace_sampled").asBoolean());
        JsonNode labels = record.get("logging.googleapis.com/labels");
        assertEquals(Set.of("functionName", "invocationId", "traceId"), names(labels));
        labels.forEach(label -> assertTrue(label.isTextual(), "labels are strings: " + labels));
        assertEquals("orders", labels.get("functionName").asText());
        assertEquals("exec-1", labels.get("invocationId").asText());
        assertEquals(TRACE.traceId(), labels.get("traceId").asText());
    }

    @Test
    void levelsAreLogSeverityNames() {
        CloudLog log = new CloudLog(null);
        InvocationContext context = invocation(log);
        context.logger().info("i");
        context.logger().warn("w");
        context.logger().error("e");

        assertEquals(List.of("INFO", "WARNING", "ERROR"),
                log.records().stream().map(record -> record.get("severity").asText()).toList());
    }

    @Test
    void withoutAProjectTheTraceIsALabelOnly() {
        CloudLog log = new CloudLog(null);
        invocation(log).logger().warn("careful");

        JsonNode record = log.records().get(0);
        assertEquals(FIELDS, names(record));
        assertEquals(TRACE.traceId(), record.get("logging.googleapis.com/labels").get("traceId").asText());
    }

    @Test
    void aFailureIsOneRecordWithItsStackTraceInStackTrace() {
        CloudLog log = new CloudLog("p");
        invocation(log).logger().error("Function 'orders' failed",
                new IllegalStateException("boom", new IOException("disk gone")));

        List<JsonNode> records = log.records();
        assertEquals(1, records.size());
        JsonNode record = records.get(0);
        assertEquals("ERROR", record.get("severity").asText());
        assertEquals("Function 'orders' failed", record.get("message").asText());
        String trace = record.get("stack_trace").asText();
        assertTrue(trace.startsWith("java.lang.IllegalStateException: boom\n\tat "), trace);
        assertTrue(trace.contains("\nCaused by: java.io.IOException: disk gone"), trace);
        assertFalse(trace.endsWith("\n"), trace);
    }

    @Test
    void theEventAdaptersOwnRecordsCarryTheInvocationAndTheHandlersFailure() {
        CloudLog log = new CloudLog("p");
        EventFunction failing = EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE, (message, context) -> {
            throw new IllegalStateException("no stock");
        });
        GcpEventAdapter adapter = new GcpEventAdapter(failing, "7", log.sink);

        assertThrows(EventFailedException.class, () -> adapter.accept(TestEvents.published("m-9",
                "{\"messageId\":\"m-9\",\"data\":\"e30=\",\"publishTime\":\"2026-03-01T10:15:30Z\"}")));

        List<JsonNode> records = log.records();
        assertEquals(1, records.size(), records::toString);
        JsonNode record = records.get(0);
        assertEquals("ERROR", record.get("severity").asText());
        assertTrue(record.get("message").asText().startsWith("Message m-9 failed in function 'orders'"),
                record::toString);
        assertTrue(record.get("stack_trace").asText().startsWith("java.lang.IllegalStateException: no stock"));
        assertEquals("orders", record.get("logging.googleapis.com/labels").get("functionName").asText());
        assertTrue(record.get("logging.googleapis.com/trace").asText().startsWith("projects/p/traces/"));
    }

    @Test
    void theHttpAdaptersFailureRecordCarriesTheExecutionId() throws Exception {
        CloudLog log = new CloudLog(null);
        HttpFunction failing = HttpFunction.raw("files", 30, "/files/{name}", EnumSet.of(HttpMethod.GET),
                (request, context) -> {
                    throw new IllegalStateException("disk gone");
                });
        InvokerResponse response = new InvokerResponse();

        new GcpHttpAdapter(failing, "60", log.sink).handle(new InvokerRequest("GET", "/files/x", null)
                .header("Function-Execution-Id", "exec-7"), response);

        assertEquals(500, response.status());
        List<JsonNode> records = log.records();
        assertEquals(1, records.size(), records::toString);
        JsonNode labels = records.get(0).get("logging.googleapis.com/labels");
        assertEquals("exec-7", labels.get("invocationId").asText());
        assertEquals("files", labels.get("functionName").asText());
        assertTrue(records.get(0).get("stack_trace").asText().startsWith("java.lang.IllegalStateException: disk gone"));
    }

    @Test
    void theProjectComesFromTheFirstVariableSet() {
        assertEquals("a", CloudLogging.project(Map.of("GOOGLE_CLOUD_PROJECT", "a", "GCP_PROJECT", "b")));
        assertEquals("b", CloudLogging.project(Map.of("GCP_PROJECT", " b ", "GCLOUD_PROJECT", "c")));
        assertEquals("c", CloudLogging.project(Map.of("GOOGLE_CLOUD_PROJECT", " ", "GCLOUD_PROJECT", "c")));
        assertNull(CloudLogging.project(Map.of("K_SERVICE", "orders")));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
