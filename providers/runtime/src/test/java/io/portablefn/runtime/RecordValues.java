package io.portablefn.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random values of a record type, for comparing what two encoders write: strings with every kind
 * of character that needs escaping (and lone surrogates), doubles at every edge (NaN, infinities,
 * -0.0, subnormals), nulls wherever the type allows them, and lists of several implementations.
 */
final class RecordValues {

    private static final String CHARACTERS = "aZ09 \"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f\u0080éß€\u2028\u2029"
            + "\uFEFF\uFFFF日本<>&'";
    private static final List<String> SURROGATES = List.of("😀", "\uDBFF\uDFFF", "\uD800", "\uDC00", "\uDC00\uD800");
    private static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.0, 0.1, 100.0, 1e7, 1e-3, 1e-7, 1e21, 1e22,
            123456789.125, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9007199254740993.0, 4.35, 2.0 / 3};
    private static final int[] INTS = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1000, -999};
    private static final long[] LONGS = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE + 1L,
            9007199254740993L};

    private final Random random;
    // Reflection is slower than making a value: each record's constructor is looked up once.
    private final Map<Class<?>, Constructor<?>> constructors = new HashMap<>();
    private final Map<Class<?>, Type[]> componentTypes = new HashMap<>();

    RecordValues(Random random) {
        this.random = random;
    }

    /** A value of {@code type}: a record or a list; the constructor may refuse and is then retried. */
    Object next(Type type) {
        return value(type, 0);
    }

    private Object value(Type type, int depth) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (!raw.isPrimitive() && random.nextInt(10) == 0) {
            return null;
        }
        if (raw == String.class) {
            return string();
        } else if (raw == boolean.class || raw == Boolean.class) {
            return random.nextBoolean();
        } else if (raw == int.class || raw == Integer.class) {
            return random.nextBoolean() ? INTS[random.nextInt(INTS.length)] : random.nextInt() >> random.nextInt(32);
        } else if (raw == long.class || raw == Long.class) {
            return random.nextBoolean() ? LONGS[random.nextInt(LONGS.length)] : random.nextLong() >> random.nextInt(64);
        } else if (raw == double.class || raw == Double.class) {
            return number();
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        } else if (raw == List.class) {
            return list(((ParameterizedType) type).getActualTypeArguments()[0], depth);
        } else if (raw.isRecord()) {
            return record(raw, depth);
        } else if (raw == Map.class) {
            return map(((ParameterizedType) type).getActualTypeArguments()[1], depth);
        } else if (raw == Object.class) {
            return untyped(depth);
        } else if (!raw.getName().startsWith("java")) {
            return pojo(raw, depth);
        }
        throw new IllegalArgumentException("no values for " + type);
    }

    private String string() {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(10); i > 0; i--) {
            if (random.nextInt(12) == 0) {
                s.append(SURROGATES.get(random.nextInt(SURROGATES.size())));
            } else {
                s.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
            }
        }
        return s.toString();
    }

    private double number() {
        switch (random.nextInt(4)) {
            case 0: return DOUBLES[random.nextInt(DOUBLES.length)];
            case 1: return Double.longBitsToDouble(random.nextLong());
            case 2: return random.nextInt(100_000) / 100.0;
            default: return random.nextDouble() * Math.pow(10, random.nextInt(60) - 30);
        }
    }

    private List<Object> list(Type element, int depth) {
        int size = depth > 3 ? 0 : random.nextInt(4);
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(value(element, depth + 1));
        }
        switch (random.nextInt(5)) {
            case 0: return new LinkedList<>(items);
            case 1: return Collections.unmodifiableList(items);
            case 2: return Arrays.asList(items.toArray());
            case 3: return items.contains(null) ? items : List.copyOf(items);
            default: return items;
        }
    }

    // Maps of several implementations, and now and then a key that is not a string.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<Object, Object> map(Type valueType, int depth) {
        Map<Object, Object> map = switch (random.nextInt(4)) {
            case 0 -> new HashMap<>();
            case 1 -> new java.util.TreeMap<>();
            default -> new java.util.LinkedHashMap<>();
        };
        for (int i = depth > 3 ? 0 : random.nextInt(4); i > 0; i--) {
            Object value = value(valueType, depth + 1);
            if (value != null || !(map instanceof java.util.TreeMap)) {
                map.put(string(), value);
            }
        }
        if (random.nextInt(30) == 0 && !(map instanceof java.util.TreeMap)) {
            map.put(random.nextBoolean() ? null : (Object) 7, "odd key");
        }
        boolean nulls = map.containsValue(null) || (!(map instanceof java.util.TreeMap) && map.containsKey(null));
        return random.nextInt(4) == 0 && !nulls ? (Map) Map.copyOf(map) : map;
    }

    // What a Map<String, Object> may hold: JSON's own kinds, and now and then something else.
    private Object untyped(int depth) {
        switch (depth > 3 ? random.nextInt(6) : random.nextInt(9)) {
            case 0: return string();
            case 1: return INTS[random.nextInt(INTS.length)];
            case 2: return LONGS[random.nextInt(LONGS.length)];
            case 3: return number();
            case 4: return random.nextBoolean();
            case 5: return random.nextInt(20) == 0 ? (Object) 1.5f : null;
            case 6: return list(Object.class, depth);
            case 7: return map(Object.class, depth);
            default: return random.nextInt(10) == 0 ? new java.math.BigDecimal("1.5") : string();
        }
    }

    private Object pojo(Class<?> type, int depth) {
        try {
            java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object pojo = constructor.newInstance();
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(pojo, value(field.getGenericType(), depth + 1));
                }
            }
            return pojo;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " has no usable no-argument constructor", e);
        }
    }

    private Object record(Class<?> type, int depth) {
        Type[] components = componentTypes.computeIfAbsent(type, record -> Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getGenericType).toArray(Type[]::new));
        for (int attempt = 0; ; attempt++) {
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                arguments[i] = value(components[i], depth + 1);
            }
            try {
                return constructor(type).newInstance(arguments);
            } catch (InvocationTargetException refused) {
                if (attempt > 100) {
                    throw new IllegalStateException(type + " refuses every value", refused);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Constructor<?> constructor(Class<?> type) throws NoSuchMethodException {
        Constructor<?> canonical = constructors.get(type);
        if (canonical == null) {
            canonical = type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            constructors.put(type, canonical);
        }
        return canonical;
    }
}
