package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.EventFunction;
import io.portablefn.testkit.aws.FakeLambdaContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event a function does not take is logged once, as a warning, with its kind and top-level
 * keys, never its values, by the HTTP adapter and by the event adapter alike.
 */
class UnrecognisedEventsTest {

    private static final String SECRET = "card-4111111111111111";

    private final List<String> log = new ArrayList<>();
    private final FakeLambdaContext lambda = new FakeLambdaContext("req-1", "fn", Duration.ofSeconds(30), log::add);

    private JsonNode toHttpFunction(String event) {
        return Events.run(new AwsHttpAdapter(Events.answering("/", HttpResponse.ok().text("hi"))), event, lambda);
    }

    private List<String> warnings() {
        return LogLines.unnamed(log).stream().filter(line -> line.startsWith("WARN")).toList();
    }

    @Test
    void anSqsBatchSentToAnHttpFunctionIsAnswered400AndWarnedOnceByShape() {
        JsonNode answer = toHttpFunction(EventRuns.sqs("m-1", SECRET));

        assertEquals(400, answer.path("statusCode").asInt());
        assertEquals(List.of("WARN Function 'test-fn' takes HTTP requests, but received an SQS event (a batch of queue"
                + " messages); top-level keys: Records; answered 400. Check the trigger that invokes it."), warnings());
        assertFalse(String.join("\n", log).contains(SECRET), log::toString);
    }

    @Test
    void garbageSentToAnHttpFunctionIsWarnedAsNotAnObject() {
        toHttpFunction("\u0000\u0001 not json " + SECRET);

        assertEquals(1, warnings().size(), log::toString);
        assertEquals("WARN Function 'test-fn' takes HTTP requests, but received input that is not a JSON object;"
                + " answered 400. Check the trigger that invokes it.", warnings().get(0));
    }

    @Test
    void keysAreShownSafelyAndAtMostTwelve() {
        StringBuilder event = new StringBuilder("{\"line\\r\\nbreak\":1,\"" + "k".repeat(100) + "\":2");
        for (int i = 0; i < 20; i++) {
            event.append(",\"f").append(i).append("\":\"").append(SECRET).append('"');
        }
        toHttpFunction(event.append('}').toString());

        String warning = warnings().get(0);
        assertEquals(true, warning.contains("top-level keys: line??break, " + "k".repeat(40) + "..., f0, "), warning);
        assertEquals(true, warning.contains(", f9 and 10 more;"), warning);
        assertFalse(warning.contains(SECRET) || warning.contains("\n"), warning);
    }

    @Test
    void anHttpRequestSentToAQueueFunctionIsWarnedOnceAndFailsTheInvocation() {
        EventFunction queue = EventFunction.messages("orders", 30, EventFunction.Kind.QUEUE, (message, context) -> { });
        String http = "{\"version\":\"2.0\",\"rawPath\":\"/\",\"body\":\"" + SECRET + "\",\"requestContext\":"
                + "{\"http\":{\"method\":\"POST\"}}}";
        EventRuns.Run run = EventRuns.run(queue, http);

        assertNotNull(run.error());
        List<String> warnings = run.log().stream().filter(line -> line.startsWith("WARN")).toList();
        assertEquals(1, warnings.size(), run.log()::toString);
        assertEquals(true, warnings.get(0).contains("takes queue messages, but received an HTTP request")
                && warnings.get(0).contains("top-level keys: version, rawPath, body, requestContext"), warnings::toString);
        assertFalse(String.join("\n", run.log()).contains(SECRET));
    }
}
