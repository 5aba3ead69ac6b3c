package io.portablefn.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
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

/**
 * Makes a missing primitive property of a POJO (a field or setter) an error, as it is for a
 * record's component: without this, databind leaves the field at 0 or {@code false} and the
 * function cannot tell "absent" from "zero". Databind checks only creator parameters
 * ({@code FAIL_ON_NULL_FOR_PRIMITIVES} covers them), so this marks each primitive property as
 * it is set and checks, once the object is read, that all were. The marks live in a thread-local
 * rather than the context because a property set late (kept aside until a creator ran) is set
 * without one; each object read installs its own and restores its parent's.
 */
final class MissingPrimitives extends BeanDeserializerModifier {

    /** Starts the message of the failure, so that {@link DatabindJson} can word it. */
    static final String MISSING = "Missing primitive property ";

    private static final ThreadLocal<Seen> READING = new ThreadLocal<>();

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
            BeanDeserializerBuilder builder) {
        List<SettableBeanProperty> primitives = new ArrayList<>();
        for (Iterator<SettableBeanProperty> all = builder.getProperties(); all.hasNext(); ) {
            SettableBeanProperty property = all.next();
            if (property.getType().isPrimitive() && !(property instanceof CreatorProperty)) {
                primitives.add(property);
            }
        }
        Class<?> owner = bean.getBeanClass();
        for (int i = 0; i < primitives.size(); i++) {
            builder.addOrReplaceProperty(new Marked(primitives.get(i), owner, i), true);
        }
        return builder;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
            JsonDeserializer<?> deserializer) {
        if (!(deserializer instanceof BeanDeserializerBase beans)) {
            return deserializer;
        }
        List<Marked> marked = new ArrayList<>();
        beans.properties().forEachRemaining(property -> {
            if (property instanceof Marked one) {
                marked.add(one);
            }
        });
        // Indexed as marked; a property databind dropped since leaves a gap that is not checked.
        String[] names = new String[marked.stream().mapToInt(one -> one.index + 1).max().orElse(0)];
        marked.forEach(one -> names[one.index] = one.getName());
        return marked.isEmpty() ? deserializer : new Checked(deserializer, bean.getBeanClass(), names);
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

    /** Reads one object with a fresh {@link Seen}, then refuses it if a marked property is unset. */
    private static final class Checked extends DelegatingDeserializer {
        private final Class<?> owner;
        private final String[] names;

        Checked(JsonDeserializer<?> beans, Class<?> owner, String[] names) {
            super(beans);
            this.owner = owner;
            this.names = names;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, owner, names);
        }

        @Override
        public Object deserialize(JsonParser json, DeserializationContext context) throws IOException {
            Seen outer = READING.get();
            Seen seen = new Seen(owner, names.length);
            READING.set(seen);
            Object value;
            try {
                value = _delegatee.deserialize(json, context);
            } finally {
                READING.set(outer);
            }
            for (int i = 0; i < names.length; i++) {
                if (!seen.set[i] && names[i] != null) {
                    MismatchedInputException missing = MismatchedInputException.from(json, handledType(),
                            MISSING + names[i]);
                    missing.prependPath(value, names[i]);
                    throw missing;
                }
            }
            return value;
        }
    }
}
