package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.portablefn.api.RejectUnknownProperties;
import java.io.IOException;

/**
 * Refuses an unknown property of a type annotated {@link RejectUnknownProperties}; every other
 * type ignores them ({@code FAIL_ON_UNKNOWN_PROPERTIES} is off). Jackson's own
 * {@code @JsonIgnoreProperties(ignoreUnknown = false)} cannot say this: {@code false} is its
 * default, which the mapper-wide setting overrides. Databind asks this handler about every
 * unknown property before it applies that setting ({@code DeserializationContext.handleUnknownProperty}
 * in FasterXML/jackson-databind, {@code src/main/java/com/fasterxml/jackson/databind/DeserializationContext.java}).
 */
final class UnknownProperties extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser json,
            JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
        Class<?> type = beanOrClass instanceof Class<?> known ? known : beanOrClass.getClass();
        if (type.isAnnotationPresent(RejectUnknownProperties.class)) {
            throw UnrecognizedPropertyException.from(json, beanOrClass, propertyName,
                    deserializer == null ? null : deserializer.getKnownPropertyNames());
        }
        return false;
    }
}
