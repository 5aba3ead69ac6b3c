package io.portablefn.runtime;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Captures a body type, generics included, at compile time: generated code writes
 * {@code new BodyType<List<Order>>() {}} so that nothing has to inspect the handler at run time.
 */
public abstract class BodyType<T> {

    private final Type type;

    protected BodyType() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType)) {
            throw new IllegalStateException("BodyType must be created with a type argument: new BodyType<Order>() {}");
        }
        this.type = ((ParameterizedType) superclass).getActualTypeArguments()[0];
    }

    public final Type type() {
        return type;
    }

    /** True for {@code Void}: the function reads no body. */
    public final boolean isVoid() {
        return type == Void.class;
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }
}
