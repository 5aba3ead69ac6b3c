package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JacksonException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs RecordJson and Jackson's databind (as {@link DatabindJson#bodyReader} reads bodies) side by side and records every
 * case where the fast path answered (did not decline) but answered differently: another value,
 * a value where Jackson fails, other bytes, or an exception where it should have declined.
 */
final class Differential {

    // Enough to replay any generated case; a 20 MB input is cut short.
    private static final int SHOWN = 2_000;

    private final List<String> disagreements = new ArrayList<>();
    private final Map<String, int[]> accepted = new LinkedHashMap<>();

    /** RecordJson's answer, {@link RecordJson#DECLINED} included, after checking it against Jackson. */
    Object read(byte[] json, Type type) {
        int[] counts = accepted.computeIfAbsent("read " + type.getTypeName(), name -> new int[2]);
        counts[1]++;
        Object fast;
        try {
            fast = RecordJson.read(json, type);
        } catch (Throwable thrown) {
            return disagree("read threw " + thrown + " instead of declining", json, type);
        }
        if (fast == RecordJson.DECLINED) {
            return fast;
        }
        counts[0]++;
        Object slow;
        try {
            slow = DatabindJson.bodyReader(type).readValue(json);
        } catch (Exception failed) {
            return disagree("RecordJson read " + printable(String.valueOf(fast)) + " but Jackson fails: "
                    + message(failed), json, type);
        }
        String difference = difference(fast, slow);
        if (difference != null) {
            disagree("RecordJson read " + printable(String.valueOf(fast)) + ", Jackson "
                    + printable(String.valueOf(slow)) + " (" + difference + ")", json, type);
        }
        return fast;
    }

    /** RecordJson's bytes, or null when it declined, after checking them against Jackson's. */
    byte[] write(Object value) {
        String shape = value == null ? "null" : value.getClass().getTypeName();
        int[] counts = accepted.computeIfAbsent("write " + shape, name -> new int[2]);
        counts[1]++;
        byte[] fast;
        try {
            fast = RecordJson.write(value);
        } catch (Throwable thrown) {
            disagree("write threw " + thrown + " instead of declining", value);
            return null;
        }
        if (fast == null) {
            return null;
        }
        counts[0]++;
        byte[] slow;
        try {
            slow = Json.mapper().writeValueAsBytes(value);
        } catch (Exception failed) {
            disagree("RecordJson wrote " + printable(fast) + " but Jackson fails: " + message(failed), value);
            return fast;
        }
        if (!Arrays.equals(fast, slow)) {
            disagree("RecordJson wrote " + printable(fast) + ", Jackson " + printable(slow), value);
        }
        return fast;
    }

    /** How many calls for {@code key} ("read " or "write " and a type name) the fast path answered. */
    int accepted(String key) {
        return accepted.getOrDefault(key, new int[2])[0];
    }

    String acceptance() {
        StringBuilder s = new StringBuilder();
        accepted.forEach((key, counts) -> s.append(String.format("%n  %-70s %6d of %6d", key, counts[0], counts[1])));
        return s.toString();
    }

    /** Fails listing the first disagreements, each with its input, so the case can be replayed. */
    void assertAgreed() {
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " disagreements with Jackson, the first ones:\n"
                    + String.join("\n", disagreements.subList(0, Math.min(25, disagreements.size()))));
        }
    }

    private Object disagree(String what, byte[] json, Type type) {
        disagreements.add("- " + type.getTypeName() + " from " + printable(json) + ": " + what);
        return RecordJson.DECLINED;
    }

    private void disagree(String what, Object value) {
        disagreements.add("- value " + printable(String.valueOf(value)) + ": " + what);
    }

    private static String message(Exception failed) {
        return failed.getClass().getSimpleName() + ": " + printable(failed instanceof JacksonException j
                ? j.getOriginalMessage() : failed.getMessage());
    }

    /** Null when both are the same value; lists must also be of the same class (mutable or not). */
    static String difference(Object fast, Object slow) {
        if (fast == null || slow == null) {
            return fast == slow ? null : "null on one side";
        }
        if (fast.getClass() != slow.getClass()) {
            return "classes " + fast.getClass().getName() + " and " + slow.getClass().getName();
        }
        if (fast instanceof List<?> left) {
            List<?> right = (List<?>) slow;
            if (left.size() != right.size()) {
                return "list sizes";
            }
            for (int i = 0; i < left.size(); i++) {
                String difference = difference(left.get(i), right.get(i));
                if (difference != null) {
                    return "[" + i + "] " + difference;
                }
            }
            return null;
        }
        if (fast instanceof Map<?, ?> left) {
            return mapDifference(left, (Map<?, ?>) slow);
        }
        if (fast.getClass().isRecord()) {
            for (RecordComponent component : fast.getClass().getRecordComponents()) {
                String difference = difference(get(component, fast), get(component, slow));
                if (difference != null) {
                    return component.getName() + ": " + difference;
                }
            }
            return null;
        }
        if (!fast.getClass().getName().startsWith("java.")) {
            return fieldDifference(fast, slow);
        }
        return Objects.equals(fast, slow) ? null : "values " + printable(fast.toString()) + " and " + printable(slow.toString());
    }

    // Maps in the same order: databind keeps the JSON's order, and so must the fast path.
    private static String mapDifference(Map<?, ?> left, Map<?, ?> right) {
        if (left.size() != right.size()) {
            return "map sizes";
        }
        var rightEntries = right.entrySet().iterator();
        for (Map.Entry<?, ?> entry : left.entrySet()) {
            Map.Entry<?, ?> other = rightEntries.next();
            if (!Objects.equals(entry.getKey(), other.getKey())) {
                return "keys " + entry.getKey() + " and " + other.getKey();
            }
            String difference = difference(entry.getValue(), other.getValue());
            if (difference != null) {
                return "[" + entry.getKey() + "] " + difference;
            }
        }
        return null;
    }

    // A POJO: every instance field, whatever its visibility.
    private static String fieldDifference(Object fast, Object slow) {
        for (java.lang.reflect.Field field : fast.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                field.setAccessible(true);
                String difference = difference(field.get(fast), field.get(slow));
                if (difference != null) {
                    return field.getName() + ": " + difference;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private static Object get(RecordComponent component, Object record) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes as text: UTF-8 where valid, and every byte outside printable ASCII as \xNN. */
    static String printable(byte[] bytes) {
        StringBuilder s = new StringBuilder("b'");
        for (int i = 0; i < Math.min(bytes.length, SHOWN); i++) {
            byte b = bytes[i];
            s.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF));
        }
        return s.append(bytes.length > SHOWN ? "'... (" + bytes.length + " bytes)" : "'").toString();
    }

    static String printable(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder();
        text.chars().limit(SHOWN).forEach(c -> s.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return s.append(text.length() > SHOWN ? "... (" + text.length() + " chars)" : "").toString();
    }
}
