package io.portablefn.runtime;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.portablefn.api.HttpException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@link Json}'s bodies through jackson-databind: every type {@link RecordJson} declines, and
 * every error wording. A class of its own because the JVM loads the exception types a class
 * catches as soon as it checks that class: kept in {@code Json}, they would load databind for
 * functions that never need it.
 */
final class DatabindJson {

    private DatabindJson() {
    }

    static Object read(byte[] body, Type type, String subject) {
        try {
            return bodyReader(type).readValue(body);
        } catch (InvalidDefinitionException unsupported) {
            if (needsJavaTime(unsupported)) {
                return read(body, type, subject);
            }
            throw unsupportedType(unsupported);
        } catch (IOException unreadable) {
            int invalid = firstInvalidUtf8(body);
            if (invalid >= 0) {
                // Checked only once the body failed: Jackson words a bad byte inside a string as
                // a shape mismatch, which names the wrong problem.
                throw HttpException.badRequest("The " + subject + " is not valid UTF-8: the byte at offset " + invalid
                        + String.format(" (0x%02X)", body[invalid] & 0xff) + " does not begin or continue a character.");
            }
            throw unreadable(unreadable, body, subject);
        } catch (StackOverflowError tooDeep) {
            // Databind recurses once per nested value; within the parser's nesting limit (1,000)
            // that can still outgrow a thread's stack. It is the caller's body, not a crash.
            throw HttpException.badRequest("The " + subject + " is nested too deeply to read.");
        }
    }

    /** The offset of the first byte that is not well-formed UTF-8, or -1 when all of it is. */
    static int firstInvalidUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(1024);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /**
     * The reader of bodies: {@link Json#mapper()}, refusing a property that occurs twice in one
     * object. Readers disagree on which of two values wins (databind takes the last, others the
     * first), so a proxy that checked one could pass the function another; and a record's
     * creator and a POJO's setters did not even agree with each other.
     */
    static ObjectReader bodyReader(Type type) {
        return Json.mapper().readerFor(type instanceof JavaType known ? known : Json.type(type))
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    static byte[] write(Object value) throws JsonProcessingException {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (InvalidDefinitionException unsupported) {
            if (needsJavaTime(unsupported)) {
                return write(value);
            }
            throw unsupported;
        }
    }

    /** True when {@code failure} is Jackson asking for java.time support the mapper lacked. */
    private static boolean needsJavaTime(InvalidDefinitionException failure) {
        if (Json.javaTime) {
            return false;
        }
        JavaType type = failure.getType();
        boolean timeType = type != null && type.getRawClass().getName().startsWith("java.time.");
        if (timeType || String.valueOf(failure.getOriginalMessage()).contains("jackson-datatype-jsr310")) {
            Json.javaTime = true;
            return true;
        }
        return false;
    }

    // The 400 for a body Jackson could not read; built here so that only a failing call pays for
    // its message.
    private static HttpException unreadable(IOException failure, byte[] body, String subject) {
        String the = "The " + subject;
        if (failure instanceof StreamConstraintsException limit) {
            // The parser's limits (1,000 levels of nesting, long numbers and strings): its own
            // message names Java methods, so it is worded here.
            return HttpException.badRequest(String.valueOf(limit.getOriginalMessage()).contains("nesting depth")
                    ? the + " is nested too deeply to read." : the + " holds a value too long to read.");
        }
        if (failure instanceof JsonEOFException) {
            return HttpException.badRequest(the + " is not valid JSON: it ends before the value is"
                    + " complete" + where((JsonEOFException) failure));
        }
        if (failure instanceof StreamReadException malformed
                && String.valueOf(malformed.getOriginalMessage()).startsWith("Duplicate field")) {
            return HttpException.badRequest(the + " has the property " + jsonPath(malformed.getProcessor())
                    + " more than once" + where(malformed) + " A property may occur only once in an object.");
        }
        if (failure instanceof InputCoercionException outOfRange) {
            // Valid JSON, a number too large for its type: the parser says so when the type is
            // the whole body (in an object, databind reports it as a mismatch).
            return HttpException.badRequest(the + " does not fit the expected JSON shape at "
                    + jsonPath(outOfRange.getProcessor()) + where(tokenStart(outOfRange)));
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
            if (mismatch instanceof UnrecognizedPropertyException) {
                return HttpException.badRequest(the + " has " + jsonPath(mismatch)
                        + ", a property this function does not accept" + whereToken(mismatch));
            }
            if (message.startsWith("Cannot map `null`") || message.startsWith("Cannot coerce `null`")
                    || message.startsWith(AbsentProperties.MISSING)) {
                return absent(the, mismatch, body, subject);
            }
            return HttpException.badRequest(the + " does not fit the expected JSON shape at "
                    + jsonPath(mismatch) + whereToken(mismatch));
        }
        return HttpException.badRequest(the + " could not be read as JSON.");
    }

    // A primitive (int, boolean, ...) is missing or null: the parser stopped at the end of the
    // object that lacks it, or at the null (the parser is closed by now; the body tells which).
    private static HttpException absent(String the, JsonMappingException failure, byte[] body, String subject) {
        String path = jsonPath(failure);
        long at = failure.getProcessor() instanceof JsonParser json ? json.currentTokenLocation().getByteOffset() : -1;
        boolean isNull = at >= 0 && at < body.length && body[(int) at] == 'n';
        if (isNull && path.equals("$")) {
            return Json.nullBody(subject);
        }
        return HttpException.badRequest(the + (isNull ? " has null at " : " lacks ") + path
                + (isNull ? ", which must be a value" : ", which is required") + whereToken(failure));
    }

    // A body type Jackson cannot bind at all is the function's bug, not the caller's: a 500.
    private static IllegalStateException unsupportedType(InvalidDefinitionException e) {
        return new IllegalStateException("The function's body type cannot be bound from JSON: " + e.getOriginalMessage()
                + " (a class needs a no-argument constructor, or a constructor or factory annotated @JsonCreator;"
                + " see docs/mapping.md §4)", e);
    }

    private static String where(JacksonException e) {
        return where(e.getLocation());
    }

    // Where the offending token starts: the exception's own location is often where the parser
    // had got to, past the value (a string's end, the next token).
    private static String whereToken(JacksonException e) {
        return where(tokenStart(e));
    }

    private static JsonLocation tokenStart(JacksonException e) {
        return e.getProcessor() instanceof JsonParser json ? json.currentTokenLocation() : e.getLocation();
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "."
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").";
    }

    // The path of the property being read, from the parser's own context: "$.a[0].b".
    private static String jsonPath(Object processor) {
        if (!(processor instanceof JsonParser json)) {
            return "a property";
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = json.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            path.insert(0, context.inArray() ? "[" + context.getCurrentIndex() + "]" : "." + context.getCurrentName());
        }
        return path.insert(0, '$').toString();
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
