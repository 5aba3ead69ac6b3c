package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PortOptionTest {

    private static final Properties NONE = new Properties();

    private static Properties property(String value) {
        Properties properties = new Properties();
        properties.setProperty(PortOption.PROPERTY, value);
        return properties;
    }

    @Test
    void argumentBeatsEnvironmentBeatsPropertyBeatsDefault() {
        assertEquals(9000, PortOption.resolve(new String[] {"--port", "9000"}, Map.of("PORT", "9100"), property("9200")));
        assertEquals(9001, PortOption.resolve(new String[] {"--port=9001"}, Map.of(), NONE));
        assertEquals(9100, PortOption.resolve(new String[0], Map.of("PORT", "9100"), property("9200")));
        assertEquals(9200, PortOption.resolve(new String[0], Map.of("PORT", " "), property("9200")));
        assertEquals(8080, PortOption.resolve(new String[0], Map.of(), NONE));
        assertEquals(0, PortOption.resolve(new String[] {"--port", "0"}, Map.of(), NONE));
    }

    @Test
    void badValuesNameTheirSourceAndWhatIsAllowedOnOneLine() {
        assertRefused(new String[] {"--port", "abc"}, Map.of(), NONE, "'abc' from --port");
        assertRefused(new String[] {"--port", "65536"}, Map.of(), NONE, "'65536' from --port");
        assertRefused(new String[] {"--port", "-1"}, Map.of(), NONE, "'-1' from --port");
        assertRefused(new String[0], Map.of("PORT", "http"), NONE, "environment variable PORT");
        assertRefused(new String[0], Map.of(), property("x"), "system property portablefn.port");
    }

    @Test
    void missingValueAndUnknownArgumentsShowUsage() {
        assertRefused(new String[] {"--port"}, Map.of(), NONE, "--port needs a value");
        assertRefused(new String[] {"--prot", "1"}, Map.of(), NONE, "Unknown argument '--prot'");
    }

    private static void assertRefused(String[] args, Map<String, String> env, Properties properties, String expected) {
        String message = assertThrows(IllegalArgumentException.class,
                () -> PortOption.resolve(args, env, properties)).getMessage();
        assertTrue(message.contains(expected), message);
        assertTrue(message.contains("65535"), message);
        assertFalse(message.contains("\n"), message);
    }
}
