package io.portablefn.aws;

import static io.portablefn.testkit.fuzz.FuzzJson.anyString;
import static io.portablefn.testkit.fuzz.FuzzJson.anyValue;
import static io.portablefn.testkit.fuzz.FuzzJson.array;
import static io.portablefn.testkit.fuzz.FuzzJson.field;
import static io.portablefn.testkit.fuzz.FuzzJson.object;
import static io.portablefn.testkit.fuzz.FuzzJson.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portablefn.testkit.fuzz.Fuzz;
import io.portablefn.testkit.fuzz.FuzzJson.Gen;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Any DynamoDB Streams or Kinesis record, plausible or not, decodes or is an
 * {@link UndecodableRecord}: never another exception or a hang, and an item that decodes is
 * always valid JSON ({@link Fuzz} for the tries and seed).
 */
class StreamRecordsFuzzTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Gen NUMBER = oneOf("\"1\"", "\"-0\"", "\"1E+30\"", "\"0.000001\"", "\".5\"", "\"+5\"",
            "\"007\"", "\"5.\"", "\"abc\"", "\"\"", "\"1e999999999\"", "\"NaN\"", "\"-1.5e-7\"", "12");
    private static final Gen BASE64 = oneOf("\"AAEqQQ==\"", "\"\"", "\"test\"", "\"no!\"", "\"AAE\"", "7");

    /** An attribute value of any type, nested up to {@code depth} levels, now and then malformed. */
    private static Gen attribute(int depth) {
        return random -> switch (random.nextInt(depth > 0 ? 13 : 10)) {
            case 0 -> "{\"S\":" + anyString().apply(random) + "}";
            case 1 -> "{\"N\":" + NUMBER.apply(random) + "}";
            case 2 -> "{\"B\":" + BASE64.apply(random) + "}";
            case 3 -> "{\"BOOL\":" + oneOf("true", "false", "\"true\"").apply(random) + "}";
            case 4 -> "{\"NULL\":true}";
            case 5 -> "{\"SS\":" + array(3, anyString()).apply(random) + "}";
            case 6 -> "{\"NS\":" + array(3, NUMBER).apply(random) + "}";
            case 7 -> "{\"BS\":" + array(3, BASE64).apply(random) + "}";
            case 8 -> anyValue(2).apply(random);
            case 9 -> "{\"S\":\"a\",\"N\":\"1\"}";
            case 10 -> "{\"M\":" + item(depth - 1).apply(random) + "}";
            default -> "{\"L\":" + array(3, attribute(depth - 1)).apply(random) + "}";
        };
    }

    /** An item: up to four attributes with names of any kind. */
    private static Gen item(int depth) {
        return random -> {
            StringBuilder item = new StringBuilder("{");
            for (int i = random.nextInt(5); i > 0; i--) {
                item.append(item.length() > 1 ? "," : "").append(anyString().apply(random)).append(':')
                        .append(attribute(depth).apply(random));
            }
            return item.append('}').toString();
        };
    }

    private static final Gen TIME = oneOf("1480642020", "1693997155.0", "1.635734407123456789E9", "-1", "1e999999999",
            "\"2026-01-01T00:00:00Z\"", "null");

    private static final Gen DYNAMODB_RECORD = object(
            field("eventID", anyString()),
            field("eventName", oneOf("\"INSERT\"", "\"MODIFY\"", "\"REMOVE\"", "\"UPSERT\"")),
            field("eventSourceARN", oneOf("\"arn:aws:dynamodb:eu-west-1:1:table/T/stream/x\"", "\"eventsource_arn\"",
                    "\"arn:aws:dynamodb:::table/\"", "\"arn:\"")),
            field("dynamodb", object(
                    field("Keys", item(0)),
                    field("NewImage", item(3)),
                    field("OldImage", item(3)),
                    field("ApproximateCreationDateTime", TIME),
                    field("SequenceNumber", oneOf("\"111\"", "111", "\"\"")))));

    private static final Gen KINESIS_RECORD = object(
            field("eventID", anyString()),
            field("eventSourceARN", oneOf("\"arn:aws:kinesis:eu-west-1:1:stream/s\"", "\"arn:aws:kinesis:EXAMPLE\"")),
            field("kinesis", object(
                    field("partitionKey", anyString()),
                    field("sequenceNumber", oneOf("\"49568167373333333333333333333333333333333333333333333333\"", "1")),
                    field("data", BASE64),
                    field("approximateArrivalTimestamp", TIME))));

    @Test
    void aChangeRecordDecodesOrNamesItsProblem() {
        Fuzz.forAll(DYNAMODB_RECORD, text -> text, text -> {
            DynamoStreamRecord change;
            try {
                change = DynamoStreamRecord.decode(DynamoJsonTest.tree(text));
            } catch (UndecodableRecord problem) {
                assertFalse(problem.getMessage().isBlank());
                return;
            }
            assertValidJson(change.newImage());
            assertValidJson(change.oldImage());
            assertTrue(change.keys() != null && change.sequenceNumber() != null, text);
        });
    }

    @Test
    void aStreamRecordDecodesOrNamesItsProblem() {
        Fuzz.forAll(KINESIS_RECORD, text -> text, text -> {
            try {
                KinesisRecord record = KinesisRecord.decode(DynamoJsonTest.tree(text));
                assertTrue(record.data() != null && record.arrivedAt() != null, text);
            } catch (UndecodableRecord problem) {
                assertFalse(problem.getMessage().isBlank());
            }
        });
    }

    /** An image is one whole JSON object, or absent. */
    private static void assertValidJson(byte[] image) throws IOException {
        if (image != null) {
            JsonNode tree = STRICT.readTree(image);
            assertEquals(true, tree.isObject(), tree::toString);
        }
    }

}
