package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.Change;
import io.portablefn.api.DropEventException;
import io.portablefn.api.StreamRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link EventFunction#deliverInOrder}: change and stream batches stop at the first failure,
 * and items are bound by the body contract before the handler runs.
 */
class EventFunctionInOrderTest {

    public record Order(String id, int quantity) {
    }

    private final List<String> handled = new ArrayList<>();
    private final TestContexts.RecordingLogger logger = new TestContexts.RecordingLogger();

    private EventFunction streams() {
        return EventFunction.streams("clicks", 30, (record, context) -> {
            handled.add(record.sequence());
            switch (record.bodyAsString()) {
                case "fail" -> throw new IllegalStateException("poison");
                case "drop" -> throw new DropEventException("not wanted");
                default -> { }
            }
        });
    }

    private static StreamRecord record(String sequence, String body) {
        return StreamRecord.builder().partitionKey("p").sequence(sequence).body(body).build();
    }

    @Test
    void theFirstFailureStopsTheBatch() {
        List<StreamRecord> batch = List.of(record("1", "ok"), record("2", "drop"), record("3", "fail"),
                record("4", "ok"), record("5", "ok"));

        int failed = streams().deliverInOrder(batch, TestContexts.context(logger));

        assertEquals(2, failed, "the index of record 3");
        assertEquals(List.of("1", "2", "3"), handled, "4 and 5 never reach the handler");
        assertTrue(logger.lines.stream().anyMatch(line -> line.startsWith("2 later items of the batch not handed to"
                + " function 'clicks'") && line.contains("Stream record 3 (partition key p) failed")),
                logger.lines::toString);
    }

    @Test
    void aBatchWithoutFailuresAnswersMinusOne() {
        assertEquals(-1, streams().deliverInOrder(List.of(record("1", "ok"), record("2", "drop")),
                TestContexts.context(logger)));
        assertEquals(List.of("1", "2"), handled);
    }

    @Test
    void changeItemsAreBoundByTheBodyContract() {
        List<Change<Order>> seen = new ArrayList<>();
        EventFunction function = EventFunction.changes("audit", 30, (change, context) -> seen.add(change),
                new BodyType<Order>() { });
        Change<byte[]> update = Change.<byte[]>builder().kind(Change.Kind.UPDATED).key("id", "o-1")
                .newItem(json("{\"id\":\"o-1\",\"quantity\":3}")).oldItem(json("{\"id\":\"o-1\",\"quantity\":2}"))
                .position("7").build();
        Change<byte[]> unfit = Change.<byte[]>builder().kind(Change.Kind.CREATED).key("id", "o-2")
                .newItem(json("{\"id\":\"o-2\",\"quantity\":\"many\"}")).position("8").build();

        int failed = function.deliverInOrder(List.of(update, unfit), TestContexts.context(logger));

        assertEquals(1, failed, "the unfit item fails its change");
        assertEquals(1, seen.size());
        Change<Order> bound = seen.get(0);
        assertEquals(new Order("o-1", 3), bound.newItem().orElseThrow());
        assertEquals(new Order("o-1", 2), bound.oldItem().orElseThrow());
        assertEquals(Map.of("id", "o-1"), bound.key());
        assertEquals("7", bound.position());
        assertTrue(logger.lines.stream().anyMatch(line -> line.startsWith("Change CREATED of {id=o-2} at 8 cannot be"
                + " handled by function 'audit'") && line.contains("new item")), logger.lines::toString);
    }

    @Test
    void aChangeFunctionRefusesStreamRecords() {
        EventFunction function = EventFunction.changes("audit", 30, (change, context) -> { },
                new BodyType<Order>() { });
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> function.deliverInOrder(List.of(record("1", "ok")), TestContexts.context(logger)));
        assertEquals("Function 'audit' takes table changes, but received a stream record; check the trigger that"
                + " invokes it.", wrong.getMessage());
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
