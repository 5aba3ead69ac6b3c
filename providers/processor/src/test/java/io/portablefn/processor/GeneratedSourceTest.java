package io.portablefn.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.portablefn.processor.Sources.compile;
import static io.portablefn.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Golden definition classes and the function index. */
class GeneratedSourceTest {

    private static final Compilation COMPILATION = compile(
            source("test.Hello", "package test;", "import io.portablefn.api.*;",
                    "@Function(name = \"hello\")",
                    "@HttpTrigger(methods = {HttpMethod.GET, HttpMethod.HEAD}, path = \"/hello/{name}\")",
                    "public class Hello implements HttpHandler {",
                    "  public HttpResponse handle(HttpRequest request, Context context) {",
                    "    return HttpResponse.ok().text(\"Hello\");",
                    "  }",
                    "}"),
            source("test.Greet", "package test;", "import io.portablefn.api.*;", "import java.util.List;",
                    "@Function(name = \"greet\", timeoutSeconds = 30)",
                    "@HttpTrigger(methods = HttpMethod.POST, path = \"/greet\")",
                    "public class Greet implements TypedHttpHandler<List<Greet.Name>, Greet.Greeting> {",
                    "  public record Name(String name) {}",
                    "  public record Greeting(String greeting) {}",
                    "  public Greeting handle(List<Name> body, HttpRequest request, Context context) {",
                    "    return new Greeting(\"Hello\");",
                    "  }",
                    "}"));

    @Test
    void rawFunctionDefinition() {
        assertThat(COMPILATION).succeeded();
        assertThat(COMPILATION).generatedSourceFile("test.Hello_PortableFunction")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/Hello_PortableFunction.java"));
    }

    @Test
    void typedFunctionDefinitionCapturesTheGenericBodyType() {
        assertThat(COMPILATION).generatedSourceFile("test.Greet_PortableFunction")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/Greet_PortableFunction.java"));
    }

    @Test
    void indexListsEveryFunction() throws IOException {
        var index = COMPILATION.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/services/io.portablefn.runtime.FunctionSource").orElseThrow();
        List<String> entries = index.getCharContent(true).toString().lines()
                .filter(line -> !line.startsWith("#")).collect(Collectors.toList());
        assertEquals(List.of("test.Greet_PortableFunction", "test.Hello_PortableFunction"), entries);
    }
}
