package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A string, boolean or number component of a record, read only from the token databind takes
 * without coercion: a number is not read as a string, a string not as a number, a fraction not
 * as an int. {@code null} is a value only for boxes and strings ({@code FAIL_ON_NULL_FOR_PRIMITIVES}).
 */
final class ScalarShape implements RecordShapes.Shape {

    private enum Kind { STRING, BOOLEAN, INT, LONG, DOUBLE }

    private final Kind kind;
    private final boolean nullable;

    private ScalarShape(Kind kind, boolean nullable) {
        this.kind = kind;
        this.nullable = nullable;
    }

    private static final ScalarShape STRING = new ScalarShape(Kind.STRING, true);
    private static final ScalarShape BOOLEAN = new ScalarShape(Kind.BOOLEAN, false);
    private static final ScalarShape BOOLEAN_BOX = new ScalarShape(Kind.BOOLEAN, true);
    private static final ScalarShape INT = new ScalarShape(Kind.INT, false);
    private static final ScalarShape INT_BOX = new ScalarShape(Kind.INT, true);
    private static final ScalarShape LONG = new ScalarShape(Kind.LONG, false);
    private static final ScalarShape LONG_BOX = new ScalarShape(Kind.LONG, true);
    private static final ScalarShape DOUBLE = new ScalarShape(Kind.DOUBLE, false);
    private static final ScalarShape DOUBLE_BOX = new ScalarShape(Kind.DOUBLE, true);

    /** The shape of this class, or null when it is not one of the supported scalars. */
    static ScalarShape of(Class<?> type) {
        if (type == String.class) {
            return STRING;
        } else if (type == boolean.class || type == Boolean.class) {
            return type.isPrimitive() ? BOOLEAN : BOOLEAN_BOX;
        } else if (type == int.class || type == Integer.class) {
            return type.isPrimitive() ? INT : INT_BOX;
        } else if (type == long.class || type == Long.class) {
            return type.isPrimitive() ? LONG : LONG_BOX;
        } else if (type == double.class || type == Double.class) {
            return type.isPrimitive() ? DOUBLE : DOUBLE_BOX;
        }
        return null;
    }

    @Override
    public Object read(JsonParser json) throws Exception {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return nullable ? null : RecordJson.DECLINED;
        }
        switch (kind) {
            case STRING:
                return token == JsonToken.VALUE_STRING ? json.getText() : RecordJson.DECLINED;
            case BOOLEAN:
                return token == JsonToken.VALUE_TRUE ? Boolean.TRUE
                        : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : RecordJson.DECLINED;
            case INT:
                return token == JsonToken.VALUE_NUMBER_INT && json.getNumberType() == JsonParser.NumberType.INT
                        ? (Object) json.getIntValue() : RecordJson.DECLINED;
            case LONG:
                return token == JsonToken.VALUE_NUMBER_INT && json.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                        ? (Object) json.getLongValue() : RecordJson.DECLINED;
            default:
                return token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT
                        ? (Object) json.getDoubleValue() : RecordJson.DECLINED;
        }
    }

    @Override
    public void write(JsonGenerator json, Object value) throws Exception {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (kind) {
            case STRING -> json.writeString((String) value);
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case INT -> json.writeNumber((Integer) value);
            case LONG -> json.writeNumber((Long) value);
            default -> json.writeNumber((Double) value);
        }
    }
}
