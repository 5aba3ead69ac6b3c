package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.CreatorProperty;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Gives a POJO's absent property (a field or setter) what a record's absent component gets, so
 * that both follow one rule (docs/mapping.md §4, {@code http.typed.missing}): an absent primitive
 * is an error, not a silent 0 or {@code false}; an absent {@code Optional} (or
 * {@code OptionalInt}, ...) is empty, not {@code null}; any other absent property stays
 * {@code null}. Databind applies this only to creator parameters (records, {@code @JsonCreator}:
 * {@code PropertyValueBuffer._findMissing} in FasterXML/jackson-databind,
 * {@code src/main/java/com/fasterxml/jackson/databind/deser/impl/PropertyValueBuffer.java}),
 * so this marks each primitive or optional property as it is set and, once the object is read,
 * handles those that were not. The marks live in a thread-local
 * rather than the context because a property set late (kept aside until a creator ran) is set
 * without one; each object read installs its own and restores its parent's.
 */
final class AbsentProperties extends BeanDeserializerModifier {

    /** Starts the message of the failure, so that {@link DatabindJson} can word it. */
    static final String MISSING = "Missing primitive property ";

    private static final Set<Class<?>> OPTIONALS = Set.of(Optional.class, OptionalInt.class, OptionalLong.class,
            OptionalDouble.class);

    private static final ThreadLocal<Seen> READING = new ThreadLocal<>();

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
            BeanDeserializerBuilder builder) {
        List<SettableBeanProperty> watched = new ArrayList<>();
        for (Iterator<SettableBeanProperty> all = builder.getProperties(); all.hasNext(); ) {
            SettableBeanProperty property = all.next();
            boolean notNull = property.getType().isPrimitive() || OPTIONALS.contains(property.getType().getRawClass());
            if (notNull && !(property instanceof CreatorProperty)) {
                watched.add(property);
            }
        }
        Class<?> owner = bean.getBeanClass();
        for (int i = 0; i < watched.size(); i++) {
            builder.addOrReplaceProperty(new Marked(watched.get(i), owner, i), true);
        }
        return builder;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
            JsonDeserializer<?> deserializer) {
        if (!(deserializer instanceof BeanDeserializerBase beans)) {
            return deserializer;
        }
        Checked checked = new Checked(beans, bean.getBeanClass());
        return checked.marked.length == 0 ? deserializer : checked;
    }

    /** Which marked properties of the object being read were set. */
    private static final class Seen {
        final Class<?> owner;
        final boolean[] set;

        Seen(Class<?> owner, int count) {
            this.owner = owner;
            this.set = new boolean[count];
        }
    }

    /** A primitive property that notes in the current {@link Seen} that it was set. */
    private static final class Marked extends SettableBeanProperty.Delegating {
        final Class<?> owner;
        final int index;

        Marked(SettableBeanProperty property, Class<?> owner, int index) {
            super(property);
            this.owner = owner;
            this.index = index;
        }

        @Override
        protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
            return new Marked(delegate, owner, index);
        }

        @Override
        public void deserializeAndSet(JsonParser json, DeserializationContext context, Object instance)
                throws IOException {
            delegate.deserializeAndSet(json, context, instance);
            mark();
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser json, DeserializationContext context, Object instance)
                throws IOException {
            Object result = delegate.deserializeSetAndReturn(json, context, instance);
            mark();
            return result;
        }

        @Override
        public void set(Object instance, Object value) throws IOException {
            delegate.set(instance, value);
            mark();
        }

        @Override
        public Object setAndReturn(Object instance, Object value) throws IOException {
            Object result = delegate.setAndReturn(instance, value);
            mark();
            return result;
        }

        private void mark() {
            Seen seen = READING.get();
            if (seen != null && seen.owner == owner) {
                seen.set[index] = true;
            }
        }
    }

    /**
     * Reads one object with a fresh {@link Seen}, then refuses it if a primitive was not set and
     * gives each optional that was not set its empty value, as databind does for a creator.
     */
    private static final class Checked extends DelegatingDeserializer {
        private final Class<?> owner;
        // Resolving the bean deserializer replaces its properties with ones that know their value
        // deserializer: they are looked up again then. In index order, which is the order databind
        // collected them (declaration order), so that the first missing one reported is the one a
        // record's creator would report. Volatile: one deserializer serves every thread.
        private volatile Marked[] marked;

        Checked(JsonDeserializer<?> beans, Class<?> owner) {
            super(beans);
            this.owner = owner;
            watch();
        }

        private void watch() {
            List<Marked> found = new ArrayList<>();
            if (_delegatee instanceof BeanDeserializerBase beans) {
                for (Iterator<SettableBeanProperty> all = beans.properties(); all.hasNext(); ) {
                    if (all.next() instanceof Marked one) {
                        found.add(one);
                    }
                }
            }
            // Slot i holds the property marked i; one databind dropped leaves its slot empty.
            int slots = 0;
            for (Marked one : found) {
                slots = Math.max(slots, one.index + 1);
            }
            Marked[] byIndex = new Marked[slots];
            for (Marked one : found) {
                byIndex[one.index] = one;
            }
            marked = byIndex;
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            super.resolve(context);
            watch();
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, owner);
        }

        @Override
        public Object deserialize(JsonParser json, DeserializationContext context) throws IOException {
            Marked[] watched = marked;
            Seen outer = READING.get();
            Seen seen = new Seen(owner, watched.length);
            READING.set(seen);
            Object value;
            try {
                value = _delegatee.deserialize(json, context);
            } finally {
                READING.set(outer);
            }
            for (Marked property : watched) {
                if (property != null && !seen.set[property.index]) {
                    absent(property, value, json, context);
                }
            }
            return value;
        }

        private void absent(Marked property, Object value, JsonParser json, DeserializationContext context)
                throws IOException {
            if (property.getType().isPrimitive()) {
                MismatchedInputException missing = MismatchedInputException.from(json, handledType(),
                        MISSING + property.getName());
                missing.prependPath(value, property.getName());
                throw missing;
            }
            property.set(value, property.getValueDeserializer().getAbsentValue(context));
        }
    }
}
