package io.portablefn.local;

import static io.portablefn.testkit.fuzz.FuzzJson.anyString;
import static io.portablefn.testkit.fuzz.FuzzJson.anyValue;
import static io.portablefn.testkit.fuzz.FuzzJson.array;
import static io.portablefn.testkit.fuzz.FuzzJson.field;
import static io.portablefn.testkit.fuzz.FuzzJson.object;
import static io.portablefn.testkit.fuzz.FuzzJson.oneOf;
import static io.portablefn.testkit.fuzz.FuzzJson.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portablefn.api.HttpException;
import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventFunction;
import io.portablefn.testkit.fuzz.Fuzz;
import io.portablefn.testkit.fuzz.FuzzJson.Gen;
import java.time.Instant;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Any JSON a developer could post to the local server's event endpoint is decoded into the
 * function's event or refused with a 400 naming the problem: never another exception or a hang.
 * (The HTTP side of the local server is fuzzed with its limits, in the local server's own work.)
 */
class EventDecoderFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static final Gen MESSAGE = object(field("id", anyString()), field("body", anyString()),
            field("bodyBase64", oneOf("\"aGk=\"", "\"not base64!\"", "\"\"")), field("attributes", anyValue(1)),
            field("orderingKey", anyString()), field("deliveryCount", oneOf("1", "0", "-1", "\"2\"", "1e400")),
            field("publishTime", oneOf("\"2026-01-01T00:00:00Z\"", "\"x\"")));
    private static final Gen EVENT = random -> switch (random.nextInt(6)) {
        case 0 -> MESSAGE.apply(random);
        case 1 -> "{\"messages\":" + array(4, MESSAGE).apply(random) + "}";
        case 2 -> object(field("id", anyString()), field("kind", oneOf("\"CREATED\"", "\"DELETED\"", "\"created\"")),
                field("bucket", anyString()), field("key", anyString()), field("size", oneOf("1", "-1", "\"big\"")),
                field("etag", anyString()), field("contentType", anyString()),
                field("eventTime", oneOf("\"2026-01-01T00:00:00Z\"", "\"x\"")), field("version", anyString()))
                .apply(random);
        case 3 -> object(field("id", anyString()), field("scheduledTime", oneOf("\"2026-01-01T00:00:00Z\"", "\"x\"")),
                field("pastDue", oneOf("true", "false", "\"yes\""))).apply(random);
        default -> value(random, 3);
    };

    @Test
    void everyPostedEventIsDecodedOrRefusedWith400() {
        EventFunction queue = EventFunction.messages("q", 30, EventFunction.Kind.QUEUE, (m, c) -> { });
        EventFunction storage = EventFunction.storage("s", 30, EnumSet.allOf(StorageEvent.Kind.class), (e, c) -> { });
        EventFunction schedule = EventFunction.schedule("t", 30, (e, c) -> { });
        Fuzz.forAll(EventDecoderFuzzTest::tree, JsonNode::toString, root -> {
            refusedOr400(() -> EventDecoder.messages(queue, root, NOW));
            refusedOr400(() -> EventDecoder.storage(storage, root, NOW));
            refusedOr400(() -> EventDecoder.firing(schedule, root, NOW));
            refusedOr400(() -> EventDecoder.messages(schedule, root, NOW));
        });
    }

    private static JsonNode tree(SplittableRandom random) {
        try {
            return JSON.readTree(EVENT.apply(random));
        } catch (Exception notJson) {
            return JSON.getNodeFactory().textNode("not json"); // the endpoint refuses unparsable bodies before decoding
        }
    }

    private static void refusedOr400(Runnable decode) {
        try {
            decode.run();
        } catch (HttpException refused) {
            assertEquals(400, refused.status(), refused::getMessage);
            assertFalse(refused.getMessage().isBlank());
        }
    }
}
