package io.portablefn.gcp;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.portablefn.processor.PortableFunctionProcessor;
import org.junit.jupiter.api.Test;

/** A stream function's Google entry point is the CloudEventsFunction every event function gets. */
class GcpStreamGeneratorTest {

    @Test
    void aStreamFunctionTakesCloudEventsThroughTheEventAdapter() {
        Compilation compilation = Compiler.javac().withProcessors(new PortableFunctionProcessor()).compile(
                JavaFileObjects.forSourceLines("test.Clicks", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"clicks\")",
                        "@StreamTrigger(stream = \"clicks\")",
                        "public class Clicks implements StreamHandler {",
                        "  public void handle(StreamRecord record, Context context) {}",
                        "}"));
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.Clicks_GcpFunction").contentsAsUtf8String()
                .contains("public final class Clicks_GcpFunction implements CloudEventsFunction");
        assertThat(compilation).generatedSourceFile("test.Clicks_GcpFunction").contentsAsUtf8String()
                .contains("ADAPTER.accept(event);");
    }
}
