package io.portablefn.aws;

import static io.portablefn.aws.EventRuns.run;
import static io.portablefn.aws.EventRuns.sqs;
import static io.portablefn.aws.EventRuns.sqsRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.Context;
import io.portablefn.api.DropEventException;
import io.portablefn.api.Message;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A queue function behind SQS: one call per message, and exactly the failed ones reported. */
class SqsEventsTest {

    private final List<Message> handled = new ArrayList<>();
    private final List<Context> contexts = new ArrayList<>();

    /** Fails messages whose body is "poison", drops those whose body is "drop". */
    private final EventFunction orders = EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE,
            (message, context) -> {
                handled.add(message);
                contexts.add(context);
                if (message.bodyAsString().equals("poison")) {
                    throw new IllegalStateException("secret detail of poison " + message.id());
                }
                if (message.bodyAsString().equals("drop")) {
                    throw new DropEventException("not wanted");
                }
            });

    record Order(String id, int quantity) {
    }

    @Test
    void aBatchOfTenWithThreePoisonMessagesReportsExactlyThoseThree() {
        String[] batch = new String[20];
        for (int i = 0; i < 10; i++) {
            batch[2 * i] = "m" + i;
            batch[2 * i + 1] = i == 2 || i == 5 || i == 9 ? "poison" : "order " + i;
        }
        EventRuns.Run run = run(orders, sqs(batch));

        assertEquals(List.of("m2", "m5", "m9"), run.batchItemFailures());
        assertEquals(10, handled.size(), "every message handled once");
        assertFalse(run.output().contains("secret detail"), run.output());
    }

    @Test
    void noFailureIsAnEmptyListAndADroppedMessageIsNotReported() {
        EventRuns.Run run = run(orders, sqs("m1", "fine", "m2", "drop"));

        assertEquals("{\"batchItemFailures\":[]}", run.output());
        assertEquals(2, handled.size());
        assertTrue(run.log().stream().anyMatch(line -> line.startsWith("WARN") && line.contains("m2 dropped")),
                run.log()::toString);
    }

    @Test
    void aTypedBodyThatDoesNotFitFailsThatMessageOnly() {
        List<Order> bound = new ArrayList<>();
        EventFunction typed = EventFunction.typedMessages("orders", 30, EventFunction.Kind.QUEUE,
                (Order order, Message message, Context context) -> bound.add(order), new BodyType<Order>() { });

        EventRuns.Run run = run(typed, sqs("m1", "{\"id\":\"o-1\",\"quantity\":2}", "m2", "{\"id\":", "m3",
                "{\"id\":\"o-3\",\"quantity\":\"many\"}", "m4", "{\"id\":\"o-4\",\"quantity\":1}"));

        assertEquals(List.of("m2", "m3"), run.batchItemFailures());
        assertEquals(List.of(new Order("o-1", 2), new Order("o-4", 1)), bound);
    }

    @Test
    void decodesEveryFieldOfTheContract() {
        ObjectNode record = sqsRecord("m1", "{\"a\":1}", "group-7");
        ((ObjectNode) record.path("attributes")).put("ApproximateReceiveCount", "3");
        ObjectNode attributes = (ObjectNode) record.path("messageAttributes");
        attributes.putObject("tenant").put("dataType", "String").put("stringValue", "acme");
        attributes.putObject("count").put("dataType", "Number.int").put("stringValue", "12");
        attributes.putObject("thumb").put("dataType", "Binary").put("binaryValue", "AAE=");

        EventRuns.Run run = run(orders, EventRuns.records(List.of(record)));

        assertEquals(List.of(), run.batchItemFailures());
        Message message = handled.get(0);
        assertEquals("m1", message.id());
        assertEquals("{\"a\":1}", message.bodyAsString());
        assertEquals(Map.of("tenant", "acme", "count", "12"), message.attributes());
        assertEquals(OptionalInt.of(3), message.deliveryCount());
        assertEquals(Instant.ofEpochMilli(1767225600000L), message.publishTime().orElseThrow());
        assertEquals("group-7", message.orderingKey().orElseThrow());
        assertEquals(EventRuns.REQUEST_ID, contexts.get(0).invocationId());
        assertEquals("orders", contexts.get(0).functionName());
        assertTrue(contexts.get(0).deadline().isAfter(Instant.now().plusSeconds(20)), "from the remaining time");
    }

    @Test
    void anUndecodableRecordFailsAloneWithALogLine() {
        ObjectNode noBody = sqsRecord("m2", "x", null);
        noBody.remove("body");
        ObjectNode badCount = sqsRecord("m3", "x", null);
        ((ObjectNode) badCount.path("attributes")).put("ApproximateReceiveCount", "lots");
        EventRuns.Run run = run(orders, EventRuns.records(List.of(sqsRecord("m1", "a", null), noBody, badCount,
                sqsRecord("m4", "b", null))));

        assertEquals(List.of("m2", "m3"), run.batchItemFailures());
        assertEquals(List.of("m1", "m4"), handled.stream().map(Message::id).toList());
        assertTrue(LogLines.unnamed(run.log()).contains("ERROR SQS message m2 cannot be decoded for function 'orders' (invocation "
                + EventRuns.REQUEST_ID + "): it has no body. It will be delivered again and finally dead-lettered."),
                run.log()::toString);
        assertTrue(run.log().stream().anyMatch(line -> line.contains("m3 cannot be decoded")
                && line.contains("attributes.ApproximateReceiveCount 'lots'")), run.log()::toString);
    }

    @Test
    void aRecordWithoutMessageIdFailsTheWholeBatchBeforeAnyIsHandled() {
        ObjectNode noId = sqsRecord("x", "b", null);
        noId.remove("messageId");
        EventRuns.Run run = run(orders, EventRuns.records(List.of(sqsRecord("m1", "a", null), noId)));

        assertNotNull(run.error());
        assertTrue(run.error().getMessage().contains("record 2 of 2 has no messageId"), run.error().getMessage());
        assertEquals(0, run.error().getStackTrace().length);
        assertEquals(List.of(), handled);
    }

    @Test
    void inAFifoQueueAFailureHoldsBackTheLaterMessagesOfItsGroup() {
        ObjectNode undecodable = sqsRecord("b1", "x", "B");
        undecodable.remove("body");
        EventRuns.Run run = run(orders, EventRuns.records(List.of(
                sqsRecord("a1", "poison", "A"), undecodable, sqsRecord("c1", "ok", "C"),
                sqsRecord("a2", "ok", "A"), sqsRecord("b2", "ok", "B"), sqsRecord("c2", "ok", "C"))));

        assertEquals(List.of("a1", "b1", "a2", "b2"), run.batchItemFailures());
        assertEquals(List.of("a1", "c1", "c2"), handled.stream().map(Message::id).toList());
    }

    @Test
    void anEventOfAnotherKindIsAnInvocationErrorNamingIt() {
        String s3 = EventRuns.records(List.of(EventRuns.s3Record("ObjectCreated:Put", "b", "k", 1L, null, null)));
        EventRuns.Run run = run(orders, s3);
        assertEquals(orders.wrongEvent("an S3 event notification"), run.error().getMessage());
        assertEquals("", run.output());

        String http = "{\"version\":\"2.0\",\"rawPath\":\"/\",\"requestContext\":{\"http\":{\"method\":\"GET\"}}}";
        assertEquals(orders.wrongEvent("an HTTP request (API Gateway HTTP API (payload 2.0))"),
                run(orders, http).error().getMessage());
        assertEquals(orders.wrongEvent("input that is not a JSON object"), run(orders, "not json").error().getMessage());
        assertEquals(orders.wrongEvent("an event with no records"), run(orders, "{\"Records\":[]}").error().getMessage());
        assertEquals(orders.wrongEvent("input that is not a JSON object"),
                run(orders, "{\"Records\":[{\"eventSource\":\"aws:sqs\",\"body\":").error().getMessage(), "cut short");
        assertEquals(List.of(), handled);
    }

    @Test
    void withoutALambdaContextTheInvocationGetsARandomIdAndTheDeclaredTimeout() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        new AwsEventAdapter(orders).handle(new java.io.ByteArrayInputStream(sqs("m1", "a").getBytes()), out, null);
        assertEquals("{\"batchItemFailures\":[]}", out.toString());
        Context context = contexts.get(0);
        assertEquals(36, context.invocationId().length(), context.invocationId());
        assertTrue(context.deadline().isAfter(Instant.now().plusSeconds(25)), "30 s declared");
    }
}
