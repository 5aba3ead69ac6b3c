package io.portablefn.aws;

import static io.portablefn.aws.EventRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.DropEventException;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * SNS, S3 and EventBridge scheduled events, which Lambda invokes asynchronously: a failed record
 * fails the invocation with portablefn's own message, anything else answers {@code {}}.
 */
class AsyncEventsTest {

    private final List<Object> handled = new ArrayList<>();

    private final EventFunction audit = EventFunction.messages("audit", 30, EventFunction.Kind.TOPIC,
            (message, context) -> {
                handled.add(message);
                if (message.bodyAsString().equals("poison")) {
                    throw new IllegalStateException("secret detail");
                }
                if (message.bodyAsString().equals("drop")) {
                    throw new DropEventException("not wanted");
                }
            });

    private final EventFunction thumbnails = EventFunction.storage("thumbnails", 30,
            EnumSet.allOf(StorageEvent.Kind.class), (event, context) -> handled.add(event));

    private final EventFunction nightly = EventFunction.schedule("nightly", 30, (event, context) -> {
        handled.add(event);
        if (event.id().equals("fail")) {
            throw new IllegalStateException("secret detail");
        }
    });

    @Test
    void anSnsMessageIsDecodedAndAnsweredWithAnEmptyObject() {
        EventRuns.Run run = run(audit, EventRuns.sns("sns-1", "{\"order\":1}", Map.of("tenant", "acme")));

        assertNull(run.error());
        assertEquals("{}", run.output());
        Message message = (Message) handled.get(0);
        assertEquals("sns-1", message.id());
        assertEquals("{\"order\":1}", message.bodyAsString());
        assertEquals(Map.of("tenant", "acme"), message.attributes());
        assertEquals(Instant.parse("2026-01-01T00:00:00.250Z"), message.publishTime().orElseThrow());
        assertTrue(message.deliveryCount().isEmpty());
        assertTrue(message.orderingKey().isEmpty());
    }

    @Test
    void aFailedSnsMessageFailsTheInvocationNamingItWithoutTheHandlersMessage() {
        EventRuns.Run run = run(audit, EventRuns.sns("sns-2", "poison", Map.of()));

        String error = run.error().getMessage();
        assertTrue(error.startsWith("Function 'audit' did not handle SNS message sns-2 (invocation "
                + EventRuns.REQUEST_ID + ")"), error);
        assertFalse(error.contains("secret detail"), error);
        assertEquals(0, run.error().getStackTrace().length);
        assertEquals("", run.output());
    }

    @Test
    void aDroppedSnsMessageIsAcknowledged() {
        EventRuns.Run run = run(audit, EventRuns.sns("sns-3", "drop", Map.of()));
        assertNull(run.error());
        assertEquals("{}", run.output());
    }

    @Test
    void anS3RecordIsDecodedWithItsKeyUrlDecodedAndEtagUnquoted() {
        ObjectNode record = EventRuns.s3Record("ObjectCreated:CompleteMultipartUpload", "uploads",
                "photos/cat+1%2B2%C3%A9.jpg", 2048L, "\"d41d8cd98f00b204e9800998ecf8427e\"", "v-3");
        EventRuns.Run run = run(thumbnails, EventRuns.records(List.of(record)));

        assertNull(run.error());
        StorageEvent event = (StorageEvent) handled.get(0);
        assertEquals(StorageEvent.Kind.CREATED, event.kind());
        assertEquals("uploads", event.bucket());
        assertEquals("photos/cat 1+2\u00e9.jpg", event.key());
        assertEquals(OptionalLong.of(2048), event.size());
        assertEquals(Optional.of("d41d8cd98f00b204e9800998ecf8427e"), event.etag());
        assertEquals(Optional.of("v-3"), event.version());
        assertEquals(Optional.empty(), event.contentType());
        assertEquals(Instant.parse("2026-01-01T10:00:00.123Z"), event.eventTime());
        assertEquals("uploads/photos/cat+1%2B2%C3%A9.jpg@0055AED6DCD90281E5", event.id());
    }

    @Test
    void aRemovalIsDeletedWithoutSize() {
        run(thumbnails, EventRuns.records(List.of(
                EventRuns.s3Record("ObjectRemoved:DeleteMarkerCreated", "uploads", "a.txt", null, null, "v-9"))));
        StorageEvent event = (StorageEvent) handled.get(0);
        assertEquals(StorageEvent.Kind.DELETED, event.kind());
        assertEquals(OptionalLong.empty(), event.size());
    }

    @Test
    void anS3RecordOfAnotherEventOrAMalformedKeyFailsWithALogLine() {
        EventRuns.Run restore = run(thumbnails, EventRuns.records(List.of(
                EventRuns.s3Record("ObjectRestore:Completed", "uploads", "a.txt", 1L, null, null))));
        assertTrue(restore.error().getMessage().contains("did not handle S3 event record 1 of 1"),
                restore.error().getMessage());
        assertTrue(restore.log().stream().anyMatch(line -> line.startsWith("ERROR")
                && line.contains("'ObjectRestore:Completed' is neither an object creation (ObjectCreated:*) nor a removal")),
                restore.log()::toString);

        EventRuns.Run badKey = run(thumbnails, EventRuns.records(List.of(
                EventRuns.s3Record("ObjectCreated:Put", "uploads", "100%.txt", 1L, null, null))));
        assertTrue(badKey.log().stream().anyMatch(line -> line.contains("s3.object.key '100%.txt' is not URL-encoded")),
                badKey.log()::toString);
        assertEquals(List.of(), handled);
    }

    @Test
    void scheduledEventsOfARuleAndOfTheSchedulerAreFirings() {
        EventRuns.Run rule = run(nightly, EventRuns.scheduled("aws.events", "e-1", "2026-01-02T02:00:00Z"));
        EventRuns.Run scheduler = run(nightly, EventRuns.scheduled("aws.scheduler", "e-2", "2026-01-03T02:00:00Z"));

        assertEquals("{}", rule.output());
        assertEquals("{}", scheduler.output());
        assertEquals(List.of(new ScheduleEvent("e-1", Instant.parse("2026-01-02T02:00:00Z"), false),
                new ScheduleEvent("e-2", Instant.parse("2026-01-03T02:00:00Z"), false)), handled);
    }

    @Test
    void aFailedFiringOrAFiringWithoutTimeFailsTheInvocation() {
        EventRuns.Run failed = run(nightly, EventRuns.scheduled("aws.events", "fail", "2026-01-02T02:00:00Z"));
        assertTrue(failed.error().getMessage().contains("did not handle EventBridge scheduled event fail"),
                failed.error().getMessage());

        EventRuns.Run noTime = run(nightly, EventRuns.scheduled("aws.events", "e-3", "2026-01-02T02:00:00Z")
                .replace("\"time\"", "\"when\""));
        assertTrue(noTime.error().getMessage().contains("e-3"), noTime.error().getMessage());
        assertTrue(noTime.log().stream().anyMatch(line -> line.contains("it has no time")), noTime.log()::toString);
    }

    @Test
    void eachKindRefusesTheOthersByName() {
        String sqs = EventRuns.sqs("m1", "a");
        assertEquals(audit.wrongEvent("an SQS event (a batch of queue messages)"), run(audit, sqs).error().getMessage());
        assertEquals(thumbnails.wrongEvent("an SNS event (a topic message)"),
                run(thumbnails, EventRuns.sns("s", "b", Map.of())).error().getMessage());
        String objectCreated = "{\"version\":\"0\",\"id\":\"x\",\"detail-type\":\"Object Created\",\"source\":\"aws.s3\","
                + "\"time\":\"2026-01-01T00:00:00Z\",\"detail\":{}}";
        assertEquals(nightly.wrongEvent("an EventBridge event 'Object Created' from aws.s3"),
                run(nightly, objectCreated).error().getMessage());
        assertEquals(audit.wrongEvent("an EventBridge scheduled event (from aws.scheduler)"),
                run(audit, EventRuns.scheduled("aws.scheduler", "e", "2026-01-01T00:00:00Z")).error().getMessage());
        assertEquals(List.of(), handled);
    }
}
