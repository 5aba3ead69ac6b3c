package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.lang.reflect.Type;

/**
 * Reads and writes plain records, POJOs and maps with jackson-core alone, so that a function whose
 * request and result bodies are such types never loads jackson-databind: building a databind
 * mapper and its (de)serializers is most of a hand-written Jackson handler's cold start
 * (docs/performance.md).
 *
 * <p>It never decides anything databind would decide differently. It answers only what
 * {@link Json#mapper()} would answer for the same bytes, and {@linkplain #DECLINED declines}
 * everything else: any token of another kind than the component's type, a missing or repeated
 * property, trailing content, malformed JSON, a constructor that throws. The caller then asks
 * databind, which is also what words every error. Which types qualify is {@link RecordShapes}'s
 * rule; {@code RecordJsonDifferentialTest} and {@code PojoMapDifferentialTest} compare both paths
 * on many generated inputs.
 */
final class RecordJson {

    /** The answer "ask databind". */
    static final Object DECLINED = new Object();

    // The same defaults as the factory inside Json.mapper(): same limits, same escaping; and, as
    // DatabindJson reads bodies, a property twice in one object is an error (then declined).
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private RecordJson() {
    }

    /** The value databind would bind {@code json} to, or {@link #DECLINED}. */
    static Object read(byte[] json, Type type) {
        RecordShapes.Shape shape = RecordShapes.ofBody(type);
        if (shape == null) {
            return DECLINED;
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return DECLINED;
            }
            Object value = shape.read(parser);
            // Databind refuses anything after the value (FAIL_ON_TRAILING_TOKENS); let it say so.
            return value == DECLINED || parser.nextToken() != null ? DECLINED : value;
        } catch (Exception | StackOverflowError anyDoubt) {
            return DECLINED;
        }
    }

    /** Exactly the bytes of {@code Json.mapper().writeValueAsBytes(value)}, or null to decline. */
    static byte[] write(Object value) {
        RecordShapes.Shape shape = value == null ? null : RecordShapes.ofResult(value.getClass());
        if (shape == null) {
            return null;
        }
        // As ObjectMapper.writeValueAsBytes does: the thread's recycled buffers, one copy out.
        BufferRecycler buffers = FACTORY._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(buffers)) {
            try (JsonGenerator json = FACTORY.createGenerator(out)) {
                shape.write(json, value);
            }
            return out.getClearAndRelease();
        } catch (Exception | StackOverflowError anyDoubt) {
            return null;
        } finally {
            buffers.releaseToPool();
        }
    }
}
