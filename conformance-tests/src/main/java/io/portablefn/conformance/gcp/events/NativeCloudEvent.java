package io.portablefn.conformance.gcp.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.portablefn.conformance.WireRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One CloudEvent as Eventarc sends it to a Cloud Functions (2nd gen) function: the attributes,
 * JSON data, and the wire ids it carries (whose redelivery a failure means). It can be handed
 * over as the {@link CloudEvent} the invoker would build ({@link #toCloudEvent()}), or as the
 * HTTP request in binary content mode that Eventarc posts ({@link #toBinaryRequest()}).
 *
 * @param extensions extension attributes, such as Cloud Storage's {@code bucket}
 */
record NativeCloudEvent(String id, String type, String source, String subject, Instant time,
        Map<String, String> extensions, byte[] data, List<String> wireIds) {

    static final String CONTENT_TYPE = "application/json";

    /** Firestore events carry protobuf data; every other event here JSON. */
    String contentType() {
        return type.startsWith("google.cloud.firestore.") ? "application/protobuf" : CONTENT_TYPE;
    }

    NativeCloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        extensions = Map.copyOf(extensions);
        wireIds = List.copyOf(wireIds);
    }

    /**
     * The request Eventarc posts: {@code ce-*} headers for the attributes (CloudEvents HTTP
     * binding, binary content mode), the data as the body.
     */
    WireRequest toBinaryRequest() {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("ce-specversion", "1.0"));
        headers.add(Map.entry("ce-id", id));
        headers.add(Map.entry("ce-source", source));
        headers.add(Map.entry("ce-type", type));
        if (subject != null) {
            headers.add(Map.entry("ce-subject", subject));
        }
        if (time != null) {
            headers.add(Map.entry("ce-time", time.toString()));
        }
        extensions.forEach((name, value) -> headers.add(Map.entry("ce-" + name, value)));
        headers.replaceAll(header -> Map.entry(header.getKey(), percentEncoded(header.getValue())));
        headers.add(Map.entry("Content-Type", contentType()));
        return new WireRequest("POST", "/", "", headers, data);
    }

    /**
     * A header value as the CloudEvents HTTP binding writes it: space, {@code "}, {@code %} and
     * everything outside printable ASCII percent-encoded as UTF-8. (java-function-invoker 1.4.1
     * does not decode it back, so a subject with such characters reaches the function encoded;
     * the adapter reads the object's name from the data.)
     */
    static String percentEncoded(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '"' && c != '%') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    /** The event as java-function-invoker hands it to a {@code CloudEventsFunction}. */
    CloudEvent toCloudEvent() {
        return new Event();
    }

    /** Implements the API's interface, so that the suite needs no CloudEvents SDK of its own. */
    private final class Event implements CloudEvent {

        @Override
        public CloudEventData getData() {
            byte[] bytes = data.clone();
            return () -> bytes.clone();
        }

        @Override
        public SpecVersion getSpecVersion() {
            return SpecVersion.V1;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getType() {
            return type;
        }

        @Override
        public URI getSource() {
            return URI.create(source);
        }

        @Override
        public String getDataContentType() {
            return contentType();
        }

        @Override
        public URI getDataSchema() {
            return null;
        }

        @Override
        public String getSubject() {
            return subject;
        }

        @Override
        public OffsetDateTime getTime() {
            return time == null ? null : time.atOffset(ZoneOffset.UTC);
        }

        @Override
        public Object getAttribute(String name) {
            return switch (name) {
                case "specversion" -> getSpecVersion();
                case "id" -> id;
                case "type" -> type;
                case "source" -> getSource();
                case "datacontenttype" -> contentType();
                case "dataschema" -> null;
                case "subject" -> subject;
                case "time" -> getTime();
                default -> throw new IllegalArgumentException("'" + name + "' is not a CloudEvents 1.0 attribute");
            };
        }

        @Override
        public Object getExtension(String name) {
            return extensions.get(name);
        }

        @Override
        public Set<String> getExtensionNames() {
            return extensions.keySet();
        }

        @Override
        public String toString() {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("id", id);
            shown.put("type", type);
            shown.put("source", source);
            shown.put("subject", subject);
            shown.put("time", time);
            shown.putAll(extensions);
            return "CloudEvent" + shown;
        }
    }
}
