package io.portablefn.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.RetryContext;
import com.microsoft.azure.functions.RpcException;
import io.portablefn.api.DropEventException;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * {@link AzureStreamAdapter}: a batch stops at its first failure; while retries are left the
 * invocation throws (the host runs the batch again), and on the last attempt the failed record and
 * those after it go to the poison queue and the invocation returns, so nothing is dropped unseen.
 */
class AzureStreamAdapterTest {

    private static final String SECRET = "handler's own words";

    private final List<String> handled = new ArrayList<>();

    private AzureStreamAdapter adapter() {
        return new AzureStreamAdapter(EventFunction.streams("clicks", 30, (record, context) -> {
            handled.add(record.sequence());
            switch (record.bodyAsString()) {
                case "fail" -> throw new IllegalStateException(SECRET);
                case "drop" -> throw new DropEventException("not wanted");
                default -> { }
            }
        }));
    }

    /** The worker's context with the host's retry context: attempt {@code retry} of {@code max}. */
    private static ExecutionContext attempt(int retry, int max) {
        RetryContext retryContext = new RetryContext() {
            public int getRetrycount() {
                return retry;
            }

            public int getMaxretrycount() {
                return max;
            }

            public RpcException getException() {
                return null;
            }
        };
        return new ExecutionContext() {
            public Logger getLogger() {
                return Logger.getLogger("test");
            }

            public String getInvocationId() {
                return "inv-1";
            }

            public String getFunctionName() {
                return "clicks";
            }

            public RetryContext getRetryContext() {
                return retryContext;
            }
        };
    }

    private static final class Poison implements OutputBinding<List<String>> {
        List<String> value;

        public List<String> getValue() {
            return value;
        }

        public void setValue(List<String> value) {
            this.value = value;
        }
    }

    private static byte[][] bodies(String... bodies) {
        byte[][] bytes = new byte[bodies.length][];
        for (int i = 0; i < bodies.length; i++) {
            bytes[i] = bodies[i].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    private static String properties(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= count; i++) {
            json.append(i > 1 ? "," : "").append("{\"SequenceNumber\":").append(i).append(",\"Offset\":").append(i * 100)
                    .append(",\"PartitionKey\":\"p\",\"EnqueuedTimeUtc\":\"2026-11-30T08:15:0").append(i).append("\"}");
        }
        return json.append("]").toString();
    }

    @Test
    void aFailureWithRetriesLeftThrowsAndHoldsBackTheRest() {
        Poison poison = new Poison();
        EventFailure failure = assertThrows(EventFailure.class, () -> adapter().eventHub(
                bodies("ok", "drop", "fail", "ok"), properties(4), poison, attempt(1, 4)));
        assertEquals(List.of("1", "2", "3"), handled, "record 4 is not handed over");
        assertEquals("Function 'clicks' did not complete record 3 (partition key p) of its Event Hubs batch; the host"
                + " runs the batch again as the function's retry policy says, then gives it to the poison queue.",
                failure.getMessage());
        assertFalse(failure.getMessage().contains(SECRET));
        assertNull(poison.value, "nothing is given up while retries are left");
    }

    @Test
    void onTheLastAttemptTheFailedRecordAndTheRestGoToThePoisonQueue() throws Exception {
        Poison poison = new Poison();
        adapter().eventHub(bodies("ok", "fail", "ok"), properties(3), poison, attempt(4, 4));
        assertEquals(List.of("1", "2"), handled);
        assertEquals(2, poison.value.size(), "records 2 and 3");
        JsonNode failed = Json.mapper().readTree(poison.value.get(0));
        assertEquals("clicks", failed.path("function").asText());
        assertEquals("2", failed.path("sequence").asText());
        assertEquals("p", failed.path("partitionKey").asText());
        assertEquals("200", failed.path("offset").asText());
        assertEquals("2026-11-30T08:15:02Z", failed.path("enqueuedTime").asText());
        assertEquals("fail", new String(Base64.getDecoder().decode(failed.path("body").asText()), StandardCharsets.UTF_8));
        assertFalse(poison.value.get(0).contains(SECRET), "the handler's words stay in the log");
        assertEquals("3", Json.mapper().readTree(poison.value.get(1)).path("sequence").asText());
    }

    @Test
    void withoutARetryContextTheFirstAttemptIsTheLast() {
        Poison poison = new Poison();
        ExecutionContext noRetry = new WorkerContextWithoutRetry();
        adapter().eventHub(bodies("fail"), properties(1), poison, noRetry);
        assertEquals(1, poison.value.size());
    }

    @Test
    void unlimitedRetriesNeverGiveUp() {
        assertFalse(AzureStreamAdapter.lastAttempt(attempt(500, -1)));
        assertTrue(AzureStreamAdapter.lastAttempt(attempt(0, 0)));
        assertFalse(AzureStreamAdapter.lastAttempt(attempt(0, 4)));
    }

    @Test
    void aBatchWithoutFailuresWritesNothing() {
        Poison poison = new Poison();
        adapter().eventHub(bodies("ok", "drop"), properties(2), poison, attempt(4, 4));
        assertEquals(List.of("1", "2"), handled);
        assertNull(poison.value);
    }

    @Test
    void anUndecodableBatchIsRetriedThenGivenUpWithItsBodies() throws Exception {
        Poison poison = new Poison();
        EventFailure failure = assertThrows(EventFailure.class,
                () -> adapter().eventHub(bodies("a", "b"), "[]", poison, attempt(0, 4)));
        assertTrue(failure.getMessage().startsWith("Function 'clicks' cannot decode an Event Hubs batch of 2 events:"
                + " SystemPropertiesArray has 0 entries for 2 events;"), failure.getMessage());
        adapter().eventHub(bodies("a", "b"), "[]", poison, attempt(4, 4));
        assertEquals(2, poison.value.size());
        assertEquals("b", new String(Base64.getDecoder().decode(Json.mapper().readTree(poison.value.get(1))
                .path("body").asText()), StandardCharsets.UTF_8));
        assertTrue(handled.isEmpty());
    }

    @Test
    void aBodyTooLargeForAQueueMessageIsLeftOutAndSaysSo() throws Exception {
        Poison poison = new Poison();
        adapter().eventHub(new byte[][] {"fail".getBytes(StandardCharsets.UTF_8), new byte[60_000]}, properties(2),
                poison, attempt(4, 4));
        JsonNode large = Json.mapper().readTree(poison.value.get(1));
        assertTrue(large.path("body").isMissingNode());
        assertTrue(large.path("bodyOmitted").asText().startsWith("the body (60000 bytes) does not fit"));
        assertTrue(poison.value.get(1).length() <= PoisonRecords.MAX_MESSAGE_BYTES);
    }

    @Test
    void aFunctionOfAnotherKindRefusesTheBatch() {
        AzureStreamAdapter queue = new AzureStreamAdapter(EventFunction.messages("orders", 30,
                EventFunction.Kind.QUEUE, (message, context) -> { }));
        EventFailure failure = assertThrows(EventFailure.class,
                () -> queue.eventHub(bodies("x"), properties(1), new Poison(), attempt(0, 4)));
        assertEquals("Function 'orders' takes queue messages, but received an Event Hubs batch; check the trigger that"
                + " invokes it.", failure.getMessage());
    }

    /** The worker's context as an older library gives it: no retry context. */
    private static final class WorkerContextWithoutRetry implements ExecutionContext {
        public Logger getLogger() {
            return Logger.getLogger("test");
        }

        public String getInvocationId() {
            return "inv-2";
        }

        public String getFunctionName() {
            return "clicks";
        }
    }
}
