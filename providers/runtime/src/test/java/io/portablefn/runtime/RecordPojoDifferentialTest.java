package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The binding contract is one for records and POJOs (docs/mapping.md §4): on generated texts of a
 * record's shape (wrong kinds, edge numbers, missing, repeated and unknown properties, broken
 * JSON), a record and its field and setter twins ({@link PojoTwins}) bind equal values or are
 * refused with the same 400 detail, position included. Seeded like RecordJsonDifferentialTest;
 * {@code -Drecordjson.seed} and {@code -Drecordjson.count} explore further.
 */
class RecordPojoDifferentialTest {

    private static final long SEED = Long.getLong("recordjson.seed", 6L);
    private static final int COUNT = Integer.getInteger("recordjson.count", 600);

    /** What a body type made of one text: a bound value as a tree, or the 400's detail. */
    private record Outcome(boolean bound, Object answer) {
        static Outcome of(byte[] json, Class<?> type) {
            try {
                return new Outcome(true, PojoTwins.tree(Json.readBody(json, type)));
            } catch (HttpException refused) {
                return new Outcome(false, refused.status() + " " + refused.getMessage());
            } catch (Exception | StackOverflowError other) {
                return new Outcome(false, other.toString());
            }
        }
    }

    @Test
    void recordsAndTheirPojoTwinsAnswerEveryTextAlike() {
        JsonTexts texts = new JsonTexts(new Random(SEED), 0.05);
        List<String> disagreements = new ArrayList<>();
        int bound = 0;
        int refused = 0;
        for (Map.Entry<Class<?>, List<Class<?>>> twins : PojoTwins.twins().entrySet()) {
            Class<?> record = twins.getKey();
            for (int i = 0; i < COUNT; i++) {
                byte[] json = texts.next(record);
                Outcome expected = Outcome.of(json, record);
                for (Class<?> twin : twins.getValue()) {
                    Outcome actual = Outcome.of(json, twin);
                    if (!Objects.equals(expected, actual) && disagreements.size() < 20) {
                        disagreements.add(Differential.printable(new String(json, StandardCharsets.UTF_8)) + "\n    "
                                + record.getSimpleName() + ": " + expected + "\n    " + twin.getSimpleName() + ": " + actual);
                    }
                }
                if (expected.bound()) {
                    bound++;
                } else {
                    refused++;
                }
            }
        }
        assertEquals(List.of(), disagreements, () -> String.join("\n", disagreements));
        // Both answers must be common, or agreeing would prove little.
        int all = COUNT * PojoTwins.twins().size();
        assertTrue(bound > all / 5 && refused > all / 5, "bound " + bound + ", refused " + refused + " of " + all);
    }
}
