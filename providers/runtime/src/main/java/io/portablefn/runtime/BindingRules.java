package io.portablefn.runtime;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.function.Consumer;

/**
 * The binding contract (docs/mapping.md §4) as one Jackson configuration, the same for every body
 * type (records, POJOs with fields or setters, {@code Map}, {@code List}, enums, {@code java.time}):
 * unknown properties are ignored, unless the type is annotated {@code @RejectUnknownProperties}
 * ({@link UnknownProperties}); a missing or {@code null} primitive is an error, for records and
 * POJOs alike ({@link AbsentProperties}); no value changes its JSON kind (a fraction or a string
 * into an {@code int}, a number into a string or an enum, an epoch number into a {@code java.time}
 * value: {@link TextOnlyTime}); a constructor is a creator only when annotated
 * ({@code @JsonCreator}), records excepted; trailing content is an error. Duplicate properties and
 * a {@code null} body are refused where bodies are read ({@link DatabindJson}, {@link Json}), not
 * here: providers also read cloud envelopes with this mapper. A class of its own so that only
 * building a mapper loads what it names (see {@code RecordJsonIsolationTest}).
 */
final class BindingRules {

    private BindingRules() {
    }

    static JsonMapper.Builder configured() {
        JsonMapper.Builder builder = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Databind would take a public one-argument constructor as a creator of its own
                // accord: {"x":1} refused, a bare 5 accepted. Only annotated creators count
                // (records keep their canonical constructor).
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.NONE)
                .addModule(new SimpleModule("portablefn-absent-properties")
                        .setDeserializerModifier(new AbsentProperties()))
                // Optional is a body and property type like any other: never a bean, and absent
                // or null means empty (AbsentProperties makes POJOs agree with records).
                .addModule(new Jdk8Module())
                .addModule(new SimpleModule("portablefn-text-only-time")
                        .setDeserializerModifier(new TextOnlyTime()))
                .addHandler(new UnknownProperties())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        // JSON has one number type: an integer is a fine double, but nothing else changes kind.
        builder.withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.EmptyString, CoercionInputShape.Boolean));
        builder.withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String,
                CoercionInputShape.EmptyString, CoercionInputShape.Boolean));
        builder.withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString));
        builder.withCoercionConfig(LogicalType.Textual, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean));
        builder.withCoercionConfig(LogicalType.Enum, refuse(CoercionInputShape.Integer,
                CoercionInputShape.EmptyString));
        return builder;
    }

    private static Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
        return config -> {
            for (CoercionInputShape shape : shapes) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        };
    }
}
