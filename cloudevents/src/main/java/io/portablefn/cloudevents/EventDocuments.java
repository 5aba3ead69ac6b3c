package io.portablefn.cloudevents;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON {@code data} of storage and schedule CloudEvents: the portable fields by their
 * portable names, times as ISO-8601 UTC text, fields the cloud did not give left out.
 */
final class EventDocuments {

    private static final JsonFactory FACTORY = new JsonFactory();

    private EventDocuments() {
    }

    static byte[] storage(StorageEvent event) {
        return write(json -> {
            json.writeStringField("kind", event.kind().name());
            json.writeStringField("bucket", event.bucket());
            json.writeStringField("key", event.key());
            if (event.size().isPresent()) {
                json.writeNumberField("size", event.size().getAsLong());
            }
            writeIfPresent(json, "etag", event.etag().orElse(null));
            writeIfPresent(json, "contentType", event.contentType().orElse(null));
            writeIfPresent(json, "version", event.version().orElse(null));
            json.writeStringField("eventTime", event.eventTime().toString());
        });
    }

    static byte[] schedule(ScheduleEvent event) {
        return write(json -> {
            json.writeStringField("scheduledTime", event.scheduledTime().toString());
            json.writeBooleanField("pastDue", event.pastDue());
        });
    }

    private static void writeIfPresent(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static byte[] write(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
