package io.portablefn.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.portablefn.processor.Sources.compile;
import static io.portablefn.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The manifest build tools read: every function, its trigger and the entry point each generator wrote. */
class FunctionManifestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsEveryFunctionByNameWithItsTriggerTimeoutAndEntryPoints() throws Exception {
        Compilation compilation = compile(
                source("test.Hello", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"hello\")",
                        "@HttpTrigger(methods = {HttpMethod.GET, HttpMethod.HEAD}, path = \"/hello/{name}\")",
                        "public class Hello implements HttpHandler {",
                        "  public HttpResponse handle(HttpRequest request, Context context) { return HttpResponse.ok().text(\"hi\"); }",
                        "}"),
                source("test.Outer", "package test;", "import io.portablefn.api.*;",
                        "public class Outer {",
                        "  @Function(name = \"get-order\", timeoutSeconds = 30)",
                        "  @HttpTrigger(path = \"/orders/{id}\")",
                        "  public static class Inner implements HttpHandler {",
                        "    public HttpResponse handle(HttpRequest request, Context context) { return HttpResponse.ok().text(\"hi\"); }",
                        "  }",
                        "}"));
        assertThat(compilation).succeeded();
        String written = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, FunctionManifestWriter.MANIFEST)
                .orElseThrow().getCharContent(true).toString();

        JsonNode expected = JSON.readTree("""
                {"version": 1, "functions": [
                  {"name": "get-order", "class": "test.Outer.Inner", "timeoutSeconds": 30,
                   "trigger": {"type": "http", "methods": ["GET"], "path": "/orders/{id}"},
                   "entryPoints": {"test-entry": "test.Outer_Inner_TestEntry"}},
                  {"name": "hello", "class": "test.Hello", "timeoutSeconds": 60,
                   "trigger": {"type": "http", "methods": ["GET", "HEAD"], "path": "/hello/{name}"},
                   "entryPoints": {"test-entry": "test.Hello_TestEntry"}}
                ]}
                """);
        assertEquals(expected, JSON.readTree(written), written);
    }
}
