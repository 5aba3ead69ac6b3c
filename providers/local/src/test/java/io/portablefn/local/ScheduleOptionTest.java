package io.portablefn.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ScheduleOptionTest {

    private static final Properties NONE = new Properties();

    private static Properties property(String value) {
        Properties properties = new Properties();
        properties.setProperty(ScheduleOption.PROPERTY, value);
        return properties;
    }

    private static boolean resolve(List<String> args, Map<String, String> env, Properties properties) {
        return ScheduleOption.resolve(new ArrayList<>(args), env, properties);
    }

    @Test
    void onByDefaultAndArgumentBeatsEnvironmentBeatsProperty() {
        assertTrue(resolve(List.of(), Map.of(), NONE));
        assertFalse(resolve(List.of("--schedules", "off"), Map.of(ScheduleOption.ENV, "on"), property("on")));
        assertTrue(resolve(List.of("--schedules=ON"), Map.of(ScheduleOption.ENV, "off"), NONE));
        assertFalse(resolve(List.of(), Map.of(ScheduleOption.ENV, "false"), property("on")));
        assertFalse(resolve(List.of(), Map.of(ScheduleOption.ENV, " "), property("off")));
        assertTrue(resolve(List.of(), Map.of(), property("true")));
    }

    @Test
    void takesOnlyItsOwnArgumentsAndLeavesTheRestForThePort() {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--schedules", "off", "--schedules=on", "--x"));
        assertTrue(ScheduleOption.resolve(args, Map.of(), NONE)); // the last one given wins
        assertEquals(List.of("--port", "0", "--x"), args);
    }

    @Test
    void badValuesNameTheirSourceAndWhatIsAllowedOnOneLine() {
        assertRefused(List.of("--schedules", "maybe"), Map.of(), NONE, "'maybe' from --schedules");
        assertRefused(List.of("--schedules"), Map.of(), NONE, "--schedules needs a value");
        assertRefused(List.of(), Map.of(ScheduleOption.ENV, "1"), NONE, "environment variable " + ScheduleOption.ENV);
        assertRefused(List.of(), Map.of(), property("no"), "system property " + ScheduleOption.PROPERTY);
    }

    private static void assertRefused(List<String> args, Map<String, String> env, Properties properties, String expected) {
        String message = assertThrows(IllegalArgumentException.class, () -> resolve(args, env, properties)).getMessage();
        assertTrue(message.contains(expected), message);
        assertTrue(message.contains("on|off"), message);
        assertFalse(message.contains("\n"), message);
    }
}
