package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.Json;
import io.portablefn.runtime.PortableFunction;
import io.portablefn.runtime.cron.Cron;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the event endpoint refuses, and the paths it reserves. */
class EventBadInputTest {

    private static final AtomicInteger calls = new AtomicInteger();
    private static LocalServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        List<PortableFunction> functions = List.of(
                HttpFunction.raw("greet", 30, "/{anything}/events/{name}", Set.of(HttpMethod.GET, HttpMethod.POST),
                        (request, context) -> HttpResponse.ok().text("greet")),
                EventFunction.messages("inbox", 30, EventFunction.Kind.QUEUE, (message, context) -> calls.incrementAndGet()),
                EventFunction.storage("thumbnails", 30, Set.of(StorageEvent.Kind.CREATED), (event, context) -> calls.incrementAndGet()),
                EventFunction.schedule("nightly", 30, (event, context) -> calls.incrementAndGet()));
        server = LocalServer.start(0, functions, Map.of());
        client = new Client(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Posts and expects a problem with this status; returns its detail. Nothing may reach a function. */
    private static String refused(int status, String method, String path, String body) throws Exception {
        int before = calls.get();
        var response = client.sendForText(client.request(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("content-type").orElse(""));
        JsonNode problem = Json.mapper().readTree(response.body());
        assertEquals(status, problem.path("status").asInt());
        assertEquals(before, calls.get(), "a refused request reached a function");
        return problem.path("detail").asText();
    }

    private static String badEvent(String function, String body) throws Exception {
        return refused(400, "POST", EventEndpoint.EVENTS + "/" + function, body);
    }

    @Test
    void anUnknownFunctionIs404ListingTheEventFunctions() throws Exception {
        String detail = refused(404, "POST", "/_portablefn/events/outbox", "{}");
        assertTrue(detail.contains("no event function 'outbox'"), detail);
        assertTrue(detail.contains("inbox (queue), thumbnails (storage), nightly (schedule)"), detail);
    }

    @Test
    void anHttpFunctionsNameIs404SayingWhereItIs() throws Exception {
        String detail = refused(404, "POST", "/_portablefn/events/greet", "{}");
        assertTrue(detail.contains("'greet' is an HTTP function"), detail);
    }

    @Test
    void otherReservedPathsAre404NamingTheOnesThatExist() throws Exception {
        assertTrue(refused(404, "GET", "/_portablefn", null).contains("POST /_portablefn/events/{function}"));
        assertTrue(refused(404, "POST", "/_portablefn/events/inbox/x", "{}").contains("GET /_portablefn/events"));
        // Reserved before routing: the HTTP function whose template would match never sees it.
        refused(404, "POST", "/_portablefn/events/", "{}");
    }

    @Test
    void onlyPostTriggersAndOnlyGetLists() throws Exception {
        refused(405, "GET", "/_portablefn/events/inbox", null);
        var response = client.sendForText(client.request("PUT", "/_portablefn/events/inbox", new byte[0]));
        assertEquals(List.of("POST"), response.headers().allValues("allow"));
        assertEquals(List.of("GET"), client.sendForText(client.request("POST", "/_portablefn/events", new byte[0]))
                .headers().allValues("allow"));
    }

    @Test
    void bodiesThatAreNotJsonObjectsAreRefused() throws Exception {
        assertTrue(badEvent("inbox", "{\"body\":").contains("not valid JSON"));
        assertTrue(badEvent("inbox", "").contains("The body is empty"));
        assertTrue(badEvent("inbox", "[1]").contains("must be a JSON object, not an array"));
        assertTrue(badEvent("thumbnails", "\"x\"").contains("must be a JSON object"));
        assertTrue(badEvent("nightly", "null").contains("must be a JSON object"));
    }

    @Test
    void unknownFieldsAreNamedWithTheAllowedOnes() throws Exception {
        String detail = badEvent("inbox", "{\"bdy\":\"x\"}");
        assertTrue(detail.contains("Field 'bdy' is not known here; allowed: " + String.join(", ", EventDecoder.MESSAGE_FIELDS)), detail);
        detail = badEvent("inbox", "{\"messages\":[{\"body\":\"a\"},{\"body\":\"b\",\"attrs\":{}}]}");
        assertTrue(detail.contains("'messages[1].attrs'"), detail);
        assertTrue(badEvent("inbox", "{\"messages\":[{\"body\":\"a\"}],\"body\":\"b\"}").contains("Field 'body' is not known here"));
        assertTrue(badEvent("nightly", "{\"when\":\"now\"}").contains("allowed: id, scheduledTime, pastDue"));
    }

    @Test
    void badValuesNameTheirFieldAndWhatIsAllowedAndNothingOfTheBatchIsDelivered() throws Exception {
        String detail = badEvent("inbox", "{\"messages\":[{\"body\":\"fine\"},{\"bodyBase64\":\"not base64!\"}]}");
        assertTrue(detail.contains("'messages[1].bodyBase64' is not valid base64"), detail);
        assertTrue(badEvent("inbox", "{\"body\":\"a\",\"bodyBase64\":\"YQ==\"}").contains("both set"));
        assertTrue(badEvent("inbox", "{\"body\":\"a\",\"attributes\":{\"x\":{}}}").contains("'attributes.x' must be a string, number or boolean"));
        assertTrue(badEvent("inbox", "{\"body\":\"a\",\"deliveryCount\":0}").contains("'deliveryCount' must be a whole number, 1 or more"));
        assertTrue(badEvent("inbox", "{\"body\":\"a\",\"publishTime\":\"yesterday\"}").contains("'publishTime' is 'yesterday'; allowed: an ISO-8601"));
        assertTrue(badEvent("inbox", "{\"id\":7}").contains("'id' must be a string, not 7"));
        assertTrue(badEvent("inbox", "{\"messages\":[]}").contains("'messages' must be a non-empty array"));
        assertTrue(badEvent("inbox", "{\"messages\":[{\"id\":\"a\"},{\"id\":\"a\"}]}").contains("'messages[1].id' repeats the id 'a'"));
        assertTrue(badEvent("thumbnails", "{\"kind\":\"UPDATED\",\"bucket\":\"b\",\"key\":\"k\"}").contains("'kind' is 'UPDATED'; allowed: CREATED or DELETED"));
        assertTrue(badEvent("thumbnails", "{\"kind\":\"CREATED\",\"key\":\"k\"}").contains("Field 'bucket' is required"));
        assertTrue(badEvent("thumbnails", "{\"kind\":\"CREATED\",\"bucket\":\"b\",\"key\":\"\"}").contains("Field 'key' is required"));
        assertTrue(badEvent("thumbnails", "{\"kind\":\"CREATED\",\"bucket\":\"b\",\"key\":\"k\",\"size\":-1}").contains("'size' must be a whole number of bytes"));
        assertTrue(badEvent("nightly", "{\"pastDue\":\"yes\"}").contains("'pastDue' must be true or false"));
    }

    @Test
    void anEventOfAnotherKindSaysWhatTheFunctionTakesAndWhatToSend() throws Exception {
        String detail = badEvent("inbox", "{\"kind\":\"CREATED\",\"bucket\":\"b\",\"key\":\"k\"}");
        assertTrue(detail.contains("Function 'inbox' takes queue messages, but received a storage event (fields kind, bucket,"
                + " key); check the trigger that invokes it."), detail);
        assertTrue(detail.contains("{\"messages\": [...]}"), detail);
        assertTrue(badEvent("thumbnails", "{\"body\":\"x\"}").contains("takes storage events, but received a message;"));
        assertTrue(badEvent("nightly", "{\"messages\":[]}").contains("takes schedule firings, but received a message;"));
    }

    @Test
    void anHttpFunctionUnderTheReservedPathIsAStartUpErrorNamingIt() {
        for (String path : List.of("/_portablefn", "/_portablefn/events/{name}", "/_portablefn/health")) {
            HttpFunction clash = HttpFunction.raw("clash", 30, path, Set.of(HttpMethod.GET), (request, context) -> HttpResponse.ok().text("x"));
            String message = assertThrows(IllegalArgumentException.class, () -> LocalServer.start(0, List.of(clash))).getMessage();
            assertTrue(message.contains("Function 'clash' has the path " + path), message);
            assertTrue(message.contains("reserved by the local server"), message);
        }
        // Only the literal first segment is reserved: look-alikes are ordinary paths.
        HttpFunction fine = HttpFunction.raw("fine", 30, "/_portablefnx/a", Set.of(HttpMethod.GET), (request, context) -> HttpResponse.ok().text("x"));
        LocalServer.start(0, List.of(fine)).stop();
    }

    @Test
    void aCronForSomethingOtherThanAScheduleFunctionIsRefused() {
        EventFunction queue = EventFunction.messages("inbox", 30, EventFunction.Kind.QUEUE, (message, context) -> { });
        String message = assertThrows(IllegalArgumentException.class,
                () -> LocalServer.start(0, List.of(queue), Map.of("inbox", Cron.parse("@daily")))).getMessage();
        assertTrue(message.contains("'inbox', but it is not a schedule function"), message);
    }

    @Test
    void theReservedPathDoesNotHideOtherPathsFromHttpFunctions() throws Exception {
        var response = client.get("/portablefn/events/x");
        assertEquals("greet", response.body());
        assertFalse(response.body().contains("problem"));
    }
}
