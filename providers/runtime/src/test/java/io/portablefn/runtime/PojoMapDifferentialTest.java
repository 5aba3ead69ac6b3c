package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast path for POJOs and maps ({@link PojoShape}, {@link MapShape}) either declines or
 * agrees with databind exactly, as {@code RecordJsonDifferentialTest} proves for records: on
 * random texts and on variants of what Jackson wrote, every value it reads Jackson reads equal;
 * every value it writes Jackson writes to the same bytes. Where it declines, databind answers
 * (and words every 400), so a body's outcome cannot depend on which path took it. Seeded;
 * {@code -Drecordjson.seed} and {@code -Drecordjson.count} explore further.
 */
class PojoMapDifferentialTest {

    private static final long SEED = Long.getLong("recordjson.seed", 6L);
    private static final int COUNT = Integer.getInteger("recordjson.count", 600);

    @Test
    void readAgreesWithJacksonOnRandomTexts() {
        Differential differential = new Differential();
        JsonTexts texts = new JsonTexts(new Random(SEED), 0.03);
        for (Type type : SamplePojos.types()) {
            for (int i = 0; i < COUNT; i++) {
                differential.read(texts.next(type), type);
            }
        }
        differential.assertAgreed();
        for (Type type : SamplePojos.types()) {
            assertTrue(differential.accepted("read " + type.getTypeName()) > COUNT / 100,
                    "the fast path read too few random texts of " + type.getTypeName() + differential.acceptance());
        }
    }

    @Test
    void readAgreesWithJacksonOnEveryVariantOfWhatJacksonWrote() throws Exception {
        Differential differential = new Differential();
        RecordValues values = new RecordValues(new Random(SEED));
        int texts = 0;
        for (Type type : SamplePojos.types()) {
            for (int i = 0; i < 20; i++) {
                Object value = values.next(type);
                try {
                    byte[] canonical = Json.mapper().writeValueAsBytes(value);
                    for (byte[] text : TextVariants.of(canonical)) {
                        differential.read(text, type);
                        texts++;
                    }
                } catch (Exception notReadable) {
                    // A key that is not a string, a float, a lone surrogate: no text to vary.
                }
            }
        }
        differential.assertAgreed();
        assertTrue(texts > 5_000, "variants read: " + texts + differential.acceptance());
        assertTrue(differential.accepted("read " + SamplePojos.Member.class.getTypeName()) > 0, differential.acceptance());
    }

    @Test
    void writeAgreesWithJacksonOnRandomValues() {
        Differential differential = new Differential();
        RecordValues values = new RecordValues(new Random(SEED));
        int written = 0;
        for (Type type : SamplePojos.types()) {
            for (int i = 0; i < COUNT; i++) {
                written += differential.write(values.next(type)) != null ? 1 : 0;
            }
        }
        differential.assertAgreed();
        assertTrue(written > COUNT * SamplePojos.types().size() / 2, "too few written" + differential.acceptance());
        for (Class<?> type : List.of(SamplePojos.Member.class, SamplePojos.Address.class, SamplePojos.Partial.class,
                java.util.LinkedHashMap.class, java.util.HashMap.class, java.util.TreeMap.class)) {
            assertTrue(differential.accepted("write " + type.getTypeName()) > 0,
                    "no " + type.getTypeName() + " was written" + differential.acceptance());
        }
    }

    @Test
    void readsABeanThroughItsSettersAndKeepsTheDefaultsOfAbsentProperties() {
        SamplePojos.Address address = (SamplePojos.Address) RecordJson.read(
                "{\"at\":{\"x\":1,\"y\":2},\"extra\":{\"n\":[1,2.5,\"s\",null,{}]}}".getBytes(StandardCharsets.UTF_8),
                SamplePojos.Address.class);
        assertEquals("unknown", address.street);
        assertEquals(new SampleRecords.Point(1, 2), address.at);
        assertEquals(Map.of("n", java.util.Arrays.asList(1, 2.5, "s", null, Map.of())), address.extra);
        byte[] written = RecordJson.write(address);
        assertNotNull(written);
        assertEquals("{\"street\":\"unknown\",\"at\":{\"x\":1,\"y\":2},\"extra\":{\"n\":[1,2.5,\"s\",null,{}]}}",
                new String(written, StandardCharsets.UTF_8));
    }

    /** What the fast path declines, databind refuses with its own wording: the same 400 either way. */
    @Test
    void aBodyTheFastPathDeclinesGetsDatabindsAnswer() throws Exception {
        byte[] missingPrimitive = "{\"name\":\"a\",\"active\":true}".getBytes(StandardCharsets.UTF_8);
        assertSame(RecordJson.DECLINED, RecordJson.read(missingPrimitive, SamplePojos.Member.class));
        HttpException refused = org.junit.jupiter.api.Assertions.assertThrows(HttpException.class,
                () -> Json.readBody(missingPrimitive, SamplePojos.Member.class));
        assertTrue(refused.getMessage().contains("$.age"), refused.getMessage());
        byte[] unknown = "{\"street\":\"s\",\"floor\":3}".getBytes(StandardCharsets.UTF_8);
        assertSame(RecordJson.DECLINED, RecordJson.read(unknown, SamplePojos.Address.class));
        assertEquals("s", ((SamplePojos.Address) Json.readBody(unknown, SamplePojos.Address.class)).street);
    }

    @Test
    void aSubclassOfTheDeclaredPojoIsLeftToDatabind() {
        class Sub extends SamplePojos.Address {
        }
        Sub sub = new Sub();
        assertEquals(null, RecordJson.write(sub));
        SamplePojos.Node node = new SamplePojos.Node();
        node.children = new java.util.ArrayList<>(List.of(new SamplePojos.Node()));
        assertNotNull(RecordJson.write(node));
        node.children.add(new SamplePojos.Node() { });
        assertEquals(null, RecordJson.write(node));
    }

    @Test
    void aMapBodyIsReadInTheJsonsOrderAsALinkedHashMap() {
        Object read = RecordJson.read("{\"b\":1,\"a\":9223372036854775808,\"c\":-0.0}".getBytes(StandardCharsets.UTF_8),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { }.getType());
        assertNotSame(RecordJson.DECLINED, read);
        assertEquals(java.util.LinkedHashMap.class, read.getClass());
        assertEquals(List.of("b", "a", "c"), List.copyOf(((Map<?, ?>) read).keySet()));
        assertEquals(new java.math.BigInteger("9223372036854775808"), ((Map<?, ?>) read).get("a"));
    }
}
