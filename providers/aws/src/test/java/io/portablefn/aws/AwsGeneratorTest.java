package io.portablefn.aws;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.portablefn.processor.PortableFunctionProcessor;
import io.portablefn.processor.spi.ProviderGenerator;
import java.util.ServiceLoader;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AwsGeneratorTest {

    private static final JavaFileObject GREET = JavaFileObjects.forSourceLines("com.acme.Greet",
            "package com.acme;",
            "",
            "import io.portablefn.api.*;",
            "",
            "@Function(name = \"greet\")",
            "@HttpTrigger(methods = HttpMethod.GET, path = \"/greet\")",
            "public class Greet implements HttpHandler {",
            "    @Override",
            "    public HttpResponse handle(HttpRequest request, Context context) {",
            "        return HttpResponse.ok().text(\"Hello\");",
            "    }",
            "}");

    @Test
    void generatesAThinRequestStreamHandler() {
        Compilation compilation = javac().withProcessors(new PortableFunctionProcessor()).compile(GREET);
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("com.acme.Greet_AwsHandler")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/Greet_AwsHandler.java"));
    }

    private static final JavaFileObject PLACE_ORDER = JavaFileObjects.forSourceLines("com.acme.PlaceOrder",
            "package com.acme;",
            "",
            "import io.portablefn.api.*;",
            "",
            "@Function(name = \"place-order\")",
            "@QueueTrigger(queue = \"orders\")",
            "public class PlaceOrder implements MessageHandler {",
            "    @Override",
            "    public void handle(Message message, Context context) {",
            "    }",
            "}");

    @Test
    void generatesAThinRequestStreamHandlerForAnEventFunction() {
        Compilation compilation = javac().withProcessors(new PortableFunctionProcessor()).compile(PLACE_ORDER);
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("com.acme.PlaceOrder_AwsHandler")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/PlaceOrder_AwsHandler.java"));
    }

    @Test
    void isRegisteredForProviderAws() {
        ProviderGenerator found = ServiceLoader.load(ProviderGenerator.class).findFirst().orElseThrow();
        assertEquals(AwsGenerator.class, found.getClass());
        assertEquals("aws", found.provider());
    }
}
