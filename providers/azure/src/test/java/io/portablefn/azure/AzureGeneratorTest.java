package io.portablefn.azure;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.portablefn.processor.PortableFunctionProcessor;
import io.portablefn.processor.spi.ProviderGenerator;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The generated {@code @FunctionName} class, against a golden source. */
class AzureGeneratorTest {

    @Test
    void generatesTheFunctionClass() {
        Compilation compilation = Compiler.javac().withProcessors(new PortableFunctionProcessor()).compile(
                JavaFileObjects.forSourceLines("test.Hello", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"hello\")",
                        "@HttpTrigger(methods = {HttpMethod.GET, HttpMethod.HEAD}, path = \"/hello/{name}\")",
                        "public class Hello implements HttpHandler {",
                        "  public HttpResponse handle(HttpRequest request, Context context) {",
                        "    return HttpResponse.ok().text(\"Hello\");",
                        "  }",
                        "}"));
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.Hello_AzureFunction")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/Hello_AzureFunction.java"));
    }

    @Test
    void isRegisteredForTheProcessor() {
        boolean found = ServiceLoader.load(ProviderGenerator.class).stream()
                .anyMatch(provider -> provider.type() == AzureGenerator.class);
        assertEquals(true, found, "META-INF/services/io.portablefn.processor.spi.ProviderGenerator names AzureGenerator");
        assertEquals("azure", new AzureGenerator().provider());
    }

    @Test
    void routeIsThePathWithoutItsLeadingSlash() {
        assertEquals("orders/{id}/items", AzureGenerator.route("/orders/{id}/items"));
    }

    @Test
    void aGreedyParameterIsAnAspNetCatchAll() {
        assertEquals("files/{*rest}", AzureGenerator.route("/files/{rest+}"));
        assertEquals("{*all}", AzureGenerator.route("/{all+}"));
    }
}
