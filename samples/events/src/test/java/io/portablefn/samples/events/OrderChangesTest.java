package io.portablefn.samples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portablefn.api.Change;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One ledger line per change, with the reservation delta the change implies. */
class OrderChangesTest {

    private final TestContext test = new TestContext("order-changes");

    private static Change.Builder<Order> change(Change.Kind kind, String position) {
        return Change.<Order>builder().kind(kind).key("id", "o-1").position(position);
    }

    @Test
    void aNewOrderReservesItsQuantity() {
        new OrderChanges().handle(change(Change.Kind.CREATED, "1").newItem(new Order("o-1", "book-42", 2)).build(),
                test.context());
        assertEquals("INFO order o-1 (book-42) at 1: +2 reserved", test.line());
    }

    @Test
    void anUpdateReservesTheDifferenceAndADeletionReleasesAll() {
        new OrderChanges().handle(change(Change.Kind.UPDATED, "2").newItem(new Order("o-1", "book-42", 1))
                .oldItem(new Order("o-1", "book-42", 3)).build(), test.context());
        new OrderChanges().handle(change(Change.Kind.DELETED, "3").oldItem(new Order("o-1", "book-42", 1)).build(),
                test.context());
        assertEquals(List.of("INFO order o-1 (book-42) at 2: -2 reserved", "INFO order o-1 (book-42) at 3: -1 reserved"),
                test.lines());
    }

    @Test
    void withoutAnOldItemTheNewQuantityIsGiven() {
        new OrderChanges().handle(change(Change.Kind.WRITTEN, "4").newItem(new Order("o-1", "book-42", 3)).build(),
                test.context());
        assertEquals("INFO order o-1 (book-42) at 4: 3 reserved now", test.line());
    }

    @Test
    void theDefinitionBindsPlainJsonItemsAndKeepsTheBatchOrder() {
        Change<byte[]> first = Change.<byte[]>builder().kind(Change.Kind.CREATED).key("id", "o-7").position("10")
                .newItem("{\"id\":\"o-7\",\"sku\":\"pen\",\"quantity\":5}".getBytes(StandardCharsets.UTF_8)).build();
        Change<byte[]> unfit = Change.<byte[]>builder().kind(Change.Kind.CREATED).key("id", "o-8").position("11")
                .newItem("{\"id\":\"o-8\",\"sku\":\"pen\",\"quantity\":\"many\"}".getBytes(StandardCharsets.UTF_8))
                .build();
        assertEquals(1, OrderChanges_PortableFunction.FUNCTION.deliverInOrder(List.of(first, unfit), test.context()),
                "the unbindable second change stops the batch");
        assertEquals("INFO order o-7 (pen) at 10: +5 reserved", test.lines().get(0));
        assertEquals(2, test.lines().size(), "the second line says why o-8 failed: " + test.lines());
    }
}
