package io.portablefn.conformance.aws.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.conformance.events.Delivery;
import io.portablefn.conformance.events.WireEvent;
import io.portablefn.conformance.events.WireMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AWS event target against this package's fixture functions, through their generated handlers. */
class AwsEventTargetTest {

    private final List<String> log = new ArrayList<>();
    private final AwsEventTarget aws = new AwsEventTarget(log::add);

    @BeforeEach
    void clear() {
        Received.EVENTS.clear();
    }

    private static WireMessage message(String id, String body) {
        return new WireMessage(id, body.getBytes(StandardCharsets.UTF_8), Map.of(), null, null, null);
    }

    private static WireEvent.Messages messages(String... idAndBody) {
        List<WireMessage> messages = new ArrayList<>();
        for (int i = 0; i < idAndBody.length; i += 2) {
            messages.add(message(idAndBody[i], idAndBody[i + 1]));
        }
        return new WireEvent.Messages(messages);
    }

    @Test
    void aQueueBatchOfTenWithThreePoisonMessagesRedeliversExactlyThose() throws Exception {
        List<WireMessage> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(message("m" + i, i % 4 == 1 ? "poison" : i == 3 ? "drop" : "order " + i));
        }
        Delivery delivery = aws.deliver(AwsOrders.class, new WireEvent.Messages(batch));

        assertEquals(Set.of("m1", "m5", "m9"), delivery.redelivered());
        assertEquals(List.of(), delivery.errors());
        assertEquals(10, Received.EVENTS.size(), "one handler call per message, in one SQS batch");
    }

    @Test
    void messagesArriveWithEveryFieldSqsCarries() throws Exception {
        Instant sent = Instant.parse("2026-03-01T12:00:00.250Z");
        aws.deliver(AwsOrders.class, new WireEvent.Messages(List.of(new WireMessage("m1",
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8), Map.of("tenant", "acme"), 3, sent, "g-1"))));

        Message message = (Message) Received.EVENTS.get(0);
        assertEquals("m1", message.id());
        assertEquals("{\"a\":1}", message.bodyAsString());
        assertEquals(Map.of("tenant", "acme"), message.attributes());
        assertEquals(OptionalInt.of(3), message.deliveryCount());
        assertEquals(Optional.of(sent), message.publishTime());
        assertEquals(Optional.of("g-1"), message.orderingKey());
    }

    @Test
    void batchesHoldTenMessagesAndAFifoGroupWaitsBehindItsFailure() throws Exception {
        List<WireMessage> twelve = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String body = i == 0 ? "poison" : "ok";
            twelve.add(new WireMessage("m" + i, body.getBytes(StandardCharsets.UTF_8), Map.of(), null, null,
                    i % 2 == 0 ? "even" : "odd"));
        }
        WireEvent.Messages event = new WireEvent.Messages(twelve);

        assertEquals(2, aws.events(AwsOrders.class, event).size());
        Delivery delivery = aws.deliver(AwsOrders.class, event);
        assertEquals(Set.of("m0", "m2", "m4", "m6", "m8", "m10"), delivery.redelivered());
        assertEquals(7, Received.EVENTS.size(), "m0 and the six odd ones");
    }

    @Test
    void aTopicMessageThatFailsIsAnInvocationErrorWithoutTheHandlersDetail() throws Exception {
        Delivery delivery = aws.deliver(AwsAudit.class, messages("s1", "fine", "s2", "poison"));

        assertEquals(Set.of("s2"), delivery.redelivered());
        assertEquals(1, delivery.errors().size());
        String error = delivery.errors().get(0);
        assertTrue(error.contains("Function 'aws-audit' did not handle SNS message s2"), error);
        assertFalse(error.contains("internal detail") || error.contains("\tat "), error);
        assertEquals(2, Received.EVENTS.size(), "one invocation per SNS message");
    }

    @Test
    void aStorageChangeArrivesWithItsKeyDecoded() throws Exception {
        Instant time = Instant.parse("2026-03-01T12:00:00.123Z");
        String id = "0055AED6DCD90281E5";
        WireEvent.StorageChange change = new WireEvent.StorageChange(id, StorageEvent.Kind.CREATED, "aws-uploads",
                "photos/cat 1+2.jpg", 2048L, "\"abc\"", "image/jpeg", time, "v1");
        JsonNode sent = NativeEvents.JSON.readTree(aws.events(AwsUploads.class, change).get(0));
        assertEquals("photos/cat+1%2B2.jpg", sent.at("/Records/0/s3/object/key").asText());

        Delivery delivery = aws.deliver(AwsUploads.class, change);

        assertEquals(Set.of(), delivery.redelivered());
        StorageEvent event = (StorageEvent) Received.EVENTS.get(0);
        assertEquals("photos/cat 1+2.jpg", event.key());
        assertEquals(StorageEvent.Kind.CREATED, event.kind());
        assertEquals(OptionalLong.of(2048), event.size());
        assertEquals(Optional.of("abc"), event.etag());
        assertEquals(Optional.of("v1"), event.version());
        assertEquals(Optional.empty(), event.contentType(), "S3 sends no content type");
        assertEquals(time, event.eventTime());
        assertEquals("aws-uploads/photos/cat+1%2B2.jpg@" + id, event.id());
    }

    @Test
    void aFiringArrivesAsTheSchedulerSendsItAndAFailureIsRetried() throws Exception {
        Instant at = Instant.parse("2026-03-02T02:00:00Z");
        assertEquals(Set.of(), aws.deliver(AwsNightly.class, new WireEvent.Firing("f-1", at, true)).redelivered());
        assertEquals(new ScheduleEvent("f-1", at, false), Received.EVENTS.get(0), "AWS says nothing of a late run");

        Delivery failed = aws.deliver(AwsNightly.class, new WireEvent.Firing("fail-2", at, false));
        assertEquals(Set.of("fail-2"), failed.redelivered());
        assertTrue(failed.errors().get(0).contains("did not handle EventBridge scheduled event fail-2"), failed.errors().get(0));
    }

    @Test
    void aForeignEventFailsTheInvocationNamingIt() throws Exception {
        Delivery toQueue = aws.deliver(AwsOrders.class, new WireEvent.Foreign("x-1", "not a queue message"));
        assertEquals(Set.of("x-1"), toQueue.redelivered());
        assertTrue(toQueue.errors().get(0).contains("Function 'aws-orders' takes queue messages, but received an S3"
                + " event notification"), toQueue.errors().get(0));

        Delivery toSchedule = aws.deliver(AwsNightly.class, new WireEvent.Foreign("x-2", "not a firing"));
        assertEquals(Set.of("x-2"), toSchedule.redelivered());
        assertTrue(toSchedule.errors().get(0).contains("but received an SQS event"), toSchedule.errors().get(0));
        assertEquals(List.of(), Received.EVENTS);
    }

    @Test
    void lambdaReadsTheBatchResponseAsDocumented() {
        List<String> batch = List.of("a", "b");
        Set<String> failed = new java.util.HashSet<>();
        assertEquals(null, BatchResponse.failures("{\"batchItemFailures\":[{\"itemIdentifier\":\"b\"}]}".getBytes(),
                batch, failed));
        assertEquals(Set.of("b"), failed);
        for (String complete : List.of("", "null", "{}", "{\"batchItemFailures\":[]}", "{\"batchItemFailures\":null}")) {
            assertEquals(null, BatchResponse.failures(complete.getBytes(), batch, new java.util.HashSet<>()), complete);
        }
        for (String whole : List.of("nope", "{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}",
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"zzz\"}]}", "{\"batchItemFailures\":[{\"id\":\"a\"}]}")) {
            assertTrue(BatchResponse.failures(whole.getBytes(), batch, new java.util.HashSet<>()) != null, whole);
        }
    }
}
