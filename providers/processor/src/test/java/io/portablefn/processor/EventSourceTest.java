package io.portablefn.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.portablefn.processor.Sources.compile;
import static io.portablefn.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden definition classes of the event functions, one per kind, and their place in the function index. */
class EventSourceTest {

    private static final Compilation COMPILATION = compile(
            source("test.PlaceOrder", "package test;", "import io.portablefn.api.*;",
                    "@Function(name = \"place-order\")",
                    "@QueueTrigger(queue = \"orders\", azureService = QueueTrigger.AzureService.SERVICE_BUS)",
                    "public class PlaceOrder implements MessageHandler {",
                    "  public void handle(Message message, Context context) {}",
                    "}"),
            source("test.Audit", "package test;", "import io.portablefn.api.*;", "import java.util.List;",
                    "@Function(name = \"audit\", timeoutSeconds = 20)",
                    "@TopicTrigger(topic = \"order-events\")",
                    "public class Audit implements TypedMessageHandler<List<Audit.Order>> {",
                    "  public record Order(String id, int quantity) {}",
                    "  public void handle(List<Order> orders, Message message, Context context) {}",
                    "}"),
            source("test.Thumbnails", "package test;", "import io.portablefn.api.*;",
                    "@Function(name = \"thumbnails\")",
                    "@StorageTrigger(bucket = \"uploads\", events = {StorageEvent.Kind.CREATED, StorageEvent.Kind.DELETED})",
                    "public class Thumbnails implements StorageHandler {",
                    "  public void handle(StorageEvent event, Context context) {}",
                    "}"),
            source("test.NightlyReport", "package test;", "import io.portablefn.api.*;",
                    "@Function(name = \"nightly-report\", timeoutSeconds = 300)",
                    "@ScheduleTrigger(cron = \"30 2 * * *\")",
                    "public class NightlyReport implements ScheduleHandler {",
                    "  public void handle(ScheduleEvent event, Context context) {}",
                    "}"));

    /** Raw queue, typed topic with a generic body, storage with both kinds, schedule. */
    @ParameterizedTest
    @ValueSource(strings = {"PlaceOrder", "Audit", "Thumbnails", "NightlyReport"})
    void definitionIsTheGoldenOne(String function) {
        assertThat(COMPILATION).succeeded();
        assertThat(COMPILATION).generatedSourceFile("test." + function + "_PortableFunction")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/" + function + "_PortableFunction.java"));
    }

    @Test
    void indexListsEventFunctionsLikeHttpOnes() throws IOException {
        var index = COMPILATION.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/services/io.portablefn.runtime.FunctionSource").orElseThrow();
        List<String> entries = index.getCharContent(true).toString().lines()
                .filter(line -> !line.startsWith("#")).toList();
        assertEquals(List.of("test.Audit_PortableFunction", "test.NightlyReport_PortableFunction",
                "test.PlaceOrder_PortableFunction", "test.Thumbnails_PortableFunction"), entries);
    }
}
