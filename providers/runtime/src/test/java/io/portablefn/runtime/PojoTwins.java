package io.portablefn.runtime;

import io.portablefn.runtime.SampleRecords.Line;
import io.portablefn.runtime.SampleRecords.Lists;
import io.portablefn.runtime.SampleRecords.Point;
import io.portablefn.runtime.SampleRecords.Polygon;
import io.portablefn.runtime.SampleRecords.Scalars;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * POJOs of the same shapes as some of {@link SampleRecords}: the same property names and types,
 * one twin with public fields and one with setters (and no getters: {@link #tree} reads fields).
 * The binding contract says a record and its twins answer every JSON text alike
 * ({@code RecordPojoDifferentialTest}).
 */
final class PojoTwins {

    private PojoTwins() {
    }

    /**
     * A bound value as plain maps, lists and scalars: a record by its components, a POJO by its
     * instance fields, so that a record and its twins compare equal when they hold the same.
     */
    static Object tree(Object value) throws ReflectiveOperationException {
        if (value instanceof List<?> list) {
            List<Object> items = new java.util.ArrayList<>();
            for (Object item : list) {
                items.add(tree(item));
            }
            return items;
        }
        if (value == null || value.getClass().getName().startsWith("java.")) {
            return value;
        }
        Map<String, Object> fields = new java.util.TreeMap<>();
        for (java.lang.reflect.Field field : value.getClass().getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                fields.put(field.getName(), tree(field.get(value)));
            }
        }
        return fields;
    }

    /** Each record with its field twin and its setter twin. */
    static Map<Class<?>, List<Class<?>>> twins() {
        return Map.of(Scalars.class, List.of(ScalarsFields.class, ScalarsSetters.class),
                Point.class, List.of(PointFields.class, PointSetters.class),
                Line.class, List.of(LineFields.class, LineSetters.class),
                Polygon.class, List.of(PolygonFields.class, PolygonSetters.class),
                Lists.class, List.of(ListsFields.class),
                Profile.class, List.of(ProfileFields.class, ProfileSetters.class));
    }

    /** Not a fast-path record (Optional components): databind against databind. */
    record Profile(String name, Optional<String> nick, OptionalLong since, int age) {
    }

    public static class ProfileFields {
        public String name;
        public Optional<String> nick;
        public OptionalLong since;
        public int age;
    }

    public static class ProfileSetters {
        private String name;
        private Optional<String> nick;
        private OptionalLong since;
        private int age;

        public void setName(String name) {
            this.name = name;
        }

        public void setNick(Optional<String> nick) {
            this.nick = nick;
        }

        public void setSince(OptionalLong since) {
            this.since = since;
        }

        public void setAge(int age) {
            this.age = age;
        }
    }

    public static class ScalarsFields {
        public String s;
        public boolean b;
        public Boolean bb;
        public int i;
        public Integer ii;
        public long l;
        public Long ll;
        public double d;
        public Double dd;
    }

    public static class ScalarsSetters {
        private String s;
        private boolean b;
        private Boolean bb;
        private int i;
        private Integer ii;
        private long l;
        private Long ll;
        private double d;
        private Double dd;

        public void setS(String s) {
            this.s = s;
        }

        public void setB(boolean b) {
            this.b = b;
        }

        public void setBb(Boolean bb) {
            this.bb = bb;
        }

        public void setI(int i) {
            this.i = i;
        }

        public void setIi(Integer ii) {
            this.ii = ii;
        }

        public void setL(long l) {
            this.l = l;
        }

        public void setLl(Long ll) {
            this.ll = ll;
        }

        public void setD(double d) {
            this.d = d;
        }

        public void setDd(Double dd) {
            this.dd = dd;
        }
    }

    public static class PointFields {
        public int x;
        public int y;
    }

    public static class PointSetters {
        private int x;
        private int y;

        public void setX(int x) {
            this.x = x;
        }

        public void setY(int y) {
            this.y = y;
        }
    }

    public static class LineFields {
        public PointFields from;
        public PointFields to;
        public String label;
    }

    public static class LineSetters {
        private PointSetters from;
        private PointSetters to;
        private String label;

        public void setFrom(PointSetters from) {
            this.from = from;
        }

        public void setTo(PointSetters to) {
            this.to = to;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    public static class PolygonFields {
        public String name;
        public List<PointFields> points;
    }

    public static class PolygonSetters {
        private String name;
        private List<PointSetters> points;

        public void setName(String name) {
            this.name = name;
        }

        public void setPoints(List<PointSetters> points) {
            this.points = points;
        }
    }

    public static class ListsFields {
        public List<String> names;
        public List<Boolean> flags;
        public List<Integer> ints;
        public List<Long> longs;
        public List<Double> doubles;
    }
}
