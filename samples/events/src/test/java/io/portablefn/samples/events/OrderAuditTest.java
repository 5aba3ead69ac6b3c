package io.portablefn.samples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portablefn.api.Message;
import io.portablefn.runtime.EventOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One audit line per message, with its attributes in name order. */
class OrderAuditTest {

    private final TestContext test = new TestContext("order-audit");

    @Test
    void logsIdSizePublishTimeAndAttributesSortedByName() throws Exception {
        Message message = Message.builder().id("m-1").body("{\"id\":\"o-1\",\"status\":\"shipped\"}")
                .attribute("tenant", "acme").attribute("status", "shipped")
                .publishTime(Instant.parse("2026-01-05T10:15:30Z"))
                .build();
        new OrderAudit().handle(message, test.context());
        assertEquals("INFO order event m-1: 31 bytes, published 2026-01-05T10:15:30Z,"
                + " attributes {status=shipped, tenant=acme}", test.line());
    }

    @Test
    void saysWhenThereAreNoAttributes() throws Exception {
        // Azure Storage queues and many SNS messages carry none.
        new OrderAudit().handle(Message.builder().id("m-2").body("hello").build(), test.context());
        assertEquals("INFO order event m-2: 5 bytes, no attributes", test.line());
    }

    @Test
    void everyMessageIsAcknowledged() {
        Message binary = Message.builder().id("m-3").body(new byte[] {(byte) 0xff, 0, 1}).build();
        assertEquals(EventOutcome.ACKNOWLEDGED, OrderAudit_PortableFunction.FUNCTION.deliver(binary, test.context()));
        assertEquals("INFO order event m-3: 3 bytes, no attributes", test.line());
    }
}
