package io.portablefn.gcp;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.portablefn.api.Context;
import io.portablefn.api.Message;
import io.portablefn.runtime.EventFunction;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** CloudEvents as the invoker hands them to a CloudEventsFunction, built with cloudevents-core. */
final class TestEvents {

    static final Instant TIME = Instant.parse("2026-03-01T10:15:30.123Z");

    private TestEvents() {
    }

    static CloudEvent event(String type, String id, String source, String subject, Instant time, String json) {
        CloudEventBuilder builder = CloudEventBuilder.v1().withId(id).withType(type).withSource(URI.create(source))
                .withSubject(subject).withTime(time == null ? null : time.atOffset(ZoneOffset.UTC));
        if (json != null) {
            builder.withDataContentType("application/json").withData(json.getBytes(StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    /** A messagePublished event whose data is {@code {"message": <message>, "subscription": ...}}. */
    static CloudEvent published(String id, String messageJson) {
        return event(GcpCloudEvents.MESSAGE_PUBLISHED, id, "//pubsub.googleapis.com/projects/p/topics/orders", null,
                TIME, "{\"message\":" + messageJson + ",\"subscription\":\"projects/p/subscriptions/s\"}");
    }

    static CloudEvent storage(String type, String id, String objectJson) {
        return event(type, id, "//storage.googleapis.com/projects/_/buckets/uploads", "objects/a/b c.txt", TIME,
                objectJson);
    }

    /** A queue function that records what it is handed, and fails on bodies reading "fail". */
    static final class Recorder {
        final List<Message> messages = new ArrayList<>();
        final List<Object> events = new ArrayList<>();
        final List<Context> contexts = new ArrayList<>();

        EventFunction queue() {
            return EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE, (message, context) -> {
                messages.add(message);
                contexts.add(context);
                if (message.bodyAsString().equals("fail")) {
                    throw new IllegalStateException("secret user detail");
                }
            });
        }
    }
}
