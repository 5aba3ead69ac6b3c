package io.portablefn.samples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.DropEventException;
import io.portablefn.api.Message;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.EventOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The three fates of an order: placed, dropped, or delivered again until dead-lettered. */
class PlaceOrderTest {

    private final TestContext test = new TestContext("place-order");
    private final PlaceOrder function = new PlaceOrder();

    private static Message message(String id, String body) {
        return Message.builder().id(id).body(body).build();
    }

    @Test
    void placesAGoodOrder() {
        function.handle(new Order("o-1", "book-42", 2), message("m-1", ""), test.context());
        assertEquals("INFO placed order o-1: 2 x book-42", test.line());
    }

    @Test
    void saysWhichDeliveryARetryIs() {
        Message again = Message.builder().id("m-1").deliveryCount(3).build();
        function.handle(new Order("o-1", "book-42", 2), again, test.context());
        assertEquals("INFO placed order o-1: 2 x book-42 (delivery 3)", test.line());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void dropsAnOrderForNothing(int quantity) {
        DropEventException dropped = assertThrows(DropEventException.class,
                () -> function.handle(new Order("o-2", "book-42", quantity), message("m-2", ""), test.context()));
        assertTrue(dropped.getMessage().contains("order o-2 is for " + quantity + " x book-42"), dropped.getMessage());
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL, book-42", "o-3, NULL", "' ', book-42", "o-3, ''"}, nullValues = "NULL")
    void throwsOnAnOrderWithoutIdOrSku(String id, String sku) {
        assertThrows(IllegalArgumentException.class,
                () -> function.handle(new Order(id, sku, 1), message("m-3", ""), test.context()));
    }

    /** Through the definition the clouds call: the JSON body bound, the outcome decided. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\":\"o-1\",\"sku\":\"book-42\",\"quantity\":2}       | ACKNOWLEDGED",
        "{\"id\":\"o-2\",\"sku\":\"book-42\",\"quantity\":0}       | DROPPED",
        "{\"id\":\"o-3\",\"quantity\":1}                           | FAILED",
        "{\"id\":\"o-5\",\"sku\":\"book-42\"}                      | FAILED",
        "{\"id\":\"o-4\",\"sku\":\"book-42\",\"quantity\":\"two\"} | FAILED",
        "not json                                                  | FAILED",
        "''                                                        | FAILED",
    })
    void outcomeOfEachBody(String body, EventOutcome expected) {
        EventFunction definition = PlaceOrder_PortableFunction.FUNCTION;
        assertEquals(expected, definition.deliver(message("m-1", body), test.context()));
    }

    @Test
    void inABatchOnlyThePoisonOrdersAreDeliveredAgain() {
        List<Message> batch = List.of(
                message("m-1", "{\"id\":\"o-1\",\"sku\":\"book-42\",\"quantity\":2}"),
                message("m-2", "{\"id\":\"o-2\",\"quantity\":1}"),
                message("m-3", "{\"id\":\"o-3\",\"sku\":\"pen-7\",\"quantity\":0}"),
                message("m-4", "{\"id\":\"o-4\",\"sku\":\"pen-7\",\"quantity\":10}"),
                message("m-5", "{\"sku\":\"pen-7\",\"quantity\":1}"));
        assertEquals(List.of("m-2", "m-5"), PlaceOrder_PortableFunction.FUNCTION.deliverAll(batch, test.context()));
        assertEquals(2, test.lines().stream().filter(line -> line.startsWith("INFO placed order")).count(),
                test.lines()::toString);
    }
}
