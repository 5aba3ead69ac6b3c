package io.portablefn.samples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.StreamRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clicks counted, a bot's dropped, and a click without a page stopping its partition there. */
class CountClicksTest {

    private final TestContext test = new TestContext("count-clicks");

    private static StreamRecord record(String sequence, String body) {
        return StreamRecord.builder().partitionKey("user-7").sequence(sequence).body(body).build();
    }

    @Test
    void aBatchIsCountedInOrderAndStopsAtAClickWithoutAPage() {
        List<StreamRecord> batch = List.of(
                record("1", "{\"user\":\"user-7\",\"page\":\"/home\"}"),
                record("2", "{\"user\":\"user-7\",\"page\":\"/cart\",\"bot\":true}"),
                record("3", "{\"user\":\"user-7\",\"page\":\"\"}"),
                record("4", "{\"user\":\"user-7\",\"page\":\"/pay\"}"));

        int failed = CountClicks_PortableFunction.FUNCTION.deliverInOrder(batch, test.context());

        assertEquals(2, failed, "record 3 fails, and 4 waits behind it");
        assertEquals("INFO counted /home for user-7 (record user-7/1)", test.lines().get(0));
        assertTrue(test.lines().stream().noneMatch(line -> line.contains("/pay")), test.lines()::toString);
        assertTrue(test.lines().stream().anyMatch(line -> line.startsWith("WARN") && line.contains("bot's click")),
                test.lines()::toString);
    }
}
