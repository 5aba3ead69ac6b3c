package io.portablefn.gcp;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.portablefn.processor.PortableFunctionProcessor;
import org.junit.jupiter.api.Test;

/** The generated entry point, compiled by the real processor, against a golden source. */
class GcpGeneratorTest {

    private static final Compilation COMPILATION = Compiler.javac()
            .withProcessors(new PortableFunctionProcessor())
            .compile(JavaFileObjects.forSourceLines("test.Hello",
                    "package test;",
                    "import io.portablefn.api.*;",
                    "@Function(name = \"hello\")",
                    "@HttpTrigger(methods = HttpMethod.GET, path = \"/hello/{name}\")",
                    "public class Hello implements HttpHandler {",
                    "  public HttpResponse handle(HttpRequest request, Context context) {",
                    "    return HttpResponse.ok().text(\"Hello\");",
                    "  }",
                    "}"));

    private static final Compilation EVENTS = Compiler.javac()
            .withProcessors(new PortableFunctionProcessor())
            .compile(JavaFileObjects.forSourceLines("test.Orders",
                    "package test;",
                    "import io.portablefn.api.*;",
                    "@Function(name = \"orders\")",
                    "@QueueTrigger(queue = \"orders\")",
                    "public class Orders implements MessageHandler {",
                    "  public void handle(Message message, Context context) {",
                    "  }",
                    "}"));

    @Test
    void generatesAThinGoogleHttpFunction() {
        assertThat(COMPILATION).succeeded();
        assertThat(COMPILATION).generatedSourceFile("test.Hello_GcpFunction")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/Hello_GcpFunction.java"));
    }

    @Test
    void generatesAThinCloudEventsFunctionForAnEventFunction() {
        assertThat(EVENTS).succeeded();
        assertThat(EVENTS).generatedSourceFile("test.Orders_GcpFunction")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/Orders_GcpFunction.java"));
    }

    @Test
    void typeNamesWrittenAsStringsMatchTheRealClasses() {
        assertEquals(com.google.cloud.functions.HttpFunction.class.getName(),
                GcpGenerator.GCF_HTTP_FUNCTION.canonicalName());
        assertEquals(com.google.cloud.functions.HttpRequest.class.getName(),
                GcpGenerator.GCF_HTTP_REQUEST.canonicalName());
        assertEquals(com.google.cloud.functions.HttpResponse.class.getName(),
                GcpGenerator.GCF_HTTP_RESPONSE.canonicalName());
        assertEquals(GcpHttpAdapter.class.getName(), GcpGenerator.ADAPTER.canonicalName());
        assertEquals(com.google.cloud.functions.CloudEventsFunction.class.getName(),
                GcpGenerator.GCF_CLOUD_EVENTS_FUNCTION.canonicalName());
        assertEquals(io.cloudevents.CloudEvent.class.getName(), GcpGenerator.CLOUD_EVENT.canonicalName());
        assertEquals(GcpEventAdapter.class.getName(), GcpGenerator.EVENT_ADAPTER.canonicalName());
    }
}
