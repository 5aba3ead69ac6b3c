package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code Map<String, V>} for {@link RecordJson}: read into a {@code LinkedHashMap} in the
 * JSON's order, as databind does for a declared {@code Map}, each value by V's shape; written
 * in the map's own order, {@code null} values included, as databind's defaults do. V is any
 * supported shape, or {@code Object}, which databind reads as JSON's own kinds ({@link #UNTYPED}).
 * Written only when the map is one of {@code java.util}'s and every key is a {@code String}:
 * databind writes another key with a key serializer, and a map class of one's own may carry
 * annotations or be a bean.
 */
final class MapShape implements RecordShapes.Shape {

    /** {@code Map<String, Object>}: what a result declared as any map is written with. */
    static final MapShape UNTYPED = new MapShape(UntypedShape.INSTANCE);

    private final RecordShapes.Shape value;

    MapShape(RecordShapes.Shape value) {
        this.value = value;
    }

    /** The shape of {@code Map<String, V>}, or null when databind must do it. */
    static RecordShapes.Shape of(ParameterizedType map, Map<Type, RecordShapes.Shape> building) {
        Type[] arguments = map.getActualTypeArguments();
        if (arguments[0] != String.class) {
            return null;
        }
        if (arguments[1] == Object.class) {
            return UNTYPED;
        }
        RecordShapes.Shape values = RecordShapes.shape(arguments[1], building);
        return values == null ? null : new MapShape(values);
    }

    /** True for the map classes written as plain maps: {@code java.util}'s own. */
    static boolean plainMapClass(Class<?> type) {
        return Map.class.isAssignableFrom(type) && type.getName().startsWith("java.util.");
    }

    /** True for the list classes written as plain arrays: {@code java.util}'s own. */
    static boolean plainListClass(Class<?> type) {
        return List.class.isAssignableFrom(type) && type.getName().startsWith("java.util.");
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
        // A key twice is the parser's error (STRICT_DUPLICATE_DETECTION), so declined.
        Map<String, Object> map = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String key = json.currentName();
            json.nextToken();
            Object item = value.read(json);
            if (item == RecordJson.DECLINED) {
                return RecordJson.DECLINED;
            }
            map.put(key, item);
        }
        return map;
    }

    @Override
    public void write(JsonGenerator json, Object map) throws Exception {
        if (map == null) {
            json.writeNull();
            return;
        }
        if (!plainMapClass(map.getClass())) {
            throw new IllegalArgumentException("not a java.util map: " + map.getClass().getName());
        }
        json.writeStartObject();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) map).entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("a map key that is not a string");
            }
            json.writeFieldName(key);
            value.write(json, entry.getValue());
        }
        json.writeEndObject();
    }
}
