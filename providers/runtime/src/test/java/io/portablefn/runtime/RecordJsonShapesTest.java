package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.runtime.SampleRecords.Checked;
import io.portablefn.runtime.SampleRecords.Point;
import io.portablefn.runtime.SampleRecords.Scalars;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fast path answers for every supported shape (so it cannot pass the differential tests by
 * declining everything) and declines what it does not support, leaving it to databind.
 */
class RecordJsonShapesTest {

    @Test
    void readsWhatJacksonWroteForEverySupportedShape() throws Exception {
        for (Map.Entry<Type, List<Object>> samples : SampleRecords.samples().entrySet()) {
            for (Object sample : samples.getValue()) {
                byte[] json = Json.mapper().writeValueAsBytes(sample);
                assertReads(sample, json, samples.getKey());
                assertReads(sample, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(sample), samples.getKey());
            }
        }
    }

    @Test
    void readsReorderedPropertiesAndSkipsUnknownOnes() throws Exception {
        Scalars expected = (Scalars) SampleRecords.samples().get(Scalars.class).get(0);
        ObjectNode tree = (ObjectNode) Json.mapper().valueToTree(expected);
        StringBuilder reversed = new StringBuilder("{\"extra\":{\"a\":[1,{\"b\":null}],\"c\":\"}\"},");
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        for (int i = names.size() - 1; i >= 0; i--) {
            reversed.append('"').append(names.get(i)).append("\":").append(tree.get(names.get(i))).append(',');
            reversed.append("\"skip").append(i).append("\":[[],{},\"x\",1e400,-1,true,null],");
        }
        reversed.append("\"last\":123456789012345678901234567890}");
        assertReads(expected, reversed.toString().getBytes(StandardCharsets.UTF_8), Scalars.class);
        assertReads(new Point(3, 4), "{\"y\":4,\"x\":3,\"z\":5}".getBytes(StandardCharsets.UTF_8), Point.class);
    }

    @Test
    void readsNullsForBoxedStringRecordAndListComponents() {
        assertReads(new Scalars(null, true, null, 1, null, 2, null, 3.5, null),
                "{\"s\":null,\"b\":true,\"bb\":null,\"i\":1,\"ii\":null,\"l\":2,\"ll\":null,\"d\":3.5,\"dd\":null}"
                        .getBytes(StandardCharsets.UTF_8), Scalars.class);
        assertReads(new SampleRecords.Line(null, null, null), "{\"from\":null,\"to\":null,\"label\":null}"
                .getBytes(StandardCharsets.UTF_8), SampleRecords.Line.class);
        assertReads(new SampleRecords.Polygon("p", null), "{\"name\":\"p\",\"points\":null}"
                .getBytes(StandardCharsets.UTF_8), SampleRecords.Polygon.class);
    }

    @Test
    void writesWhatJacksonWritesForEverySupportedShape() throws Exception {
        for (Map.Entry<Type, List<Object>> samples : SampleRecords.samples().entrySet()) {
            for (Object sample : samples.getValue()) {
                if (sample instanceof List<?>) {
                    continue;
                }
                byte[] fast = RecordJson.write(sample);
                assertNotNull(fast, () -> "RecordJson declined to write " + sample);
                assertArrayEquals(Json.mapper().writeValueAsBytes(sample), fast, () -> "bytes of " + sample);
            }
        }
    }

    @Test
    void readsThroughTheRecordsConstructorAndDeclinesWhenItThrows() {
        assertReads(new Checked("ada", 36), "{\"name\":\"ada\",\"age\":36}".getBytes(StandardCharsets.UTF_8), Checked.class);
        assertSame(RecordJson.DECLINED, RecordJson.read("{\"name\":\"ada\",\"age\":-1}".getBytes(StandardCharsets.UTF_8), Checked.class));
        SampleRecords.Trimmed trimmed = (SampleRecords.Trimmed) RecordJson.read(
                "{\"name\":\"  x  \",\"tags\":null}".getBytes(StandardCharsets.UTF_8), SampleRecords.Trimmed.class);
        assertEquals(new SampleRecords.Trimmed("x", List.of()), trimmed);
    }

    @Test
    void readsARecordOfAnotherPackageThatIsNotPublic() throws Exception {
        Object hidden = io.portablefn.runtime.elsewhere.Elsewhere.hidden("n", 2);
        assertReads(hidden, Json.mapper().writeValueAsBytes(hidden), hidden.getClass());
        assertArrayEquals(Json.mapper().writeValueAsBytes(hidden), RecordJson.write(hidden));
    }

    @Test
    void declinesEveryUnsupportedShape() {
        List<String> answered = new ArrayList<>();
        for (UnsupportedShapes.Case unsupported : UnsupportedShapes.cases()) {
            Object read = RecordJson.read(unsupported.json().getBytes(StandardCharsets.UTF_8), unsupported.type());
            if (read != RecordJson.DECLINED) {
                answered.add("read " + unsupported.json() + " as " + unsupported.type().getTypeName() + ": " + read);
            }
            byte[] written = unsupported.value() == null ? null : RecordJson.write(unsupported.value());
            if (written != null) {
                answered.add("wrote " + unsupported.value() + " as " + new String(written, StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of(), answered, "RecordJson answered for shapes it must leave to databind");
    }

    // Used by the next test only: which of the two is looked at first is what matters.
    record CycleA(CycleB b, Map<Integer, String> unsupported) {
    }

    record CycleB(String s, CycleA a) {
    }

    /**
     * CycleB holds a CycleA, which holds a Map with Integer keys: neither is supported, whichever is
     * asked for first.
     */
    @Test
    void declinesARecordWhoseCycleLeadsToAnUnsupportedComponent() {
        assertSame(RecordJson.DECLINED, RecordJson.read("{\"b\":null,\"unsupported\":{}}".getBytes(StandardCharsets.UTF_8),
                CycleA.class));
        assertSame(RecordJson.DECLINED, RecordJson.read("{\"s\":\"x\",\"a\":null}".getBytes(StandardCharsets.UTF_8),
                CycleB.class), "CycleB was read although its component CycleA holds a Map with Integer keys");
        assertNull(RecordJson.write(new CycleB("x", null)), "CycleB was written although CycleA holds a Map with Integer keys");
    }

    record FirstUse(String name, List<FirstUseItem> items) {
    }

    record FirstUseItem(long id, Double weight) {
    }

    /** Threads that meet a record type for the first time at once all read it, and alike. */
    @Test
    void readsAlikeFromThreadsThatMeetATypeAtOnce() throws Exception {
        byte[] json = "{\"name\":\"n\",\"items\":[{\"id\":1,\"weight\":0.5},{\"id\":2,\"weight\":null}]}"
                .getBytes(StandardCharsets.UTF_8);
        FirstUse expected = new FirstUse("n", List.of(new FirstUseItem(1, 0.5), new FirstUseItem(2, null)));
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(4);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Object>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(threads.submit(() -> {
                    start.await();
                    List<Object> read = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        read.add(RecordJson.read(json, FirstUse.class));
                    }
                    return read;
                }));
            }
            for (java.util.concurrent.Future<List<Object>> result : results) {
                for (Object read : result.get()) {
                    assertEquals(expected, read);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertReads(Object expected, byte[] json, Type type) {
        Object read = RecordJson.read(json, type);
        assertNotSame(RecordJson.DECLINED, read, () -> "RecordJson declined " + new String(json, StandardCharsets.UTF_8)
                + " as " + type.getTypeName());
        assertEquals(expected, read, () -> new String(json, StandardCharsets.UTF_8));
        assertEquals(null, Differential.difference(read, readWithJackson(json, type)));
    }

    private static Object readWithJackson(byte[] json, Type type) {
        try {
            return DatabindJson.bodyReader(type).readValue(json);
        } catch (Exception e) {
            throw new AssertionError("Jackson cannot read " + new String(json, StandardCharsets.UTF_8), e);
        }
    }
}
