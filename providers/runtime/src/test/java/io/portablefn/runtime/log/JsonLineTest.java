package io.portablefn.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whatever a message holds, a record is one line that a JSON parser reads back to the same text. */
class JsonLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fieldsOfEachKindReadBack() throws IOException {
        String line = new JsonLine().field("s", "a\"b\\c\nd\te\r\u0001\u2028").field("b", true)
                .startObject("o").field("x", "1").field("y", (String) null).endObject()
                .field("a", List.of("p", "q\n")).field("after", "z").line();

        assertEquals(line.length() - 1, line.indexOf('\n'), "one line: " + line);
        JsonNode node = JSON.readTree(line);
        assertEquals("a\"b\\c\nd\te\r\u0001\u2028", node.get("s").asText());
        assertTrue(node.get("b").booleanValue());
        assertEquals("1", node.get("o").get("x").asText());
        assertTrue(node.get("o").get("y").isNull());
        assertEquals(List.of("p", "q\n"), List.of(node.get("a").get(0).asText(), node.get("a").get(1).asText()));
        assertEquals("z", node.get("after").asText());
    }

    @Test
    void anyStringStaysOneLineAndReadsBackEqual() throws IOException {
        SplittableRandom random = new SplittableRandom(17);
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                // Mostly control and ASCII characters, some anywhere in the BMP (lone surrogates excepted).
                char c = (char) (random.nextInt(4) == 0 ? random.nextInt(0xD800) : random.nextInt(0x80));
                text.append(c);
            }
            String line = new JsonLine().field("message", text.toString()).line();
            assertEquals(line.length() - 1, line.indexOf('\n'), line);
            assertEquals(text.toString(), JSON.readTree(line).get("message").asText());
        }
    }
}
