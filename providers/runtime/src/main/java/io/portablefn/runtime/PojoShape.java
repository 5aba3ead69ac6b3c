package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * A plain POJO for {@link RecordJson}: a class whose properties databind finds in one obvious
 * way, read through its no-argument constructor and then its setters or public fields, in the
 * order the JSON gives them, as databind's bean deserializer does; written in field order, as
 * databind's bean serializer does. Which classes qualify is {@link PojoProperties}' rule.
 *
 * <p>An unknown property is skipped with the parser's {@code skipChildren()}, as databind's bean
 * deserializer skips it (without decoding its strings, unlike a record's, which databind keeps
 * aside); a repeated property and an absent primitive one (an error, {@link AbsentProperties})
 * are declined and left to databind, which words every error.
 */
final class PojoShape implements RecordShapes.Shape {

    /** One property: its JSON name, its field, and its setter and getter where it has them. */
    static final class Property {
        final String name;
        final Field field;
        final Method setter;
        final Method getter;
        RecordShapes.Shape shape;

        Property(String name, Field field, Method setter, Method getter) {
            this.name = name;
            this.field = field;
            this.setter = setter;
            this.getter = getter;
        }

        boolean readable() {
            return setter != null || Modifier.isPublic(field.getModifiers());
        }

        boolean writable() {
            return getter != null || Modifier.isPublic(field.getModifiers());
        }

        void set(Object bean, Object value) throws Exception {
            if (setter != null) {
                setter.invoke(bean, value);
            } else {
                field.set(bean, value);
            }
        }

        Object get(Object bean) throws Exception {
            return getter != null ? getter.invoke(bean) : field.get(bean);
        }
    }

    private final Class<?> type;
    private final Constructor<?> constructor;
    private final Property[] readable;
    private final Property[] writable;
    private final long required;

    private PojoShape(Class<?> type, Constructor<?> constructor, List<Property> properties) {
        this.type = type;
        this.constructor = constructor;
        this.readable = properties.stream().filter(Property::readable).toArray(Property[]::new);
        this.writable = properties.stream().filter(Property::writable).toArray(Property[]::new);
        long primitives = 0;
        for (int i = 0; i < readable.length; i++) {
            primitives |= readable[i].field.getType().isPrimitive() ? 1L << i : 0;
        }
        this.required = primitives;
    }

    /** The shape of a plain POJO, or null when databind must do it; registered in {@code building} first. */
    static RecordShapes.Shape of(Class<?> type, Map<Type, RecordShapes.Shape> building) {
        Constructor<?> constructor = PojoProperties.noArgConstructor(type);
        List<Property> properties = constructor == null ? null : PojoProperties.of(type);
        if (properties == null || properties.isEmpty()) {
            return null;
        }
        PojoShape shape = new PojoShape(type, constructor, properties);
        if (shape.readable.length > 64) {
            return null;
        }
        building.put(type, shape);
        for (Property property : properties) {
            property.shape = RecordShapes.shape(property.field.getGenericType(), building);
            if (property.shape == null) {
                building.put(type, null);
                return null;
            }
        }
        return shape;
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
        Object bean = constructor.newInstance();
        long seen = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            int index = indexOf(json.currentName());
            json.nextToken();
            if (index < 0) {
                json.skipChildren(); // unknown properties are ignored (docs/mapping.md), skipped as databind does
                continue;
            }
            if ((seen & (1L << index)) != 0) {
                return RecordJson.DECLINED;
            }
            Object value = readable[index].shape.read(json);
            if (value == RecordJson.DECLINED) {
                return RecordJson.DECLINED;
            }
            readable[index].set(bean, value);
            seen |= 1L << index;
        }
        return (seen & required) == required ? bean : RecordJson.DECLINED;
    }

    private int indexOf(String name) {
        for (int i = 0; i < readable.length; i++) {
            if (readable[i].name.equals(name)) {
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
        // Databind writes a subclass with the subclass's properties: not this shape's to answer.
        if (value.getClass() != type) {
            throw new IllegalArgumentException("a " + value.getClass().getName() + " where a " + type.getName()
                    + " was declared");
        }
        json.writeStartObject();
        for (Property property : writable) {
            json.writeFieldName(property.name);
            property.shape.write(json, property.get(value));
        }
        json.writeEndObject();
    }
}
