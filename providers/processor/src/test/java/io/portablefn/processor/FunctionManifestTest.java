package io.portablefn.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.portablefn.processor.Sources.compile;
import static io.portablefn.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import io.portablefn.runtime.cron.Cron;
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
        String written = manifest(compilation);

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

    @Test
    void statesEachEventTriggerWithItsAttributes() throws Exception {
        Compilation compilation = compile(
                source("test.Orders", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"orders\")",
                        "@QueueTrigger(queue = \"orders\")",
                        "public class Orders implements MessageHandler {",
                        "  public void handle(Message message, Context context) {}",
                        "}"),
                source("test.Payments", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"payments\", timeoutSeconds = 45)",
                        "@QueueTrigger(queue = \"payments\", azureService = QueueTrigger.AzureService.SERVICE_BUS)",
                        "public class Payments implements TypedMessageHandler<String> {",
                        "  public void handle(String body, Message message, Context context) {}",
                        "}"),
                source("test.Audit", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"Audit-Log\")",
                        "@TopicTrigger(topic = \"order-events\")",
                        "public class Audit implements MessageHandler {",
                        "  public void handle(Message message, Context context) {}",
                        "}"),
                source("test.Billing", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"billing\")",
                        "@TopicTrigger(topic = \"order-events\", subscription = \"billing-v2\")",
                        "public class Billing implements MessageHandler {",
                        "  public void handle(Message message, Context context) {}",
                        "}"),
                source("test.Thumbnails", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"thumbnails\")",
                        "@StorageTrigger(bucket = \"uploads\")",
                        "public class Thumbnails implements StorageHandler {",
                        "  public void handle(StorageEvent event, Context context) {}",
                        "}"),
                source("test.Cleanup", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"cleanup\")",
                        "@StorageTrigger(bucket = \"uploads\", events = {StorageEvent.Kind.DELETED,"
                                + " StorageEvent.Kind.CREATED, StorageEvent.Kind.DELETED})",
                        "public class Cleanup implements StorageHandler {",
                        "  public void handle(StorageEvent event, Context context) {}",
                        "}"),
                source("test.Report", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"report\")",
                        "@ScheduleTrigger(cron = \" 30 2 * * MON-FRI \")",
                        "public class Report implements ScheduleHandler {",
                        "  public void handle(ScheduleEvent event, Context context) {}",
                        "}"));
        assertThat(compilation).succeeded();
        JsonNode functions = JSON.readTree(manifest(compilation)).path("functions");

        assertEquals(JSON.readTree("""
                {"type": "queue", "queue": "orders", "azureService": "STORAGE_QUEUE"}"""), trigger(functions, "orders"));
        assertEquals(JSON.readTree("""
                {"type": "queue", "queue": "payments", "azureService": "SERVICE_BUS"}"""), trigger(functions, "payments"));
        // No subscription given: the function's name in lower case, as the clouds' resources need.
        assertEquals(JSON.readTree("""
                {"type": "topic", "topic": "order-events", "subscription": "audit-log"}"""),
                trigger(functions, "Audit-Log"));
        assertEquals(JSON.readTree("""
                {"type": "topic", "topic": "order-events", "subscription": "billing-v2"}"""),
                trigger(functions, "billing"));
        assertEquals(JSON.readTree("""
                {"type": "storage", "bucket": "uploads", "events": ["CREATED"]}"""), trigger(functions, "thumbnails"));
        // Repeats removed, declaration order kept.
        assertEquals(JSON.readTree("""
                {"type": "storage", "bucket": "uploads", "events": ["DELETED", "CREATED"]}"""),
                trigger(functions, "cleanup"));

        Cron cron = Cron.parse("30 2 * * MON-FRI");
        ObjectNode schedule = JSON.createObjectNode().put("type", "schedule").put("cron", "30 2 * * MON-FRI")
                .put("eventBridge", cron.toEventBridge()).put("ncrontab", cron.toNcrontab())
                .put("unixCron", cron.toUnixCron());
        assertEquals(schedule, trigger(functions, "report"));
        assertEquals("cron(30 2 ? * MON-FRI *)", schedule.path("eventBridge").asText());

        JsonNode payments = function(functions, "payments");
        assertEquals(45, payments.path("timeoutSeconds").asInt());
        assertEquals("test.Payments", payments.path("class").asText());
        assertEquals("test.Payments_TestEntry", payments.path("entryPoints").path("test-entry").asText());
    }

    private static String manifest(Compilation compilation) throws Exception {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, FunctionManifestWriter.MANIFEST)
                .orElseThrow().getCharContent(true).toString();
    }

    private static JsonNode function(JsonNode functions, String name) {
        for (JsonNode function : functions) {
            if (function.path("name").asText().equals(name)) {
                return function;
            }
        }
        throw new AssertionError("no function '" + name + "' in " + functions);
    }

    private static JsonNode trigger(JsonNode functions, String name) {
        return function(functions, name).path("trigger");
    }
}
