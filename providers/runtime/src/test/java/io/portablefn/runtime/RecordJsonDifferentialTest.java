package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.portablefn.runtime.SampleRecords.Lists;
import io.portablefn.runtime.SampleRecords.Polygon;
import io.portablefn.runtime.SampleRecords.Scalars;
import io.portablefn.runtime.SampleRecords.Single;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * RecordJson either declines or agrees with Jackson's databind exactly: for every text it reads,
 * Jackson reads an equal value without error; for every value it writes, Jackson writes the same
 * bytes. Seeded, so a failure replays; {@code -Drecordjson.seed} and {@code -Drecordjson.count}
 * explore further.
 */
class RecordJsonDifferentialTest {

    private static final long SEED = Long.getLong("recordjson.seed", 6L);
    private static final int COUNT = Integer.getInteger("recordjson.count", 600);

    private static List<Type> types() {
        List<Type> types = new ArrayList<>(SampleRecords.samples().keySet());
        types.addAll(SampleRecords.alsoBound());
        return types;
    }

    @Test
    void readAgreesWithJacksonOnEveryVariantOfTheCanonicalTexts() throws Exception {
        Differential differential = new Differential();
        int texts = 0;
        for (Map.Entry<Type, List<Object>> samples : SampleRecords.samples().entrySet()) {
            for (Object sample : samples.getValue()) {
                for (byte[] text : TextVariants.of(Json.mapper().writeValueAsBytes(sample))) {
                    differential.read(text, samples.getKey());
                    texts++;
                }
            }
        }
        differential.assertAgreed();
        assertTrue(texts > 10_000, "variants read: " + texts);
        for (Type type : SampleRecords.samples().keySet()) {
            assertTrue(differential.accepted("read " + type.getTypeName()) > 0,
                    "no variant of " + type.getTypeName() + " was read by RecordJson" + differential.acceptance());
        }
    }

    @Test
    void readAgreesWithJacksonOnRandomTexts() {
        Differential differential = new Differential();
        JsonTexts texts = new JsonTexts(new Random(SEED), 0.03);
        for (Type type : types()) {
            for (int i = 0; i < COUNT; i++) {
                differential.read(texts.next(type), type);
            }
        }
        differential.assertAgreed();
        for (Type type : SampleRecords.samples().keySet()) {
            assertTrue(differential.accepted("read " + type.getTypeName()) > COUNT / 50,
                    "RecordJson read too few random texts" + differential.acceptance());
        }
    }

    @Test
    void writeAgreesWithJacksonOnRandomValues() {
        Differential differential = new Differential();
        RecordValues values = new RecordValues(new Random(SEED));
        int written = 0;
        for (Type type : types()) {
            for (int i = 0; i < COUNT; i++) {
                if (differential.write(values.next(type)) != null) {
                    written++;
                }
            }
        }
        differential.assertAgreed();
        assertTrue(written > COUNT, "RecordJson wrote too few values" + differential.acceptance());
    }

    @Test
    void writeAgreesWithJacksonOnEdgeValues() {
        Differential differential = new Differential();
        List<String> strings = List.of("", "\u0000\u0001\u001f\u007f", "\"\\/", "\b\f\n\r\t", "😀", "\uD800",
                "\uDC00", "x\uD800", "\uDBFF\uDFFF", "\uDC00\uD800", "\u2028\u2029", "\uFEFF\uFFFF", "é€日本", "</script>");
        for (String s : strings) {
            differential.write(new Single(s));
            differential.write(new Polygon(s, List.of()));
        }
        double[] doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
                Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1e-7, 1e7, 1e21, 0.1 + 0.2, 1.0E-5, 0.001};
        for (double d : doubles) {
            differential.write(new Scalars("d", true, null, 0, null, 0, null, d, d));
            differential.write(new Lists(null, null, null, null, List.of(d)));
        }
        differential.write(new Scalars(null, false, null, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE,
                Long.MAX_VALUE, 0, null));
        List<Object> withNulls = new ArrayList<>();
        withNulls.add(null);
        differential.write(new Polygon("nulls", SampleRecords.list((SampleRecords.Point) null)));
        differential.write(new Lists(SampleRecords.list((String) null), null, null, null, null));
        differential.write(withNulls);
        differential.write(null);
        differential.write(List.of());
        for (List<Object> samples : SampleRecords.samples().values()) {
            samples.forEach(differential::write);
        }
        differential.assertAgreed();
    }

    /** Should RecordJson answer for one of them, it must still agree (databind takes get_x() for a getter). */
    @Test
    void unsupportedShapesAgreeWithJacksonWheneverAnswered() {
        Differential differential = new Differential();
        for (UnsupportedShapes.Case shape : UnsupportedShapes.cases()) {
            differential.read(shape.json().getBytes(StandardCharsets.UTF_8), shape.type());
            if (shape.value() != null) {
                differential.write(shape.value());
            }
        }
        differential.assertAgreed();
    }

    /** A list declared List&lt;String&gt; that holds other things (an unchecked cast upstream). */
    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void writeOfAListHoldingOtherTypesThanDeclaredAgreesOrDeclines() {
        Differential differential = new Differential();
        List polluted = new ArrayList<>(List.of(1, true, 2.5, List.of("x"), Map.of("k", "v")));
        differential.write(new Lists(polluted, polluted, polluted, polluted, polluted));
        differential.write(new Polygon("p", polluted));
        differential.write(List.of(new Single("a"), "not a record"));
        differential.assertAgreed();
    }

    @Test
    void localRecordsAgreeWithJackson() {
        record Local(String name, List<Integer> counts, Double ratio) {
        }
        Differential differential = new Differential();
        JsonTexts texts = new JsonTexts(new Random(SEED), 0.03);
        RecordValues values = new RecordValues(new Random(SEED));
        for (int i = 0; i < COUNT / 4; i++) {
            differential.read(texts.next(Local.class), Local.class);
            differential.write(values.next(Local.class));
        }
        differential.assertAgreed();
        assertTrue(differential.accepted("read " + Local.class.getTypeName()) > 0, differential.acceptance());
    }

    /** Nesting past the parser's limit (1000) fails in both; just below it, both read it. */
    @Test
    void deeplyNestedTextsAgreeWithJackson() throws Exception {
        Differential differential = new Differential();
        // Near the parser's nesting limit (1,000 levels, two per tree level) databind's own
        // recursion needs more than a default thread stack, whose use depends on how much is
        // compiled yet: both sides run on a thread with room, so that only their answers count.
        Thread deep = new Thread(null, () -> {
            for (int depth : new int[] {1, 10, 300, 499, 500, 501, 1000, 5000}) {
                String open = "{\"label\":\"n\",\"children\":[";
                String tree = open.repeat(depth) + "{\"label\":\"leaf\",\"children\":[]}" + "]}".repeat(depth);
                differential.read(tree.getBytes(StandardCharsets.UTF_8), SampleRecords.Tree.class);
                String unknown = "{\"label\":\"n\",\"children\":[],\"deep\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
                differential.read(unknown.getBytes(StandardCharsets.UTF_8), SampleRecords.Tree.class);
            }
        }, "deep-json", 512L << 20);
        Throwable[] failure = new Throwable[1];
        deep.setUncaughtExceptionHandler((thread, thrown) -> failure[0] = thrown);
        deep.start();
        deep.join();
        if (failure[0] != null) {
            throw new AssertionError("the deep texts could not be compared", failure[0]);
        }
        differential.assertAgreed();
        assertTrue(differential.accepted("read " + SampleRecords.Tree.class.getTypeName()) >= 10, differential.acceptance());
    }

    /**
     * Databind keeps the unknown properties met before the record's last component aside until it
     * can call the constructor, and so decodes, and checks, every string in them; after the last
     * component it skips them unread. Either way RecordJson must not accept what databind refuses.
     */
    @Test
    void unknownPropertiesDatabindKeepsAsideAgreeWithJackson() {
        Differential differential = new Differential();
        byte[][] surrogates = {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
                {(byte) 0xED, (byte) 0xB0, (byte) 0x80}};
        List<String[]> places = List.of(new String[] {"{\"u\":\"a", "b\",\"x\":1,\"y\":2}"},
                new String[] {"{\"x\":1,\"u\":[{\"k\":\"a", "b\"}],\"y\":2}"},
                new String[] {"{\"x\":1,\"y\":2,\"u\":\"a", "b\"}"});
        for (byte[] surrogate : surrogates) {
            for (String[] place : places) {
                java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
                json.writeBytes(place[0].getBytes(StandardCharsets.UTF_8));
                json.writeBytes(surrogate);
                json.writeBytes(place[1].getBytes(StandardCharsets.UTF_8));
                differential.read(json.toByteArray(), SampleRecords.Point.class);
            }
        }
        String tooLong = "a".repeat(StreamReadConstraints.defaults().getMaxStringLength() + 1);
        differential.read(("{\"u\":\"" + tooLong + "\",\"x\":1,\"y\":2}").getBytes(StandardCharsets.UTF_8),
                SampleRecords.Point.class);
        differential.read(("{\"x\":1,\"y\":2,\"u\":\"" + tooLong + "\"}").getBytes(StandardCharsets.UTF_8),
                SampleRecords.Point.class);
        differential.assertAgreed();
    }

    @Test
    void readOfTextsThatAreNotJsonAtAllIsDeclined() {
        for (String text : List.of("", " ", "\n", "null", " null ", "\uFEFF")) {
            for (Type type : types()) {
                Object result = RecordJson.read(text.getBytes(StandardCharsets.UTF_8), type);
                assertTrue(result == RecordJson.DECLINED, "read " + Differential.printable(text) + " as " + type);
            }
        }
    }
}
