package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.HashMap;
import java.util.Map;

/**
 * An enum component of a record, as databind's defaults have it: written as the constant's
 * {@code name()} (not {@code toString()}), read from a string equal to a name. Anything else
 * databind might still accept (an index, another case, a string of digits) is declined, and so
 * is an enum carrying any annotation databind honours ({@code @JsonValue}, {@code @JsonProperty}
 * on a constant, {@code @JsonCreator}, {@code @JsonFormat}, ...).
 */
final class EnumShape implements RecordShapes.Shape {

    private final Map<String, Object> byName = new HashMap<>();

    private EnumShape(Class<?> type) {
        for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
        }
    }

    /** The shape of this enum, or null when databind could read or write it other than by name. */
    static EnumShape of(Class<?> type) {
        return RecordShapes.unannotated(type) ? new EnumShape(type) : null;
    }

    @Override
    public Object read(JsonParser json) throws Exception {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        Object constant = token == JsonToken.VALUE_STRING ? byName.get(json.getText()) : null;
        return constant == null ? RecordJson.DECLINED : constant;
    }

    @Override
    public void write(JsonGenerator json, Object value) throws Exception {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(((Enum<?>) value).name());
        }
    }
}
