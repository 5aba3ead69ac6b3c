package io.portablefn.opentelemetry;

import static io.portablefn.opentelemetry.FaasAttributes.ERROR_TYPE;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_CRON;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_DOCUMENT_COLLECTION;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_DOCUMENT_NAME;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_DOCUMENT_OPERATION;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_DOCUMENT_TIME;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_INVOCATION_ID;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_TIME;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_TRIGGER;
import static io.portablefn.opentelemetry.FaasAttributes.MESSAGING_MESSAGE_ID;
import static io.portablefn.opentelemetry.FaasAttributes.MESSAGING_OPERATION_TYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.portablefn.api.DropEventException;
import io.portablefn.api.Message;
import io.portablefn.api.Provider;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.TraceContext;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.EventOutcome;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spans of queue, topic, storage and schedule invocations. */
class EventSpanTest {

    private static final TraceContext CALLER = TraceContext.of("0af7651916cd43dd8448eb211c80319c",
            "b7ad6b7169203331", true, null);

    private final Spans spans = new Spans();

    @Test
    void eachMessageOfABatchIsAConsumerSpanOfItsOwn() {
        EventFunction orders = EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE, (message, context) -> {
            if (message.id().equals("m2")) {
                throw new IllegalArgumentException("no stock");
            }
        }).observedBy(spans.observer);
        List<String> redeliver = orders.deliverAll(List.of(message("m1"), message("m2"), message("m3")),
                Spans.context(Provider.AWS, "batch-1", CALLER));
        assertEquals(List.of("m2"), redeliver);
        List<SpanData> finished = spans.finished();
        assertEquals(List.of("m1", "m2", "m3"),
                finished.stream().map(s -> s.getAttributes().get(MESSAGING_MESSAGE_ID)).toList());
        for (SpanData span : finished) {
            assertEquals(SpanKind.CONSUMER, span.getKind());
            assertEquals("pubsub", span.getAttributes().get(FAAS_TRIGGER));
            assertEquals("process", span.getAttributes().get(MESSAGING_OPERATION_TYPE));
            assertEquals("batch-1", span.getAttributes().get(FAAS_INVOCATION_ID));
            assertEquals(CALLER.parentId(), span.getParentSpanId());
        }
        assertEquals(List.of(StatusCode.UNSET, StatusCode.ERROR, StatusCode.UNSET),
                finished.stream().map(s -> s.getStatus().getStatusCode()).toList());
        assertEquals(IllegalArgumentException.class.getName(), finished.get(1).getAttributes().get(ERROR_TYPE));
        assertEquals("exception", finished.get(1).getEvents().get(0).getName());
    }

    @Test
    void aDroppedMessageIsNoErrorAndAnUnbindableOneIs() {
        record Order(int quantity) {
        }
        EventFunction dropping = EventFunction.messages("orders", 30, EventFunction.Kind.TOPIC, (message, context) -> {
            throw new DropEventException("duplicate");
        }).observedBy(spans.observer);
        EventFunction typed = EventFunction.typedMessages("orders", 30, EventFunction.Kind.TOPIC,
                (Order order, Message message, io.portablefn.api.Context context) -> { },
                new io.portablefn.runtime.BodyType<Order>() { }).observedBy(spans.observer);
        assertEquals(EventOutcome.DROPPED, dropping.deliver(message("m1"), Spans.context(Provider.GCP, "i1", CALLER)));
        assertEquals(EventOutcome.FAILED, typed.deliver(Message.builder().id("m2").body("not json").build(),
                Spans.context(Provider.GCP, "i2", CALLER)));
        List<SpanData> finished = spans.finished();
        assertEquals(StatusCode.UNSET, finished.get(0).getStatus().getStatusCode());
        assertEquals(StatusCode.ERROR, finished.get(1).getStatus().getStatusCode());
        assertEquals("_OTHER", finished.get(1).getAttributes().get(ERROR_TYPE));
        assertTrue(finished.get(1).getEvents().isEmpty(), "no exception: the body did not bind");
    }

    @Test
    void aStorageEventIsADatasourceSpanNamingTheObject() {
        Instant time = Instant.parse("2024-05-01T10:00:00Z");
        EventFunction thumbnails = EventFunction.storage("thumbnails", 30, EnumSet.of(StorageEvent.Kind.DELETED),
                (event, context) -> { }).observedBy(spans.observer);
        thumbnails.deliver(StorageEvent.builder().id("e1").kind(StorageEvent.Kind.DELETED).bucket("photos")
                .key("a/b.jpg").eventTime(time).build(), Spans.context(Provider.AZURE, "i1", CALLER));
        SpanData span = spans.only();
        assertEquals(SpanKind.SERVER, span.getKind());
        assertEquals("datasource", span.getAttributes().get(FAAS_TRIGGER));
        assertEquals("photos", span.getAttributes().get(FAAS_DOCUMENT_COLLECTION));
        assertEquals("delete", span.getAttributes().get(FAAS_DOCUMENT_OPERATION));
        assertEquals("a/b.jpg", span.getAttributes().get(FAAS_DOCUMENT_NAME));
        assertEquals("2024-05-01T10:00:00Z", span.getAttributes().get(FAAS_DOCUMENT_TIME));
    }

    @Test
    void aScheduleFiringIsATimerSpanWithItsCronAndTime() {
        EventFunction nightly = EventFunction.schedule("nightly", 30, "30 2 * * *", (firing, context) -> {
            assertTrue(Span.current().getSpanContext().isValid(), "the span is current in the handler");
        }).observedBy(spans.observer);
        nightly.deliver(new ScheduleEvent("f1", Instant.parse("2024-05-01T02:30:00Z"), false),
                Spans.context(Provider.AWS, "i1", CALLER));
        SpanData span = spans.only();
        assertEquals(SpanKind.SERVER, span.getKind());
        assertEquals("timer", span.getAttributes().get(FAAS_TRIGGER));
        assertEquals("30 2 * * *", span.getAttributes().get(FAAS_CRON));
        assertEquals("2024-05-01T02:30:00Z", span.getAttributes().get(FAAS_TIME));
        assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    }

    @Test
    void aChangeIsADatasourceSpanNamingItsKeyAndAStreamRecordAConsumerSpan() {
        record Order(String id) {
        }
        EventFunction audit = EventFunction.changes("audit", 30, (io.portablefn.api.Change<Order> change,
                io.portablefn.api.Context context) -> { }, new io.portablefn.runtime.BodyType<Order>() { })
                .observedBy(spans.observer);
        EventFunction clicks = EventFunction.streams("clicks", 30, (record, context) -> { })
                .observedBy(spans.observer);
        audit.deliver(io.portablefn.api.Change.<byte[]>builder().kind(io.portablefn.api.Change.Kind.WRITTEN)
                .key("id", "o-1").newItem("{\"id\":\"o-1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .time(Instant.parse("2024-05-01T10:00:00Z")).position("42").build(),
                Spans.context(Provider.AZURE, "i1", CALLER));
        clicks.deliver(io.portablefn.api.StreamRecord.builder().partitionKey("u-7").sequence("49590").build(),
                Spans.context(Provider.AWS, "i2", CALLER));
        List<SpanData> finished = spans.finished();
        assertEquals(SpanKind.SERVER, finished.get(0).getKind());
        assertEquals("datasource", finished.get(0).getAttributes().get(FAAS_TRIGGER));
        assertEquals("edit", finished.get(0).getAttributes().get(FAAS_DOCUMENT_OPERATION));
        assertEquals("o-1", finished.get(0).getAttributes().get(FAAS_DOCUMENT_NAME));
        assertEquals("2024-05-01T10:00:00Z", finished.get(0).getAttributes().get(FAAS_DOCUMENT_TIME));
        assertEquals(SpanKind.CONSUMER, finished.get(1).getKind());
        assertEquals("pubsub", finished.get(1).getAttributes().get(FAAS_TRIGGER));
        assertEquals("49590", finished.get(1).getAttributes().get(MESSAGING_MESSAGE_ID));
    }

    private static Message message(String id) {
        return Message.builder().id(id).body("{}").build();
    }
}
