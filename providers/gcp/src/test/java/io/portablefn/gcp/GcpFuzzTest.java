package io.portablefn.gcp;

import static io.portablefn.testkit.fuzz.FuzzJson.anyString;
import static io.portablefn.testkit.fuzz.FuzzJson.anyValue;
import static io.portablefn.testkit.fuzz.FuzzJson.field;
import static io.portablefn.testkit.fuzz.FuzzJson.object;
import static io.portablefn.testkit.fuzz.FuzzJson.oneOf;
import static io.portablefn.testkit.fuzz.FuzzJson.pick;
import static io.portablefn.testkit.fuzz.FuzzJson.string;
import static io.portablefn.testkit.fuzz.FuzzJson.value;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.testkit.fuzz.Fuzz;
import io.portablefn.testkit.fuzz.FuzzJson;
import io.portablefn.testkit.fuzz.FuzzJson.Gen;
import io.portablefn.testkit.gcp.InvokerRequest;
import io.portablefn.testkit.gcp.InvokerResponse;
import java.net.URI;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Any request or CloudEvent the invoker could hand the GCP adapters gives an answer or a clear
 * failure, never an escaped exception or a hang: the HTTP adapter always answers (the function's
 * response or a 400/404/405 problem); the event adapter returns or throws
 * {@link EventFailedException}; the legacy decoder decodes or throws {@link UndecodableEvent}.
 */
class GcpFuzzTest {

    record Greeting(String name, int times) {
    }

    // Hundreds of warnings about the garbage sent on purpose: each must still be one JSON record.
    private final CloudLog log = new CloudLog("fuzz-project");

    private record Request(String method, String path, String query, String contentType, byte[] body) {
        @Override
        public String toString() {
            return method + " " + path + "?" + query + " " + contentType + " " + FuzzJson.show(body);
        }
    }

    @Test
    void theHttpAdapterAlwaysAnswers() {
        GcpHttpAdapter raw = new GcpHttpAdapter(HttpFunction.raw("raw", 30, "/items/{id}",
                EnumSet.of(HttpMethod.GET, HttpMethod.POST), (request, context) -> HttpResponse.ok()
                        .text(request.path() + request.query() + request.cookies() + request.bodyAsString())),
                "30", log.sink);
        GcpHttpAdapter typed = new GcpHttpAdapter(HttpFunction.typed("typed", 30, "/items/{id}",
                EnumSet.of(HttpMethod.POST), (Greeting in, io.portablefn.api.HttpRequest r, io.portablefn.api.Context c) -> in,
                new BodyType<Greeting>() { }), "30", log.sink);
        Fuzz.forAll(GcpFuzzTest::request, Request::toString, input -> {
            for (GcpHttpAdapter adapter : new GcpHttpAdapter[] {raw, typed}) {
                InvokerRequest request = new InvokerRequest(input.method(), input.path(), input.query())
                        .header("content-type", input.contentType()).header("cookie", "a=1; b").body(input.body());
                InvokerResponse response = new InvokerResponse();
                adapter.handle(request, response);
                int status = response.status();
                assertTrue(status == 200 || status == 204 || status == 400 || status == 404 || status == 405,
                        () -> status + " " + response.bodyAsString());
                assertFalse(response.bodyAsString().contains("Exception"), response::bodyAsString);
            }
        });
    }

    @Test
    void theEventAdapterReturnsOrFailsClearly() {
        EventFunction[] functions = {
            EventFunction.typedMessages("q", 30, EventFunction.Kind.QUEUE,
                    (Greeting g, io.portablefn.api.Message m, io.portablefn.api.Context c) -> { }, new BodyType<Greeting>() { }),
            EventFunction.storage("s", 30, EnumSet.allOf(StorageEvent.Kind.class), (e, c) -> { }),
            EventFunction.schedule("t", 30, (e, c) -> { })};
        Fuzz.forAll(GcpFuzzTest::cloudEvent, CloudEvent::toString, event -> {
            for (EventFunction function : functions) {
                try {
                    new GcpEventAdapter(function, "7", log.sink).accept(event);
                } catch (EventFailedException failed) {
                    assertFalse(failed.getMessage().isBlank());
                }
            }
            // Whatever garbage the warnings quote, each record stays one JSON object on one line.
            log.records().forEach(record -> assertTrue(record.get("message").isTextual(), record::toString));
            log.clear();
        });
    }

    @Test
    void theLegacyDecoderDecodesOrRefuses() {
        Gen legacy = object(field("eventId", anyString()), field("timestamp", oneOf("\"2026-01-01T00:00:00Z\"", "\"x\"")),
                field("eventType", oneOf("\"google.pubsub.topic.publish\"", "\"google.storage.object.finalize\"",
                        "\"google.storage.object.delete\"", "\"providers/cloud.pubsub/eventTypes/topic.publish\"",
                        "\"other\"")),
                field("resource", anyValue(1)), field("data", DATA), field("context", anyValue(2)));
        Fuzz.forAll(random -> FuzzJson.utf8(random.nextInt(6) == 0 ? value(random, 3) : legacy.apply(random)),
                FuzzJson::show, json -> {
                    try {
                        GcpLegacyEvents.decode(json);
                    } catch (UndecodableEvent refused) {
                        assertFalse(refused.getMessage().isBlank());
                    }
                });
    }

    private static final Gen MESSAGE = object(field("messageId", anyString()),
            field("data", oneOf("\"aGVsbG8=\"", "\"eyJuYW1lIjoiQWRhIiwidGltZXMiOjJ9\"", "\"not base64!\"", "\"\"")),
            field("attributes", anyValue(1)), field("publishTime", oneOf("\"2026-01-01T00:00:00Z\"", "\"x\"")),
            field("orderingKey", anyString()));

    private static final Gen DATA = object(field("message", MESSAGE), field("subscription", anyString()),
            field("deliveryAttempt", oneOf("1", "0", "-1", "\"2\"", "1e400")),
            field("bucket", anyString()), field("name", oneOf("\"a/b c.txt\"", "\"\"", "\"%zz\"")),
            field("size", oneOf("\"12\"", "12", "\"big\"")), field("etag", anyString()),
            field("contentType", anyString()), field("timeCreated", oneOf("\"2026-01-01T00:00:00Z\"", "\"x\"")),
            field("updated", oneOf("\"2026-01-01T00:00:00Z\"")), field("generation", oneOf("\"1\"", "\"x\"")));

    private static CloudEvent cloudEvent(SplittableRandom random) {
        String type = pick(random, GcpCloudEvents.MESSAGE_PUBLISHED, GcpCloudEvents.OBJECT_FINALIZED,
                GcpCloudEvents.OBJECT_DELETED, GcpCloudEvents.STORAGE_PREFIX + "archived", GcpCloudEvents.JOB_EXECUTED,
                "com.example.other");
        CloudEventBuilder builder = CloudEventBuilder.v1().withId(pick(random, "ce-1", " ", "x" + random.nextInt(9)))
                .withType(type).withSource(URI.create(pick(random, "//pubsub.googleapis.com/projects/p/topics/t",
                        "//storage.googleapis.com/projects/_/buckets/b", "/x")));
        if (random.nextBoolean()) {
            builder.withSubject(pick(random, "objects/a/b c.txt", "objects/", "", string(random)));
        }
        if (random.nextInt(5) != 0) {
            String data = random.nextInt(5) == 0 ? value(random, 3) : DATA.apply(random);
            builder.withDataContentType(pick(random, "application/json", "text/plain")).withData(FuzzJson.utf8(data));
        }
        return builder.build();
    }

    private static Request request(SplittableRandom random) {
        StringBuilder path = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            path.append('/').append(pick(random, "items", "x", "%20", "%2F", "%25", "%E2%82", "%zz", "%", "+", "", ".."));
        }
        byte[] body = switch (random.nextInt(4)) {
            case 0 -> new byte[0];
            case 1 -> FuzzJson.bytes(random, 30);
            default -> FuzzJson.utf8(random.nextBoolean() ? value(random, 2)
                    : object(field("name", anyString()), field("times", oneOf("1", "-1", "1e400"))).apply(random));
        };
        return new Request(pick(random, "GET", "POST", "PUT"), path.toString(),
                random.nextBoolean() ? null : pick(random, "a=1&a=2", "b", "c=%zz", "d=%E2%82", "=", "&&"),
                pick(random, "application/json", "text/plain", "application/octet-stream", ""), body);
    }
}
