package io.portablefn.azure;

import static io.portablefn.testkit.fuzz.FuzzJson.anyString;
import static io.portablefn.testkit.fuzz.FuzzJson.anyValue;
import static io.portablefn.testkit.fuzz.FuzzJson.array;
import static io.portablefn.testkit.fuzz.FuzzJson.field;
import static io.portablefn.testkit.fuzz.FuzzJson.object;
import static io.portablefn.testkit.fuzz.FuzzJson.oneOf;
import static io.portablefn.testkit.fuzz.FuzzJson.pick;
import static io.portablefn.testkit.fuzz.FuzzJson.string;
import static io.portablefn.testkit.fuzz.FuzzJson.value;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.cron.Cron;
import io.portablefn.testkit.azure.WorkerContext;
import io.portablefn.testkit.azure.WorkerRequest;
import io.portablefn.testkit.azure.WorkerResponse;
import io.portablefn.testkit.fuzz.Fuzz;
import io.portablefn.testkit.fuzz.FuzzJson;
import io.portablefn.testkit.fuzz.FuzzJson.Gen;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Any binding values the Azure worker could hand the adapters give an answer or a clear failure,
 * never an escaped exception or a hang: the HTTP adapter always answers (the function's response
 * or a 400/404/405 problem); the event methods return or throw {@link EventFailure}.
 */
class AzureFuzzTest {

    private static final Logger QUIET = quiet();

    record Greeting(String name, int times) {
    }

    private static WorkerContext context() {
        return new WorkerContext("inv-fuzz", "fuzz", QUIET);
    }

    private static Logger quiet() {
        Logger logger = Logger.getLogger("azure-fuzz");
        logger.setUseParentHandlers(false);
        return logger;
    }

    /** What the worker hands the HTTP adapter: a method, a URI the host accepted, headers and a body. */
    private record Request(String method, String url, Map<String, String> headers, String body) {
    }

    @Test
    void theHttpAdapterAlwaysAnswers() {
        AzureHttpAdapter raw = new AzureHttpAdapter(HttpFunction.raw("raw", 30, "/items/{id}",
                EnumSet.of(HttpMethod.GET, HttpMethod.POST), (request, context) -> HttpResponse.ok()
                        .text(request.path() + request.query().toString() + request.cookies() + request.bodyAsString())));
        AzureHttpAdapter typed = new AzureHttpAdapter(HttpFunction.typed("typed", 30, "/items/{id}",
                EnumSet.of(HttpMethod.POST), (Greeting in, io.portablefn.api.HttpRequest r, io.portablefn.api.Context c) -> in,
                new BodyType<Greeting>() { }));
        Fuzz.forAll(AzureFuzzTest::request, Request::toString, input -> {
            for (AzureHttpAdapter adapter : new AzureHttpAdapter[] {raw, typed}) {
                WorkerResponse response = (WorkerResponse) adapter.handle(new WorkerRequest<>(input.method(),
                        input.url(), input.headers(), Map.of(), Optional.ofNullable(input.body())), context());
                int status = response.getStatusCode();
                assertTrue(status == 200 || status == 204 || status == 400 || status == 404 || status == 405,
                        () -> status + " " + response.getBody());
                assertFalse(String.valueOf(response.getBody()).contains("Exception"));
            }
        });
    }

    @Test
    void theQueueAndServiceBusMethodsReturnOrFailClearly() {
        AzureEventAdapter queue = new AzureEventAdapter(EventFunction.typedMessages("fuzz", 30, EventFunction.Kind.QUEUE,
                (Greeting g, io.portablefn.api.Message m, io.portablefn.api.Context c) -> { }, new BodyType<Greeting>() { }));
        Fuzz.forAll(AzureFuzzTest::metadata, Object::toString, values -> {
            try {
                queue.storageQueue(FuzzJson.utf8(values.get("body")), values.get("Id"), values.get("DequeueCount"),
                        values.get("InsertionTime"), context());
            } catch (EventFailure failed) {
                assertFalse(failed.getMessage().isBlank());
            }
            try {
                queue.serviceBus(FuzzJson.utf8(values.get("body")), values.get("Id"), values.get("DequeueCount"),
                        values.get("InsertionTime"), values.get("UserProperties"), context());
            } catch (EventFailure failed) {
                assertFalse(failed.getMessage().isBlank());
            }
        });
    }

    @Test
    void theEventGridAndTimerMethodsReturnOrFailClearly() {
        AzureEventAdapter storage = new AzureEventAdapter(EventFunction.storage("fuzz", 30,
                EnumSet.allOf(StorageEvent.Kind.class), (event, context) -> { }));
        AzureEventAdapter timer = new AzureEventAdapter(EventFunction.schedule("fuzz", 30, (event, context) -> { }),
                Cron.parse("30 2 * * MON-FRI"), Clock.systemUTC());
        Fuzz.forAll(AzureFuzzTest::eventGridOrTimer, text -> text, text -> {
            try {
                storage.eventGrid(text, context());
            } catch (EventFailure failed) {
                assertFalse(failed.getMessage().isBlank());
            }
            try {
                timer.timer(text, context());
            } catch (EventFailure failed) {
                assertFalse(failed.getMessage().isBlank());
            }
        });
    }

    private static final String[] SEGMENTS = {"items", "api", "x", "%20", "%2F", "%25", "%E2%82", "%C3%A9", "+", "a;b",
        "", "..", "%00", "%FF"};

    private static Request request(SplittableRandom random) {
        StringBuilder path = new StringBuilder("https://app.net");
        for (int i = random.nextInt(5); i > 0; i--) {
            path.append('/').append(pick(random, SEGMENTS));
        }
        if (random.nextBoolean()) {
            path.append('?').append(pick(random, "a=1&a=2", "b", "=x", "c=%zz", "d=%E2%82", "e=+%2B", "&&"));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            headers.put(pick(random, "content-type", "cookie", "accept", "x-" + i), string(random));
        }
        String body = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> string(random);
            default -> OBJECT_BODY.apply(random);
        };
        return new Request(pick(random, "GET", "POST", "PUT"), path.toString(), headers, body);
    }

    private static final Gen OBJECT_BODY = object(field("name", anyString()), field("times", oneOf("1", "-1", "1e400")));

    private static Map<String, String> metadata(SplittableRandom random) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("body", random.nextBoolean() ? OBJECT_BODY.apply(random) : value(random, 2));
        values.put("Id", random.nextInt(8) == 0 ? null : pick(random, "m-1", "\"m-1\"", "", " ", string(random)));
        values.put("DequeueCount", pick(random, "1", "0", "-3", "abc", "1e400", "99999999999999999999", null, "\"2\""));
        values.put("InsertionTime", pick(random, "\"2025-01-02T03:04:05.1234567+00:00\"", "\"yesterday\"", null, "42",
                "2025-01-02T03:04:05Z", "\"2025-01-02T03:04:05.5\""));
        values.put("UserProperties", random.nextBoolean() ? value(random, 2) : pick(random, "{}", "[1]", "{\"a\":null}"));
        return values;
    }

    private static final Gen EVENT_GRID = object(
            field("id", anyString()),
            field("eventType", oneOf("\"Microsoft.Storage.BlobCreated\"", "\"Microsoft.Storage.BlobDeleted\"",
                    "\"Microsoft.Storage.BlobTierChanged\"", "\"Other.Thing\"")),
            field("type", oneOf("\"Microsoft.Storage.BlobCreated\"")),
            field("subject", oneOf("\"/blobServices/default/containers/c/blobs/a b\"", "\"/x\"", "\"\"")),
            field("eventTime", oneOf("\"2025-03-04T05:06:07.1234567Z\"", "\"later\"")),
            field("time", oneOf("\"2025-03-04T05:06:07Z\"")),
            field("data", object(field("url", oneOf("\"https://a.blob.core.windows.net/c/a%20b\"", "\"https://x\"",
                    "\"%zz\"", "\"\"")), field("contentLength", oneOf("1", "-1", "\"big\"")),
                    field("eTag", anyString()), field("contentType", anyString()))));

    private static final Gen TIMER_INFO = object(
            field("IsPastDue", oneOf("true", "false", "\"yes\"")),
            field("ScheduleStatus", object(field("Next", oneOf("\"2025-01-07T02:30:00+00:00\"", "\"soon\"")),
                    field("Last", oneOf("\"0001-01-01T00:00:00\"")))),
            field("Schedule", anyValue(1)));

    private static String eventGridOrTimer(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> array(3, EVENT_GRID).apply(random);
            case 1 -> TIMER_INFO.apply(random);
            case 2 -> value(random, 3);
            default -> EVENT_GRID.apply(random);
        };
    }
}
