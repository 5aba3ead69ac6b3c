package io.portablefn.gcp;

import io.portablefn.testkit.ProviderEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.portablefn.api.Message;
import io.portablefn.api.Provider;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.Json;
import io.portablefn.runtime.JulLogger;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every Pub/Sub, Cloud Storage and Cloud Scheduler sample of the shared provider-events
 * folder (Google's and others' public test events, not written here) through the adapter, or
 * through the legacy decoder for the 1st gen forms, and checks what the function is handed
 * against {@link GcpSamples}. A new sample without a row fails the test.
 */
class GcpRealEventsTest {

    private static final Map<String, GcpSamples.Row> ROWS =
            GcpSamples.ROWS.stream().collect(Collectors.toMap(GcpSamples.Row::file, row -> row));

    @TestFactory
    Stream<DynamicTest> everySampleDecodesToWhatItHolds() {
        Path folder = gcpEvents();
        return GcpSamples.ROWS.stream().map(row -> DynamicTest.dynamicTest(row.file(),
                () -> assertEquals(row.expected(), handed(row, Files.readAllBytes(folder.resolve(row.file()))))));
    }

    @Test
    void everySampleHasARowAndEveryRowItsSample() throws IOException {
        Path folder = gcpEvents();
        Set<String> samples;
        try (Stream<Path> files = Files.walk(folder)) {
            samples = files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.matches("(expected-conversions/.*|(pubsub|storage|scheduler)-.*)\\.json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(samples, new TreeSet<>(ROWS.keySet()), "samples in " + folder + " and rows in GcpSamples");
    }

    /** What the function is handed for a sample, as GcpSamples describes it. */
    private static String handed(GcpSamples.Row row, byte[] bytes) throws Exception {
        List<Object> seen = new ArrayList<>();
        EventFunction function = row.expected().startsWith("message")
                ? EventFunction.messages("sample", 30, EventFunction.Kind.TOPIC, (message, context) -> seen.add(message))
                : row.expected().startsWith("object")
                ? EventFunction.storage("sample", 30, EnumSet.allOf(StorageEvent.Kind.class), (e, context) -> seen.add(e))
                : EventFunction.schedule("sample", 30, (firing, context) -> seen.add(firing));
        GcpEventAdapter adapter = new GcpEventAdapter(function, null);
        switch (row.envelope()) {
            case STRUCTURED -> adapter.accept(structured(bytes));
            case BODY -> adapter.accept(CloudEventBuilder.v1().withType(row.type()).withId(row.id())
                    .withSource(URI.create(row.source())).withSubject(row.subject())
                    .withTime(row.time() == null ? null : OffsetDateTime.parse(row.time()))
                    .withDataContentType("application/json").withData(bytes).build());
            case LEGACY -> adapter.deliver(GcpLegacyEvents.decode(bytes), new InvocationContext(Provider.GCP, "legacy",
                    "sample", Instant.now().plusSeconds(30), new JulLogger(Logger.getLogger("test"))));
        }
        assertEquals(1, seen.size(), "one call");
        return describe(seen.get(0));
    }

    /** A structured-mode CloudEvent, read as the CloudEvents JSON format says. */
    static CloudEvent structured(byte[] bytes) throws IOException {
        JsonNode json = Json.mapper().readTree(bytes);
        CloudEventBuilder builder = CloudEventBuilder.v1();
        json.fields().forEachRemaining(field -> {
            String value = field.getValue().asText();
            switch (field.getKey()) {
                case "specversion" -> assertEquals("1.0", value);
                case "id" -> builder.withId(value);
                case "type" -> builder.withType(value);
                case "source" -> builder.withSource(URI.create(value));
                case "subject" -> builder.withSubject(value);
                case "time" -> builder.withTime(OffsetDateTime.parse(value));
                case "datacontenttype" -> builder.withDataContentType(value);
                case "data" -> builder.withData(field.getValue().toString().getBytes(StandardCharsets.UTF_8));
                default -> builder.withExtension(field.getKey(), value);
            }
        });
        return builder.build();
    }

    private static String describe(Object handed) {
        if (handed instanceof Message m) {
            return GcpSamples.message(m.id(), text(m.body()), new TreeMap<>(m.attributes()),
                    m.publishTime().map(Instant::toString).orElse(null), m.orderingKey().orElse(null))
                    .replace("deliveryCount=none", "deliveryCount=" + (m.deliveryCount().isPresent()
                            ? m.deliveryCount().getAsInt() : "none"));
        }
        if (handed instanceof StorageEvent e) {
            return GcpSamples.object(e.id(), e.kind().name(), e.bucket(), e.key(),
                    e.size().isPresent() ? e.size().getAsLong() : null, e.etag().orElse(null),
                    e.contentType().orElse(null), e.version().orElse(null), e.eventTime().toString());
        }
        io.portablefn.api.ScheduleEvent firing = (io.portablefn.api.ScheduleEvent) handed;
        return GcpSamples.firing(firing.id(), firing.scheduledTime().toString()).replace("pastDue=false",
                "pastDue=" + firing.pastDue());
    }

    // Printable UTF-8 as text, anything else as base64.
    private static String text(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
            if (text.chars().noneMatch(c -> c < 0x20)) {
                return text;
            }
        } catch (CharacterCodingException notText) {
            // base64 below
        }
        return "base64:" + Base64.getEncoder().encodeToString(body);
    }

    /** The gcp folder of the shared provider events; the tests are skipped where it is absent. */
    static Path gcpEvents() {
        Optional<Path> folder = ProviderEvents.folder("gcp");
        assumeTrue(folder.isPresent(), "provider events not found (looked in " + ProviderEvents.candidates() + ")");
        return folder.get();
    }
}
