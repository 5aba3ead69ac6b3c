package io.portablefn.samples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.FunctionIndex;
import io.portablefn.runtime.Json;
import io.portablefn.runtime.cron.Cron;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the processor recorded: the index the clouds' entry points load, and the manifest build tools read. */
class EventIndexTest {

    /**
     * The test class path, but with the resources of this sample's classes only: as deployed,
     * where the app's jar is the only one with an index. Here the conformance suite's jar (a test
     * dependency) carries an index of its own fixture functions too.
     */
    private static final ClassLoader LOADER = new ClassLoader(EventIndexTest.class.getClassLoader()) {
        private final String classes = PlaceOrder.class.getProtectionDomain().getCodeSource().getLocation().toString();

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return Collections.enumeration(Collections.list(getParent().getResources(name)).stream()
                    .filter(url -> url.toString().startsWith(classes)).toList());
        }

        @Override
        public URL getResource(String name) {
            try {
                Enumeration<URL> found = getResources(name);
                return found.hasMoreElements() ? found.nextElement() : null;
            } catch (IOException e) {
                return null;
            }
        }
    };

    @Test
    void indexListsTheFiveFunctionsWithTheirKinds() {
        Map<String, EventFunction.Kind> kinds = new TreeMap<>();
        for (EventFunction function : FunctionIndex.loadEvents(LOADER)) {
            kinds.put(function.name(), function.kind());
        }
        assertEquals(Map.of("place-order", EventFunction.Kind.QUEUE, "order-audit", EventFunction.Kind.TOPIC,
                "thumbnails", EventFunction.Kind.STORAGE, "nightly-report", EventFunction.Kind.SCHEDULE,
                "order-changes", EventFunction.Kind.CHANGE, "count-clicks", EventFunction.Kind.STREAM), kinds);
        assertTrue(FunctionIndex.load(LOADER).isEmpty(), "no HTTP functions");
    }

    @Test
    void thumbnailsWantsCreationsOnly() {
        EventFunction thumbnails = FunctionIndex.loadEvents(LOADER).stream()
                .filter(function -> function.name().equals("thumbnails")).findFirst().orElseThrow();
        assertEquals(Set.of(StorageEvent.Kind.CREATED), thumbnails.storageEvents());
    }

    @Test
    void manifestNamesEachFunctionsCloudResources() throws Exception {
        JsonNode functions;
        try (InputStream in = LOADER.getResourceAsStream("META-INF/portablefn/functions.json")) {
            functions = Json.mapper().readTree(in).path("functions");
        }
        Map<String, JsonNode> triggers = new TreeMap<>();
        functions.forEach(function -> triggers.put(function.path("name").asText(), function.path("trigger")));

        assertEquals("orders", triggers.get("place-order").path("queue").asText());
        assertEquals("STORAGE_QUEUE", triggers.get("place-order").path("azureService").asText());
        assertEquals("order-events", triggers.get("order-audit").path("topic").asText());
        assertEquals("order-audit", triggers.get("order-audit").path("subscription").asText());
        assertEquals("uploads", triggers.get("thumbnails").path("bucket").asText());
        assertEquals("[\"CREATED\"]", triggers.get("thumbnails").path("events").toString());
        Cron cron = Cron.parse("30 2 * * *");
        assertEquals("orders", triggers.get("order-changes").path("table").asText());
        assertEquals("50", triggers.get("order-changes").path("batchSize").asText());
        assertEquals(cron.toEventBridge(), triggers.get("nightly-report").path("eventBridge").asText());
        assertEquals(cron.toNcrontab(), triggers.get("nightly-report").path("ncrontab").asText());
        assertEquals(cron.toUnixCron(), triggers.get("nightly-report").path("unixCron").asText());
        assertEquals("clicks", triggers.get("count-clicks").path("stream").asText());
        assertEquals(4, triggers.get("count-clicks").path("retries").asInt());
    }

    @Test
    void theScheduleFunctionCarriesItsCronSoTheLocalServerFiresIt() {
        assertEquals("30 2 * * *", NightlyReport_PortableFunction.FUNCTION.cron().orElseThrow().expression());
        assertEquals(java.util.Set.of("nightly-report"), io.portablefn.local.LocalServer.declaredSchedules(
                java.util.List.of(NightlyReport_PortableFunction.FUNCTION, PlaceOrder_PortableFunction.FUNCTION)).keySet());
    }
}
