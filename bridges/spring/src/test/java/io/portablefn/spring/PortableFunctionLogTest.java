package io.portablefn.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** Under Spring a failure is one java.util.logging record naming the function, invocation and trace. */
class PortableFunctionLogTest {

    private final Logger logger = Logger.getLogger("io.portablefn.function.failing");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override public void publish(LogRecord record) { records.add(record); }
        @Override public void flush() { }
        @Override public void close() { }
    };

    @AfterEach
    void stop() {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
    }

    @Test
    void aFailureIsOneSevereRecordWithTheInvocationsNamesAndTheThrowable() {
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
        IllegalStateException boom = new IllegalStateException("boom");
        PortableFunctionBean bean = new PortableFunctionBean(io.portablefn.runtime.HttpFunction.raw("failing", 30,
                "/", EnumSet.of(HttpMethod.GET), (request, context) -> {
                    throw boom;
                }));
        Message<byte[]> message = MessageBuilder.withPayload(new byte[0]).build();

        Message<byte[]> response = bean.apply(message);

        assertEquals(500, response.getHeaders().get("statusCode"));
        assertEquals(1, records.size());
        LogRecord record = records.get(0);
        assertEquals(Level.SEVERE, record.getLevel());
        assertTrue(record.getMessage().matches("function=failing invocation=" + message.getHeaders().getId()
                + " trace=[0-9a-f]{32} Function 'failing' failed on GET / .*"), record.getMessage());
        assertSame(boom, record.getThrown());
    }
}
