package io.portablefn.azure;

import io.portablefn.testkit.ProviderEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.Json;
import io.portablefn.runtime.cron.Cron;
import io.portablefn.testkit.azure.WorkerContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every Azure event sample of the shared provider-events folder (Microsoft's public test
 * events, not written here) through the adapter as the worker would bind it, and checks what the
 * function is handed, or the error, against {@link AzureSamples}. A new sample without a row fails
 * the test; the test is skipped when the folder is absent.
 */
class AzureRealEventsTest {

    private static final Map<String, AzureSamples.Row> ROWS =
            AzureSamples.ROWS.stream().collect(Collectors.toMap(AzureSamples.Row::file, row -> row));

    @TestFactory
    Stream<DynamicTest> everySampleDecodesToWhatItHolds() {
        Path folder = azureEvents();
        return AzureSamples.ROWS.stream().map(row -> DynamicTest.dynamicTest(row.file(), () -> assertEquals(
                row.expected(), handed(row, Files.readString(folder.resolve(row.file()), StandardCharsets.UTF_8)))));
    }

    @Test
    void everySampleHasARowAndEveryRowItsSample() throws IOException {
        Path folder = azureEvents();
        Set<String> samples;
        try (Stream<Path> files = Files.walk(folder)) {
            samples = files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.matches("(docs/)?(eventgrid|queue|servicebus|timer|custom-handler-queue)-.*"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(samples, new TreeSet<>(ROWS.keySet()), "samples in " + folder + " and rows in AzureSamples");
    }

    /** What the function is handed for a sample (one line per event), then the error if one was thrown. */
    private static String handed(AzureSamples.Row row, String text) throws Exception {
        List<String> seen = new ArrayList<>();
        WorkerContext context = new WorkerContext("inv-1", "sample", Logger.getLogger("test"));
        try {
            switch (row.trigger()) {
                case EVENT_GRID -> adapter(EventFunction.storage("sample", 30, EnumSet.allOf(StorageEvent.Kind.class),
                        (event, c) -> seen.add(describe(event)))).eventGrid(text, context);
                case TIMER -> adapter(EventFunction.schedule("sample", 30, (firing, c) -> seen.add(describe(firing))))
                        .timer(text, context);
                case STORAGE_QUEUE -> messages(seen).storageQueue(text.getBytes(StandardCharsets.UTF_8), "q-1", "1",
                        "\"2025-01-01T00:00:00+00:00\"", context);
                case SERVICE_BUS -> messages(seen).serviceBus(text.getBytes(StandardCharsets.UTF_8), "sb-1", "1",
                        "\"2025-01-01T00:00:00\"", "{}", context);
                case CUSTOM_HANDLER_QUEUE -> customHandlerQueue(messages(seen), text, context);
            }
        } catch (EventFailure failure) {
            seen.add("error: " + failure.getMessage());
        }
        return String.join("\n", seen);
    }

    private static AzureEventAdapter adapter(EventFunction function) {
        Cron schedule = function.kind() == EventFunction.Kind.SCHEDULE ? Cron.parse("*/5 * * * *") : null;
        return new AzureEventAdapter(function, schedule, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private static AzureEventAdapter messages(List<String> seen) {
        return adapter(EventFunction.messages("sample", 30, EventFunction.Kind.QUEUE, (m, c) -> seen.add(describe(m))));
    }

    // The documented invocation payload: the trigger value under Data, the metadata as the host
    // sends it under Metadata. The worker hands a JSON value to a String parameter as JSON text.
    private static void customHandlerQueue(AzureEventAdapter adapter, String text, WorkerContext context)
            throws IOException {
        JsonNode payload = Json.mapper().readTree(text);
        JsonNode metadata = payload.path("Metadata");
        adapter.storageQueue(payload.path("Data").path("myQueueItem").asText().getBytes(StandardCharsets.UTF_8),
                metadata.path("Id").asText(), metadata.path("DequeueCount").toString(),
                metadata.path("InsertionTime").toString(), context);
    }

    static String describe(StorageEvent e) {
        return e.kind().name().toLowerCase() + " " + e.bucket() + "/" + e.key() + " id=" + e.id() + " time=" + e.eventTime()
                + e.size().stream().mapToObj(s -> " size=" + s).findFirst().orElse("")
                + e.etag().map(t -> " etag=" + t).orElse("") + e.contentType().map(t -> " type=" + t).orElse("")
                + e.version().map(v -> " version=" + v).orElse("");
    }

    static String describe(Message m) {
        return "message " + m.id() + " body=" + m.bodyAsString() + " attributes=" + m.attributes()
                + " count=" + m.deliveryCount().orElse(0) + " published=" + m.publishTime().orElse(null)
                + m.orderingKey().map(k -> " key=" + k).orElse("");
    }

    static String describe(ScheduleEvent e) {
        return "firing " + e.id() + " scheduled=" + e.scheduledTime() + " pastDue=" + e.pastDue();
    }

    static Path azureEvents() {
        Optional<Path> folder = ProviderEvents.folder("azure");
        assumeTrue(folder.isPresent(), "provider events not found (looked in " + ProviderEvents.candidates() + ")");
        return folder.get();
    }
}
