package io.portablefn.azure;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.portablefn.processor.PortableFunctionProcessor;
import org.junit.jupiter.api.Test;

/**
 * The generated class of a stream function against its golden source: the Event Hubs trigger of
 * cardinality many with binary bodies, the metadata, the poison queue output and the retry policy
 * from {@code retries} (Microsoft's plugin turns these into function.json).
 */
class AzureStreamGeneratorTest {

    @Test
    void generatesTheEventHubsMethod() {
        Compilation compilation = Compiler.javac().withProcessors(new PortableFunctionProcessor()).compile(
                JavaFileObjects.forSourceLines("test.Clicks", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"clicks\")",
                        "@StreamTrigger(stream = \"clicks\", retries = 7)",
                        "public class Clicks implements StreamHandler {",
                        "  public void handle(StreamRecord record, Context context) {",
                        "  }",
                        "}"));
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.Clicks_AzureFunction")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/Clicks_AzureFunction.java"));
    }
}
