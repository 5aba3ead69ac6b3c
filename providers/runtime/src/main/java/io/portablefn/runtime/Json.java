package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.portablefn.api.HttpException;
import java.lang.reflect.Type;

/**
 * The one JSON configuration of every provider ({@link BindingRules}: docs/mapping.md §4, the
 * same rules for every body type), and where bodies are read and written. A body is read by
 * {@link RecordJson} when it can (plain records, POJOs, maps), which answers as databind would,
 * and otherwise by databind
 * ({@link DatabindJson}).
 */
public final class Json {

    private Json() {
    }

    // Both built on first use: functions that never bind JSON never pay for either. The java.time
    // support (about 140 classes) is loaded only once a function's JSON actually holds a java.time
    // type, which Jackson reports with InvalidDefinitionException; the call is then repeated.
    private static final class Plain {
        static final ObjectMapper MAPPER = BindingRules.configured().build();
    }

    private static final class WithJavaTime {
        static final ObjectMapper MAPPER = BindingRules.configured().addModule(new JavaTimeModule()).build();
    }

    // Set by DatabindJson once Jackson has asked for java.time support.
    static volatile boolean javaTime;

    /** The mapper in use; it has the same configuration, with java.time support once needed. */
    public static ObjectMapper mapper() {
        return javaTime ? WithJavaTime.MAPPER : Plain.MAPPER;
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
        Object bound = DatabindJson.read(body, type, subject);
        if (bound == null) {
            throw nullBody(subject);
        }
        return bound;
    }

    // A JSON null reaches no handler: it would only turn into the handler's NPE, a 500.
    static HttpException nullBody(String subject) {
        return HttpException.badRequest("The " + subject + " is null; this function expects a JSON value.");
    }

    /** Encodes a result; a failure here is the function's bug, reported as a 500. */
    public static byte[] write(Object value) throws JsonProcessingException {
        byte[] plainRecord = RecordJson.write(value);
        if (plainRecord != null) {
            return plainRecord;
        }
        return DatabindJson.write(value);
    }
}
