package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A value declared {@code Object} (in a {@code Map<String, Object>}) for {@link RecordJson}, as
 * databind's untyped deserializer reads it with this mapper's defaults: an object as a
 * {@code LinkedHashMap}, an array as an {@code ArrayList}, a string, {@code true}/{@code false},
 * {@code null}, an integer as the smallest of {@code Integer}, {@code Long}, {@code BigInteger}
 * that holds it, a fraction as a {@code Double}. A fraction beyond a double's range is declined.
 * Written by its class: only those kinds (with {@code java.util} maps and lists), else declined.
 */
final class UntypedShape implements RecordShapes.Shape {

    static final UntypedShape INSTANCE = new UntypedShape();

    private UntypedShape() {
    }

    @Override
    public Object read(JsonParser json) throws Exception {
        switch (json.currentToken()) {
            case START_OBJECT:
                return MapShape.UNTYPED.read(json);
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    Object item = read(json);
                    if (item == RecordJson.DECLINED) {
                        return RecordJson.DECLINED;
                    }
                    list.add(item);
                }
                return list;
            case VALUE_STRING:
                return json.getText();
            case VALUE_NUMBER_INT:
                return json.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                double fraction = json.getDoubleValue();
                return Double.isInfinite(fraction) ? RecordJson.DECLINED : (Object) fraction;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                return RecordJson.DECLINED;
        }
    }

    @Override
    public void write(JsonGenerator json, Object value) throws Exception {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof Map<?, ?>) {
            MapShape.UNTYPED.write(json, value);
        } else if (value instanceof List<?> list && MapShape.plainListClass(list.getClass())) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("not one of JSON's own kinds: " + value.getClass().getName());
        }
    }
}
