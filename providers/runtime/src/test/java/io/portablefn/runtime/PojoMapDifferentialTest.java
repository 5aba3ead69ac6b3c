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
        byte[] repeated = "{\"street\":\"s\",\"street\":\"t\"}".getBytes(StandardCharsets.UTF_8);
        assertSame(RecordJson.DECLINED, RecordJson.read(repeated, SamplePojos.Address.class));
        HttpException twice = org.junit.jupiter.api.Assertions.assertThrows(HttpException.class,
                () -> Json.readBody(repeated, SamplePojos.Address.class));
        assertTrue(twice.getMessage().contains("more than once"), twice.getMessage());
    }

    /**
     * Databind skips a POJO's unknown property without decoding it: a string in it that is not
     * valid UTF-8, or longer than the parser's limit, must get the same answer on both paths.
     */
    @Test
    void unknownPropertiesAgreeWithJacksonWhateverTheyHold() {
        Differential differential = new Differential();
        byte[][] oddBytes = {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
                {(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82, 0x22}};
        List<String[]> places = List.of(new String[] {"{\"u\":\"a", "b\",\"label\":\"l\",\"weight\":1}"},
                new String[] {"{\"weight\":1,\"u\":[{\"k\":\"a", "b\"}],\"label\":\"l\"}"},
                new String[] {"{\"label\":\"l\",\"weight\":1,\"u\":\"a", "b\"}"},
                new String[] {"{\"label\":\"l\",\"weight\":1,\"u\":{\"a", "b\":1}}"});
        for (byte[] odd : oddBytes) {
            for (String[] place : places) {
                java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
                json.writeBytes(place[0].getBytes(StandardCharsets.UTF_8));
                json.writeBytes(odd);
                json.writeBytes(place[1].getBytes(StandardCharsets.UTF_8));
                differential.read(json.toByteArray(), SamplePojos.Partial.class);
            }
        }
        String tooLong = "a".repeat(com.fasterxml.jackson.core.StreamReadConstraints.defaults().getMaxStringLength() + 1);
        for (String text : List.of("{\"u\":\"" + tooLong + "\",\"label\":\"l\",\"weight\":1}",
                "{\"label\":\"l\",\"weight\":1,\"u\":\"" + tooLong + "\"}",
                "{\"label\":\"l\",\"weight\":1,\"u\":[1e400,-0,123456789012345678901234567890,\"\\ud800\"]}",
                "{\"label\":\"l\",\"weight\":1,\"hidden\":\"x\",\"label2\":null}")) {
            differential.read(text.getBytes(StandardCharsets.UTF_8), SamplePojos.Partial.class);
        }
        differential.assertAgreed();
        assertTrue(differential.accepted("read " + SamplePojos.Partial.class.getTypeName()) > 0, differential.acceptance());
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
