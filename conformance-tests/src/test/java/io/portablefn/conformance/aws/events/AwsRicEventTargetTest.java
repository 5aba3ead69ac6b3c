package io.portablefn.conformance.aws.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.StorageEvent;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.Seen;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import io.portablefn.conformance.fixtures.FailingSchedule;
import io.portablefn.conformance.fixtures.StorageEcho;
import io.portablefn.conformance.fixtures.TopicEcho;
import io.portablefn.conformance.fixtures.TypedOrders;
import io.portablefn.runtime.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * SQS, SNS, S3 and EventBridge events through AWS's real runtime interface client ({@code aws-ric})
 * tell the same story as the in-process {@code aws} target: the same ids redelivered (read from
 * the batch response the runtime posts), the same error texts (from the error document it posts),
 * and the same views of what the function saw (relayed from the runtime's JVM).
 */
class AwsRicEventTargetTest {

    private static final AwsEventTarget IN_PROCESS = new AwsEventTarget(line -> { });
    private static final AwsEventTarget RIC = AwsEventTarget.onRuntimeClient();
    private static final Instant SENT = Instant.parse("2026-02-03T04:05:06.789Z");

    @AfterAll
    static void close() {
        RIC.close();
    }

    private record Observed(Delivery delivery, List<JsonNode> views) {
    }

    private static Observed on(AwsEventTarget target, Class<?> function, WireEvent event) throws Exception {
        try (Seen.Watch watch = Seen.watch(function)) {
            Delivery delivery = target.deliver(function, event);
            List<JsonNode> views = new ArrayList<>();
            for (Seen.View view : watch.views()) {
                views.add(Json.mapper().readTree(view.fields().toString()));
            }
            return new Observed(delivery, views);
        }
    }

    /** Delivers on both targets, which must agree on everything; returns what the runtime client did. */
    private static Observed both(Class<?> function, WireEvent event) throws Exception {
        Observed ric = on(RIC, function, event);
        Observed inProcess = on(IN_PROCESS, function, event);
        assertEquals(inProcess.delivery().redelivered(), ric.delivery().redelivered(), "what Lambda delivers again");
        assertEquals(withoutInvocationIds(inProcess.delivery().errors()), withoutInvocationIds(ric.delivery().errors()),
                "what Lambda is told of failures");
        assertEquals(inProcess.views(), ric.views(), "what the function saw");
        for (String error : ric.delivery().errors()) {
            assertFalse(error.contains("fixture-secret") || error.contains("\tat "), error);
        }
        return ric;
    }

    // Each invocation has its own id, which error messages name.
    private static List<String> withoutInvocationIds(List<String> errors) {
        return errors.stream().map(error -> error.replaceAll("\\(invocation [^)]*\\)", "(invocation <id>)")).toList();
    }

    private static WireMessage message(String id, String body) {
        return new WireMessage(id, body.getBytes(StandardCharsets.UTF_8), Map.of("tenant", "acme"), null, SENT, null);
    }

    @Test
    void anSqsBatchRedeliversOnlyWhatTheBatchResponseNames() throws Exception {
        Observed ric = both(TypedOrders.class, new WireEvent.Messages(List.of(
                message("m-1", "{\"id\":\"o-1\",\"quantity\":2}"),
                message("m-2", "{\"id\":\"o-2\",\"quantity\":1,\"poison\":true}"),
                message("m-3", "not json"),
                message("m-4", "{\"id\":\"o-4\",\"quantity\":1,\"drop\":true}"))));
        assertEquals(Set.of("m-2", "m-3"), ric.delivery().redelivered());
        assertEquals(List.of(), ric.delivery().errors(), "a partial batch response is no invocation error");
        assertEquals(3, ric.views().size(), "the body that does not bind never reaches the handler");
    }

    @Test
    void snsS3AndEventBridgeEventsReachTheHandlerAndAThrowIsReportedWithoutItsMessage() throws Exception {
        assertEquals(1, both(TopicEcho.class, new WireEvent.Messages(List.of(message("t-1", "hello")))).views().size());
        WireEvent.StorageChange created = new WireEvent.StorageChange("s-1", StorageEvent.Kind.CREATED, "conformance-uploads",
                "photos/café 1+☕.jpg", 2048L, "abc", null, SENT, null);
        assertEquals("photos/café 1+☕.jpg", both(StorageEcho.class, created).views().get(0).path("key").asText());
        WireEvent.StorageChange poisoned = new WireEvent.StorageChange("s-2", StorageEvent.Kind.DELETED,
                "conformance-uploads", "poison/x", null, null, null, SENT, null);
        Observed failed = both(StorageEcho.class, poisoned);
        assertEquals(Set.of("s-2"), failed.delivery().redelivered());
        assertEquals(1, failed.delivery().errors().size());
        Observed firing = both(FailingSchedule.class, new WireEvent.Firing("f-1", Instant.parse("2026-02-03T03:00:00Z"), false));
        assertEquals(Set.of("f-1"), firing.delivery().redelivered());
        assertTrue(firing.delivery().errors().get(0).startsWith("io.portablefn."), firing.delivery().errors()::toString);
    }
}
