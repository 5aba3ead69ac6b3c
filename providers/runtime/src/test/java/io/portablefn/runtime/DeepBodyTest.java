package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.portablefn.api.HttpException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body nested deeper than the thread's stack lets databind read is the caller's mistake: a 400
 * that says so, never a StackOverflowError turned into a 500 with a stack trace in the log.
 */
class DeepBodyTest {

    // The Map keeps it off the record fast path, so databind's own recursion is what may overflow.
    record Chain(String label, Chain next, Map<String, String> tags) {
    }

    /** Stands for a body deeper than any stack: every read overflows. */
    static final class Overflowing extends JsonDeserializer<Object> {
        @Override
        public Object deserialize(JsonParser json, DeserializationContext context) {
            throw new StackOverflowError();
        }
    }

    @JsonDeserialize(using = Overflowing.class)
    record Bottomless(String label) {
    }

    @Test
    void anOverflowWhileBindingIsA400() {
        HttpException problem = assertThrows(HttpException.class,
                () -> Json.readBody("{\"label\":\"n\"}".getBytes(StandardCharsets.UTF_8), Bottomless.class));
        assertEquals(400, problem.status());
        assertEquals("The request body is nested too deeply to read.", problem.getMessage());
    }

    @Test
    void aDeepBodyOnASmallStackBindsOrIsA400() throws Exception {
        // 999 levels: within the parser's nesting limit of 1,000, so only the stack can stop it.
        // On JDK 17 a 256 KB stack overflows in databind; other JVMs may fit it. Either answer is
        // right, an escaping StackOverflowError is not.
        String body = "{\"label\":\"n\",\"next\":".repeat(999) + "null" + "}".repeat(999);
        // Classes loaded and the deserializer built on this thread first: only reading is left to
        // the small stack.
        Json.readBody("{\"label\":\"n\",\"next\":null}".getBytes(StandardCharsets.UTF_8), Chain.class);
        Object[] outcome = new Object[1];
        Thread reader = new Thread(null, () -> {
            try {
                outcome[0] = Json.readBody(body.getBytes(StandardCharsets.UTF_8), Chain.class);
            } catch (Throwable thrown) {
                outcome[0] = thrown;
            }
        }, "small-stack", 256 * 1024);
        reader.start();
        reader.join();

        if (outcome[0] instanceof Chain chain) {
            int depth = 0;
            for (Chain link = chain; link != null; link = link.next()) {
                depth++;
            }
            assertEquals(999, depth);
        } else {
            HttpException problem = assertInstanceOf(HttpException.class, outcome[0]);
            assertEquals(400, problem.status());
        }
    }
}
