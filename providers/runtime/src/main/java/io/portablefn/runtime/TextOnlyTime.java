package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Reads {@code java.time} values from ISO-8601 strings only, as they are written. Jackson's
 * java.time module also takes epoch numbers ({@code 1234} as an {@code Instant}, in seconds or
 * milliseconds depending on the type and settings) and arrays ({@code [2024,1,31]} as a
 * {@code LocalDate}): the coercions the binding contract refuses (docs/mapping.md §4). Its
 * deserializers do not consult databind's coercion settings for these tokens (FasterXML/
 * jackson-modules-java8, {@code datetime/src/main/java/com/fasterxml/jackson/datatype/jsr310/deser/InstantDeserializer.java}).
 */
final class TextOnlyTime extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
            JsonDeserializer<?> deserializer) {
        return bean.getBeanClass().getName().startsWith("java.time.") ? new Strings(deserializer) : deserializer;
    }

    private static final class Strings extends DelegatingDeserializer {

        Strings(JsonDeserializer<?> time) {
            super(time);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Strings(delegate);
        }

        @Override
        public Object deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(handledType(), json);
            }
            return _delegatee.deserialize(json, context);
        }
    }
}
