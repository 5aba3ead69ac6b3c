package io.portablefn.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import io.portablefn.runtime.SampleRecords.Point;
import io.portablefn.runtime.SampleRecords.Size;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * POJOs and maps the fast path reads and writes ({@link PojoShape}, {@link MapShape}), for the
 * differential tests; {@link PojoTwins} adds setter-only and public-field POJOs.
 */
final class SamplePojos {

    private SamplePojos() {
    }

    /** A Java bean: private fields, each with a setter and a getter ({@code isActive} for a boolean). */
    public static class Member {
        private String name;
        private int age;
        private boolean active;
        private Long since;
        private Size size;
        private List<String> tags;
        private Address address;
        private Map<String, Integer> scores;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public int getAge() { return age; }
        public void setAge(int age) { this.age = age; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
        public Long getSince() { return since; }
        public void setSince(Long since) { this.since = since; }
        public Size getSize() { return size; }
        public void setSize(Size size) { this.size = size; }
        public List<String> getTags() { return tags; }
        public void setTags(List<String> tags) { this.tags = tags; }
        public Address getAddress() { return address; }
        public void setAddress(Address address) { this.address = address; }
        public Map<String, Integer> getScores() { return scores; }
        public void setScores(Map<String, Integer> scores) { this.scores = scores; }
    }

    /** Public fields, one holding a record, one a map of untyped values; a default the JSON may keep. */
    public static class Address {
        public String street = "unknown";
        public Point at;
        public Map<String, Object> extra;
    }

    /** Fields that are no property (private, no accessor) and a setter without a getter. */
    public static class Partial {
        private String hidden = "kept";
        private double weight;
        private String label;

        public void setLabel(String label) { this.label = label; }
        public String getLabel() { return label; }
        public void setWeight(double weight) { this.weight = weight; }
    }

    /** Contains itself. */
    public static class Node {
        public String label;
        public List<Node> children;
    }

    record WithMaps(Map<String, String> names, Map<String, Point> points, Map<String, Object> any) {
    }

    /** The types to compare on. */
    static List<Type> types() {
        return List.of(Member.class, Address.class, Partial.class, Node.class, WithMaps.class,
                PojoTwins.ScalarsFields.class, PojoTwins.ScalarsSetters.class, PojoTwins.PolygonSetters.class,
                PojoTwins.LineFields.class, PojoTwins.ListsFields.class,
                new TypeReference<Map<String, Object>>() { }.getType(),
                new TypeReference<Map<String, String>>() { }.getType(),
                new TypeReference<Map<String, Integer>>() { }.getType(),
                new TypeReference<Map<String, Double>>() { }.getType(),
                new TypeReference<Map<String, List<Long>>>() { }.getType(),
                new TypeReference<Map<String, Member>>() { }.getType(),
                new TypeReference<List<Map<String, Object>>>() { }.getType(),
                new TypeReference<Map<String, Map<String, Boolean>>>() { }.getType());
    }
}
