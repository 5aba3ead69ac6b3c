package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.portablefn.api.RejectUnknownProperties;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which types {@link RecordJson} reads and writes itself, and how: records whose components are
 * {@code String}, {@code boolean}, {@code int}, {@code long}, {@code double} (or their boxes),
 * enums, such records, plain POJOs ({@link PojoShape}), {@code Map<String, V>} of these or of
 * {@code Object} ({@link MapShape}), or {@code List}s of these. A record qualifies only when databind would treat it
 * as nothing more than its components: not generic, no Jackson (or {@code java.beans})
 * annotation on it, its members or its interfaces, and no public method that databind would take
 * for another property ({@code getX()}, {@code isX()}, {@code setX(..)}).
 */
final class RecordShapes {

    /** How one type is read and written; {@code read} starts at the value's first token. */
    interface Shape {
        Object read(JsonParser json) throws Exception;

        void write(JsonGenerator json, Object value) throws Exception;
    }

    // Types that do not qualify are remembered as NONE, so the question is asked once per type;
    // it is never read or written with.
    private static final Shape NONE = new Shape() {
        @Override
        public Object read(JsonParser json) {
            throw new IllegalStateException("not a supported type");
        }

        @Override
        public void write(JsonGenerator json, Object value) {
            throw new IllegalStateException("not a supported type");
        }
    };
    private static final Map<Type, Shape> KNOWN = new ConcurrentHashMap<>();

    private RecordShapes() {
    }

    /** The shape of a body type (a record, POJO, map or list), or null when databind must do it. */
    static Shape ofBody(Type type) {
        Shape shape = KNOWN.get(type);
        if (shape == null) {
            shape = build(type);
        }
        // A bare string, number or enum at the top is rare enough to leave to databind.
        return shape instanceof RecordOf || shape instanceof ListOf || shape instanceof PojoShape
                || shape instanceof MapShape ? shape : null;
    }

    /**
     * The shape of a result's class (a record, a POJO, or one of {@code java.util}'s maps, whose
     * values databind writes by their own classes), or null when databind must do it.
     */
    static Shape ofResult(Class<?> type) {
        if (type.isRecord()) {
            return ofBody(type);
        }
        if (MapShape.plainMapClass(type)) {
            return MapShape.UNTYPED;
        }
        Shape shape = ofBody(type);
        return shape instanceof PojoShape ? shape : null;
    }

    // Built under a lock, because a record may contain itself: the record's shape is registered
    // before its components are looked at. Only a complete success is remembered for every type
    // met on the way: after a failure, a shape built meanwhile may hold the failed one.
    private static synchronized Shape build(Type type) {
        Map<Type, Shape> building = new HashMap<>();
        Shape shape = shape(type, building);
        if (shape == null || building.containsValue(null)) {
            KNOWN.put(type, NONE);
            return null;
        }
        KNOWN.putAll(building);
        KNOWN.put(type, shape);
        return shape;
    }

    /** The shape of {@code type} while {@code building} is being built (see {@link #build}). */
    static Shape shape(Type type, Map<Type, Shape> building) {
        Shape known = KNOWN.get(type);
        if (known != null) {
            return known == NONE ? null : known;
        }
        if (building.containsKey(type)) {
            return building.get(type);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            Shape element = shape(generic.getActualTypeArguments()[0], building);
            return element == null ? null : new ListOf(element);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            return MapShape.of(generic, building);
        }
        if (!(type instanceof Class<?> raw)) {
            return null;
        }
        ScalarShape scalar = ScalarShape.of(raw);
        if (scalar != null) {
            return scalar;
        }
        if (raw.isEnum()) {
            return EnumShape.of(raw);
        }
        return raw.isRecord() ? record(raw, building) : PojoShape.of(raw, building);
    }

    private static Shape record(Class<?> type, Map<Type, Shape> building) {
        RecordComponent[] components = type.getRecordComponents();
        if (type.getTypeParameters().length > 0 || components.length > 64 || !plain(type)) {
            return null;
        }
        try {
            Class<?>[] parameterTypes = new Class<?>[components.length];
            Method[] accessors = new Method[components.length];
            String[] names = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                names[i] = components[i].getName();
            }
            Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
            RecordOf shape = new RecordOf(names, accessors, constructor);
            building.put(type, shape);
            for (int i = 0; i < components.length; i++) {
                Shape component = shape(components[i].getGenericType(), building);
                if (component == null) {
                    building.put(type, null);
                    return null;
                }
                shape.components[i] = component;
            }
            return shape;
        } catch (ReflectiveOperationException | RuntimeException inaccessible) {
            building.put(type, null);
            return null;
        }
    }

    /** True when nothing but the components could change what databind does with the record. */
    private static boolean plain(Class<?> type) {
        if (!unannotated(type)) {
            return false;
        }
        for (Method method : type.getMethods()) {
            boolean instance = !Modifier.isStatic(method.getModifiers());
            boolean accessor = isComponentAccessor(type, method) || method.getName().equals("getClass");
            if (instance && !accessor && beanAccessor(method.getName())) {
                return false;
            }
        }
        return true;
    }

    /** True when no annotation databind honours is on the type, its members or its interfaces. */
    static boolean unannotated(Class<?> type) {
        List<AnnotatedElement> annotated = new ArrayList<>();
        annotated.add(type);
        annotated.addAll(List.of(type.getDeclaredFields()));
        annotated.addAll(List.of(type.getDeclaredMethods()));
        annotated.addAll(List.of(type.getDeclaredConstructors()));
        if (type.isRecord()) {
            annotated.addAll(List.of(type.getRecordComponents()));
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            annotated.addAll(List.of(constructor.getParameters()));
        }
        for (Class<?> contract : interfaces(type, new ArrayList<>())) {
            if (contract.getName().startsWith("com.fasterxml.jackson.")) {
                return false;
            }
            annotated.add(contract);
            annotated.addAll(List.of(contract.getDeclaredMethods()));
        }
        for (AnnotatedElement element : annotated) {
            for (Annotation annotation : element.getDeclaredAnnotations()) {
                if (foreign(annotation.annotationType())) {
                    return false;
                }
            }
        }
        return true;
    }

    // An annotation databind may honour: its own, java.beans', or one carrying either; or
    // portablefn's own, which databind applies (UnknownProperties).
    private static boolean foreign(Class<? extends Annotation> annotation) {
        if (jacksonOrBeans(annotation.getName()) || annotation == RejectUnknownProperties.class) {
            return true;
        }
        for (Annotation meta : annotation.getDeclaredAnnotations()) {
            if (jacksonOrBeans(meta.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean jacksonOrBeans(String name) {
        return name.startsWith("com.fasterxml.jackson.") || name.startsWith("java.beans.");
    }

    // Databind takes getfoo(), get_x() and isbar() for properties too, not only getFoo().
    private static boolean beanAccessor(String name) {
        return (name.startsWith("get") && name.length() > 3) || (name.startsWith("is") && name.length() > 2)
                || (name.startsWith("set") && name.length() > 3);
    }

    private static boolean isComponentAccessor(Class<?> type, Method method) {
        if (method.getParameterCount() != 0) {
            return false;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(method.getName())) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> interfaces(Class<?> type, List<Class<?>> found) {
        for (Class<?> contract : type.getInterfaces()) {
            if (!found.contains(contract)) {
                found.add(contract);
                interfaces(contract, found);
            }
        }
        return found;
    }

    /** A record: an object with exactly its components, each exactly once. */
    private static final class RecordOf implements Shape {
        private final String[] names;
        private final Method[] accessors;
        private final Constructor<?> constructor;
        final Shape[] components;
        private final long all;

        RecordOf(String[] names, Method[] accessors, Constructor<?> constructor) {
            this.names = names;
            this.accessors = accessors;
            this.constructor = constructor;
            this.components = new Shape[names.length];
            this.all = names.length == 64 ? -1L : (1L << names.length) - 1;
        }

        @Override
        public Object read(JsonParser json) throws Exception {
            JsonToken token = json.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                return RecordJson.DECLINED;
            }
            Object[] values = new Object[names.length];
            long seen = 0;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                int index = indexOf(json.currentName());
                json.nextToken();
                if (index < 0) {
                    skipDecoding(json); // unknown properties are ignored (docs/mapping.md)
                    continue;
                }
                Object value = components[index].read(json);
                if (value == RecordJson.DECLINED || (seen & (1L << index)) != 0) {
                    return RecordJson.DECLINED;
                }
                values[index] = value;
                seen |= 1L << index;
            }
            // A missing component gets databind's default for it: let databind pick it.
            return seen == all ? constructor.newInstance(values) : RecordJson.DECLINED;
        }

        // Databind keeps an unknown property that comes before the last component aside, which
        // decodes its strings; an invalid one (a UTF-8 surrogate, one over the length limit) is
        // then its error. skipChildren() would not look at them.
        private static void skipDecoding(JsonParser json) throws Exception {
            int depth = 0;
            do {
                JsonToken token = json.currentToken();
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.VALUE_STRING) {
                    json.getText();
                }
            } while (depth > 0 && json.nextToken() != null);
        }

        private int indexOf(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public void write(JsonGenerator json, Object value) throws Exception {
            if (value == null) {
                json.writeNull();
                return;
            }
            json.writeStartObject();
            for (int i = 0; i < names.length; i++) {
                json.writeFieldName(names[i]);
                components[i].write(json, accessors[i].invoke(value));
            }
            json.writeEndObject();
        }
    }

    /** A {@code List}: bound as an {@code ArrayList}, as databind does. */
    private record ListOf(Shape element) implements Shape {
        @Override
        public Object read(JsonParser json) throws Exception {
            JsonToken token = json.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.START_ARRAY) {
                return RecordJson.DECLINED;
            }
            List<Object> list = new ArrayList<>();
            while (json.nextToken() != JsonToken.END_ARRAY) {
                Object value = element.read(json);
                if (value == RecordJson.DECLINED) {
                    return RecordJson.DECLINED;
                }
                list.add(value);
            }
            return list;
        }

        @Override
        public void write(JsonGenerator json, Object value) throws Exception {
            if (value == null) {
                json.writeNull();
                return;
            }
            json.writeStartArray();
            for (Object item : (List<?>) value) {
                element.write(json, item);
            }
            json.writeEndArray();
        }
    }
}
