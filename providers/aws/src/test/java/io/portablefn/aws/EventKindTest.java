package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.api.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one detection both adapters share: what Lambda was sent, named when it is the wrong thing. */
class EventKindTest {

    private static final String HTTP_V1 = "{\"httpMethod\":\"GET\",\"path\":\"/\",\"requestContext\":{}}";

    @Test
    void tellsEveryKindApart() {
        Map<String, EventKind> kinds = Map.of(
                HTTP_V1, EventKind.HTTP,
                EventRuns.sqs("m", "b"), EventKind.SQS,
                EventRuns.sns("s", "b", Map.of()), EventKind.SNS,
                EventRuns.records(List.of(EventRuns.s3Record("ObjectCreated:Put", "b", "k", 1L, null, null))), EventKind.S3,
                EventRuns.scheduled("aws.events", "e", "2026-01-01T00:00:00Z"), EventKind.SCHEDULE,
                EventRuns.scheduled("aws.scheduler", "e", "2026-01-01T00:00:00Z"), EventKind.SCHEDULE,
                EventRuns.scheduled("my.app", "e", "2026-01-01T00:00:00Z"), EventKind.OTHER,
                "{\"Records\":[{\"eventSource\":\"aws:kinesis\"}]}", EventKind.KINESIS,
                "{\"Records\":[{\"eventSource\":\"aws:sqs\"},{\"eventSource\":\"aws:s3\"}]}", EventKind.OTHER,
                "{\"hello\":\"world\"}", EventKind.OTHER);
        kinds.forEach((event, kind) -> assertEquals(kind, EventKind.of(Events.parse(event)), event));
        assertEquals(EventKind.OTHER, EventKind.of(null));
        assertEquals(EventKind.DYNAMODB, EventKind.of(Events.parse("{\"Records\":[{\"eventSource\":\"aws:dynamodb\"}]}")));
    }

    @Test
    void namesWhatItIsNot() {
        assertEquals("a Kinesis event (a batch of stream records)",
                EventKind.describe(Events.parse("{\"Records\":[{\"eventSource\":\"aws:kinesis\"}]}")));
        assertEquals("a DynamoDB Streams event (a batch of table changes)",
                EventKind.describe(Events.parse("{\"Records\":[{\"eventSource\":\"aws:dynamodb\"}]}")));
        assertEquals("an event whose records come from several sources", EventKind.describe(
                Events.parse("{\"Records\":[{\"eventSource\":\"aws:sqs\"},{\"eventSource\":\"aws:s3\"}]}")));
        assertEquals("a JSON object of no known AWS event shape", EventKind.describe(Events.parse("{\"a\":1}")));
        assertEquals("input that is not a JSON object", EventKind.describe(null));
    }

    @Test
    void anHttpFunctionAnswersAnotherKindOfEventWithA400NamingIt() {
        AwsHttpAdapter adapter = new AwsHttpAdapter(Events.answering("/", HttpResponse.ok().text("ok")));
        JsonNode answer = Events.run(adapter, EventRuns.sqs("m1", "hello"), null);

        assertEquals(400, answer.get("statusCode").asInt());
        String body = answer.get("body").asText();
        assertTrue(body.contains("the event received is an SQS event (a batch of queue messages), none of these"), body);
        assertTrue(body.contains("Application Load Balancer"), body);
    }
}
