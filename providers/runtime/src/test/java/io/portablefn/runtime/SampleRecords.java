package io.portablefn.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record shapes the fast JSON path supports, with sample values of each. The differential
 * tests bind these; every component type RecordJson accepts occurs at least once.
 */
final class SampleRecords {

    private SampleRecords() {
    }

    record Scalars(String s, boolean b, Boolean bb, int i, Integer ii, long l, Long ll, double d, Double dd) {
    }

    record Point(int x, int y) {
    }

    record Line(Point from, Point to, String label) {
    }

    record Lists(List<String> names, List<Boolean> flags, List<Integer> ints, List<Long> longs,
            List<Double> doubles) {
    }

    record Polygon(String name, List<Point> points) {
    }

    record Drawing(Line axis, List<Polygon> shapes, List<List<String>> grid, Scalars meta) {
    }

    record Single(String value) {
    }

    record SingleInt(int value) {
    }

    /** Its constructor rejects some values, so binding can fail after the JSON was read. */
    record Checked(String name, int age) {
        Checked {
            if (age < 0) {
                throw new IllegalArgumentException("age must not be negative");
            }
        }
    }

    /** Its constructor changes what it is given; both paths must go through it. */
    record Trimmed(String name, List<String> tags) {
        Trimmed {
            name = name == null ? null : name.strip();
            tags = tags == null ? List.of() : tags;
        }
    }

    // Names that look like bean accessors: RecordJson declines the record rather than guess.
    record OddNames(boolean isActive, String getName, String URL, int xValue, long _under, Boolean is) {
    }

    record Empty() {
    }

    record Tree(String label, List<Tree> children) {
    }

    /** More constructors than the canonical one: databind must still pick the canonical one. */
    record MoreConstructors(int x, String y) {
        MoreConstructors(int x) {
            this(x, "one");
        }

        MoreConstructors(String y) {
            this(-1, y);
        }
    }

    /** Names databind could take for bean accessors, but which are the components' own names. */
    record LowerPrefixed(String getaway, boolean isolated, String issue, String settings, Boolean island, String get,
            String is) {
    }

    record UnusualNames(String URL, int xValue, long _under, String aB, String x_y, String $dollar, String é) {
    }

    /** An Iterable: databind still treats it as a bean with properties. */
    record Bag(List<String> items) implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return items.iterator();
        }
    }

    interface Named {
        String name();

        default String describe() {
            return "named " + name();
        }
    }

    /** An annotation that is not Jackson's: databind ignores it, so RecordJson may too. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @interface Audited {
    }

    /** Members databind does not take for properties: static, private, not bean-named, not Jackson annotations. */
    record Decorated(@Audited String name, int count) implements Named, Comparable<Decorated> {
        static final String CONSTANT = "c";

        static String getConstant() {
            return CONSTANT;
        }

        private String getSecret() {
            return "secret";
        }

        public String upper() {
            return name == null ? null : name.toUpperCase(java.util.Locale.ROOT) + getSecret();
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public int compareTo(Decorated other) {
            return Integer.compare(count, other.count);
        }
    }

    static final Type POINTS = new TypeReference<List<Point>>() { }.getType();
    static final Type SCALARS_LIST = new TypeReference<List<Scalars>>() { }.getType();

    /** An enum: by name() in and out; a constant with a body, and a toString() databind ignores. */
    enum Size {
        SMALL,
        LARGE {
            @Override
            public String toString() {
                return "large";
            }
        };
    }

    record Sized(Size size, List<Size> sizes, String label) { }

    /** Components named like bean accessors: databind (2.21) binds them by component name. */
    record BeanNamed(String getName, boolean isActive, String issues, Boolean isbar) { }

    /** Every supported type with values of it; none holds NaN or an infinity (not readable back). */
    static Map<Type, List<Object>> samples() {
        Map<Type, List<Object>> samples = new LinkedHashMap<>();
        Scalars full = new Scalars("héllo \"w\"\n😀", true, Boolean.FALSE, -7, 2_147_483_647,
                Long.MIN_VALUE, 9_007_199_254_740_993L, -0.0, 1.0E-300);
        Scalars nulls = new Scalars(null, false, null, 0, null, 0, null, 0.0, null);
        samples.put(Scalars.class, List.of(full, nulls,
                new Scalars("", true, true, Integer.MIN_VALUE, -1, Long.MAX_VALUE, -1L, Double.MAX_VALUE, Double.MIN_VALUE)));
        samples.put(Point.class, List.of(new Point(1, -2), new Point(0, 0)));
        samples.put(Line.class, List.of(new Line(new Point(1, 2), new Point(3, 4), "diagonal"),
                new Line(null, new Point(0, 0), null)));
        samples.put(Lists.class, List.of(
                new Lists(list("a", "", "ü\u0000"), list(true, false), list(1, -1, Integer.MAX_VALUE),
                        list(Long.MAX_VALUE, 0L), list(0.5, -0.0, 1e300)),
                new Lists(list(), list(), list(), list(), list()),
                new Lists(null, null, null, null, null)));
        samples.put(Polygon.class, List.of(new Polygon("triangle", list(new Point(0, 0), new Point(1, 0), new Point(0, 1))),
                new Polygon("none", list())));
        samples.put(Drawing.class, List.of(new Drawing(new Line(new Point(0, 0), new Point(9, 9), "axis"),
                list(new Polygon("p", list(new Point(1, 1)))), list(list("a", "b"), list()), full),
                new Drawing(null, list(), list(list()), nulls)));
        samples.put(Sized.class, List.of(new Sized(Size.LARGE, list(Size.SMALL, null, Size.LARGE), "l"),
                new Sized(null, null, null)));
        samples.put(BeanNamed.class, List.of(new BeanNamed("n", true, "i", null)));
        samples.put(Single.class, List.of(new Single("only"), new Single(null)));
        samples.put(SingleInt.class, List.of(new SingleInt(42)));
        samples.put(Checked.class, List.of(new Checked("ada", 36)));
        samples.put(Trimmed.class, List.of(new Trimmed("spaced", list("t"))));
        samples.put(POINTS, List.of(list(new Point(1, 2), new Point(3, 4)), list()));
        samples.put(SCALARS_LIST, List.of(list(full, nulls)));
        return samples;
    }

    /**
     * Types the differential tests bind besides the samples; RecordJson may decline them. Lists of
     * scalars and lists of lists at the top are among them: RecordJson answers for them too.
     */
    static List<Type> alsoBound() {
        return List.of(OddNames.class, Empty.class, Tree.class, MoreConstructors.class, Decorated.class,
                LowerPrefixed.class, UnusualNames.class, Bag.class,
                new TypeReference<List<String>>() { }.getType(), new TypeReference<List<Double>>() { }.getType(),
                new TypeReference<List<List<Point>>>() { }.getType());
    }

    @SafeVarargs
    static <T> List<T> list(T... items) {
        List<T> list = new ArrayList<>();
        for (T item : items) {
            list.add(item);
        }
        return list;
    }
}
