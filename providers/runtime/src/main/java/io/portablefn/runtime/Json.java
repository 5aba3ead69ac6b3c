package io.portablefn.runtime;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.portablefn.api.HttpException;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * The one JSON configuration of every provider (docs/mapping.md, "Typed binding"):
 * unknown properties are ignored, {@code null} for a primitive is an error, trailing content
 * after the value is an error, {@code java.time} values are ISO-8601 strings.
 */
public final class Json {

    private Json() {
    }

    // Both built on first use: functions that never bind JSON never pay for either. The java.time
    // support (about 140 classes) is loaded only once a function's JSON actually holds a java.time
    // type, which Jackson reports with InvalidDefinitionException; the call is then repeated.
    private static final class Plain {
        static final ObjectMapper MAPPER = configured().build();
    }

    private static final class WithJavaTime {
        static final ObjectMapper MAPPER = configured().addModule(new JavaTimeModule()).build();
    }

    private static volatile boolean javaTime;

    private static JsonMapper.Builder configured() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** The mapper in use; it has the same configuration, with java.time support once needed. */
    public static ObjectMapper mapper() {
        return javaTime ? WithJavaTime.MAPPER : Plain.MAPPER;
    }

    /** True when {@code failure} is Jackson asking for java.time support the mapper lacked. */
    private static boolean needsJavaTime(InvalidDefinitionException failure) {
        if (javaTime) {
            return false;
        }
        JavaType type = failure.getType();
        boolean timeType = type != null && type.getRawClass().getName().startsWith("java.time.");
        if (timeType || String.valueOf(failure.getOriginalMessage()).contains("jackson-datatype-jsr310")) {
            javaTime = true;
            return true;
        }
        return false;
    }

    public static JavaType type(Type type) {
        return mapper().getTypeFactory().constructType(type);
    }

    /**
     * Binds a request body.
     *
     * @throws HttpException a 400 whose detail says what is wrong, never naming Java classes
     */
    public static Object readBody(byte[] body, Type type) {
        return readBody(body, type, "request body");
    }

    /**
     * Binds a body; {@code subject} names it in the error ("request body", "message body").
     *
     * @throws HttpException a 400 whose detail says what is wrong, never naming Java classes
     */
    public static Object readBody(byte[] body, Type type, String subject) {
        if (body.length == 0) {
            throw HttpException.badRequest("The " + subject + " is empty; this function expects a JSON body.");
        }
        Object plainRecord = RecordJson.read(body, type);
        if (plainRecord != RecordJson.DECLINED) {
            return plainRecord;
        }
        try {
            return mapper().readValue(body, type instanceof JavaType known ? known : type(type));
        } catch (InvalidDefinitionException unsupported) {
            if (needsJavaTime(unsupported)) {
                return readBody(body, type, subject);
            }
            throw unsupportedType(unsupported);
        } catch (IOException unreadable) {
            throw unreadable(unreadable, subject);
        }
    }

    // The 400 for a body Jackson could not read; built here so that only a failing call pays for
    // its message.
    private static HttpException unreadable(IOException failure, String subject) {
        String the = "The " + subject;
        if (failure instanceof JsonEOFException) {
            return HttpException.badRequest(the + " is not valid JSON: it ends before the value is"
                    + " complete" + where((JsonEOFException) failure));
        }
        if (failure instanceof StreamReadException) {
            StreamReadException malformed = (StreamReadException) failure;
            return HttpException.badRequest(the + " is not valid JSON: "
                    + malformed.getOriginalMessage() + where(malformed));
        }
        if (failure instanceof JsonMappingException) {
            // Databind reports a body cut short, or with more after the value, as a mismatch; to
            // the caller both are broken JSON.
            JsonMappingException mismatch = (JsonMappingException) failure;
            String message = String.valueOf(mismatch.getOriginalMessage());
            if (message.startsWith("Unexpected end-of-input")) {
                return HttpException.badRequest(the + " is not valid JSON: it ends before the value is"
                        + " complete" + where(mismatch));
            }
            if (message.startsWith("Trailing token")) {
                return HttpException.badRequest(the + " is not valid JSON: more follows the value"
                        + where(mismatch));
            }
            return HttpException.badRequest(the + " does not fit the expected JSON shape at "
                    + jsonPath(mismatch) + where(mismatch));
        }
        return HttpException.badRequest(the + " could not be read as JSON.");
    }

    /** Encodes a result; a failure here is the function's bug, reported as a 500. */
    public static byte[] write(Object value) throws JsonProcessingException {
        byte[] plainRecord = RecordJson.write(value);
        if (plainRecord != null) {
            return plainRecord;
        }
        try {
            return mapper().writeValueAsBytes(value);
        } catch (InvalidDefinitionException unsupported) {
            if (needsJavaTime(unsupported)) {
                return write(value);
            }
            throw unsupported;
        }
    }

    // A body type Jackson cannot bind at all is the function's bug, not the caller's: a 500.
    private static IllegalStateException unsupportedType(InvalidDefinitionException e) {
        return new IllegalStateException("The function's body type cannot be bound from JSON: " + e.getOriginalMessage(), e);
    }

    private static String where(JacksonException e) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? "."
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").";
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
