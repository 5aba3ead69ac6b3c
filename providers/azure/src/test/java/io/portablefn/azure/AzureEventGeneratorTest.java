package io.portablefn.azure;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.portablefn.processor.PortableFunctionProcessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated {@code @FunctionName} class of each event trigger kind, against a golden source
 * in src/test/resources/golden: the trigger annotation (which becomes function.json), the
 * {@code @BindingName} metadata, and the one-line delegation to {@link AzureEventAdapter}.
 */
class AzureEventGeneratorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "StorageQueue   | @QueueTrigger(queue = \"orders\")                                        | MessageHandler  | Message message",
        "ServiceBus     | @QueueTrigger(queue = \"orders\", azureService = QueueTrigger.AzureService.SERVICE_BUS) | MessageHandler | Message message",
        "Topic          | @TopicTrigger(topic = \"order-events\", subscription = \"audit\")       | MessageHandler  | Message message",
        "Thumbnails     | @StorageTrigger(bucket = \"uploads\", events = {StorageEvent.Kind.CREATED, StorageEvent.Kind.DELETED}) | StorageHandler | StorageEvent event",
        "Nightly        | @ScheduleTrigger(cron = \"30 2 * * MON-FRI\")                             | ScheduleHandler | ScheduleEvent event",
        "AuditOrders    | @ChangeTrigger(table = \"orders\", batchSize = 50) | ChangeHandler<java.util.Map<String, Object>> | Change<java.util.Map<String, Object>> change",
    })
    void generatesTheFunctionClass(String name, String trigger, String handler, String parameter) {
        Compilation compilation = Compiler.javac().withProcessors(new PortableFunctionProcessor()).compile(
                JavaFileObjects.forSourceLines("test." + name, "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"" + name.toLowerCase(java.util.Locale.ROOT) + "\")",
                        trigger,
                        "public class " + name + " implements " + handler + " {",
                        "  public void handle(" + parameter + ", Context context) {",
                        "  }",
                        "}"));
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test." + name + "_AzureFunction")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/" + name + "_AzureFunction.java"));
    }
}
