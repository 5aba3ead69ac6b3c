package io.portablefn.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.portablefn.processor.Sources.compile;
import static io.portablefn.processor.Sources.fails;
import static io.portablefn.processor.Sources.function;
import static io.portablefn.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @StreamTrigger}: its definition class, its manifest entry, and one failing compile per
 * rule (docs/processor.md), each naming its tag, the broken rule and what is allowed.
 */
class StreamTriggerTest {

    private static final String FN = "@Function(name = \"fn\")";
    private static final String RECORDS = "public class Fn implements StreamHandler";
    private static final String RECORD_BODY = "public void handle(StreamRecord record, Context context) {}";

    private static Compilation stream(String attributes) {
        return compile(function(FN + "@StreamTrigger(" + attributes + ")", RECORDS, RECORD_BODY));
    }

    private static Compilation countClicks() {
        return compile(source("test.CountClicks", "package test;", "import io.portablefn.api.*;",
                "@Function(name = \"count-clicks\")",
                "@StreamTrigger(stream = \"clicks\", retries = 9, batchSize = 250)",
                "public class CountClicks implements TypedStreamHandler<CountClicks.Click> {",
                "  public record Click(String user, String page) {}",
                "  public void handle(Click click, StreamRecord record, Context context) {}",
                "}"));
    }

    @Test
    void typedDefinitionIsTheGoldenOne() {
        Compilation compilation = countClicks();
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.CountClicks_PortableFunction")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/CountClicks_PortableFunction.java"));
    }

    @Test
    void rawHandlerIsDefinedWithStreams() throws IOException {
        Compilation compilation = stream("stream = \"clicks\"");
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.Fn_PortableFunction").contentsAsUtf8String()
                .contains("EventFunction.streams(\"fn\", 60, new Fn())");
    }

    @Test
    void manifestCarriesTheStreamAndItsSettings() throws IOException {
        var manifest = countClicks().generatedFile(StandardLocation.CLASS_OUTPUT, FunctionManifestWriter.MANIFEST)
                .orElseThrow();
        JsonNode trigger = new ObjectMapper().readTree(manifest.getCharContent(true).toString())
                .path("functions").get(0).path("trigger");
        assertEquals("{\"type\":\"stream\",\"stream\":\"clicks\",\"retries\":9,\"batchSize\":250}", trigger.toString());
    }

    @Test
    void defaultsAreFourRetriesAndBatchesOfOneHundred() throws IOException {
        var manifest = stream("stream = \"clicks\"").generatedFile(StandardLocation.CLASS_OUTPUT,
                FunctionManifestWriter.MANIFEST).orElseThrow();
        JsonNode trigger = new ObjectMapper().readTree(manifest.getCharContent(true).toString())
                .path("functions").get(0).path("trigger");
        assertEquals(4, trigger.path("retries").asInt());
        assertEquals(100, trigger.path("batchSize").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Clicks", "cl", "1clicks", "clicks-", "click--stream", "click_stream", "goog-clicks"})
    void streamNameOutsideWhatEveryCloudAccepts(String name) {
        fails(stream("stream = \"" + name + "\""), "invalid-stream", "The stream name '" + name + "' on test.Fn is not"
                + " accepted by every cloud");
    }

    @Test
    void streamNameLeavesRoomForThePoisonQueue() {
        assertThat(stream("stream = \"" + "s".repeat(56) + "\"")).succeeded();
        fails(stream("stream = \"" + "s".repeat(57) + "\""), "invalid-stream", "has 57 characters: use at most 56, so"
                + " that the Azure poison queue '<stream>-poison' is a valid Storage queue name");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 3, 100})
    void retriesOutsideWhatPubSubTakes(int retries) {
        fails(stream("stream = \"clicks\", retries = " + retries), "invalid-retries", "@StreamTrigger(retries = "
                + retries + ") on test.Fn is outside 4 to 99: Pub/Sub's dead-letter policy takes 5 to 100 delivery"
                + " attempts");
    }

    @Test
    void retriesAtTheEdgesCompile() {
        assertThat(stream("stream = \"clicks\", retries = 4")).succeeded();
        assertThat(stream("stream = \"clicks\", retries = 99")).succeeded();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 10_001})
    void batchSizeOutsideWhatKinesisTakes(int batchSize) {
        fails(stream("stream = \"clicks\", batchSize = " + batchSize), "invalid-batch-size", "@StreamTrigger(batchSize = "
                + batchSize + ") on test.Fn is outside 1 to 10000: what a Kinesis event source mapping takes");
    }

    @Test
    void aStreamFunctionImplementsAStreamHandler() {
        fails(compile(function(FN + "@StreamTrigger(stream = \"clicks\")", "public class Fn implements MessageHandler",
                "public void handle(Message message, Context context) {}")), "handler",
                "test.Fn has @StreamTrigger but implements MessageHandler (the handler of @QueueTrigger and"
                        + " @TopicTrigger): a @StreamTrigger function implements StreamHandler or TypedStreamHandler");
    }

    @Test
    void bothStreamHandlersAreRefused() {
        fails(compile(function(FN + "@StreamTrigger(stream = \"clicks\")",
                "public class Fn implements StreamHandler, TypedStreamHandler<String>", RECORD_BODY
                        + "public void handle(String body, StreamRecord record, Context context) {}")),
                "handler", "test.Fn implements both StreamHandler and TypedStreamHandler: implement exactly one");
    }

    @Test
    void noStreamHandlerNamesBoth() {
        fails(compile(function(FN + "@StreamTrigger(stream = \"clicks\")", "public class Fn", "")), "handler",
                "implement StreamHandler (the record as it came) or TypedStreamHandler (its JSON body bound to a type,"
                        + " e.g. TypedStreamHandler<Click>)");
    }
}
