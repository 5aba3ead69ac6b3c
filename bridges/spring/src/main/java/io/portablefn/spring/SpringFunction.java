package io.portablefn.spring;

import io.portablefn.api.Context;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.TypedHttpHandler;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.function.Function;

/**
 * A Spring Cloud Function bean behind portablefn's generated entry points: extend it in a small
 * portable class, and the processor generates every cloud's entry point for it as for any
 * {@code @Function}.
 *
 * <pre>{@code
 * @Function(name = "uppercase")
 * @HttpTrigger(methods = HttpMethod.POST, path = "/uppercase")
 * public class Uppercase extends SpringFunction<String, String> {
 *     public Uppercase() {
 *         super(MyApplication.class, "uppercase");
 *     }
 * }
 * }</pre>
 *
 * <p>The request body is bound to {@code I} with portablefn's JSON rules, the bean is called with
 * it, and its result is written as JSON ({@code null} is a 204), exactly as for a
 * {@link TypedHttpHandler}; routing, errors and the response encoding are portablefn's on every
 * cloud. The bean throws {@link io.portablefn.api.HttpException} for a status of its choice; any
 * other exception is a 500 that shows the caller nothing of it.
 *
 * <p>The Spring application context of {@code application} starts once per JVM, on the first
 * invocation of any function that names that class, and is shared by them all and by all threads.
 * Constructing the function (which the function index and the generated classes do) starts
 * nothing. If the start fails, that invocation is a 500 and the next one tries again.
 *
 * @param <I> the bean's input type: a record, POJO, collection, String or {@link Void}
 * @param <O> the bean's output type
 */
public abstract class SpringFunction<I, O> implements TypedHttpHandler<I, O> {

    private final Class<?> application;
    private final String definition;
    private final Class<?> outputType;
    private volatile Function<Object, Object> bean;

    /**
     * Delegates to the function bean (or Spring Cloud Function definition, such as
     * {@code "trim|uppercase"}) named {@code definition} in the context of {@code application}, a
     * {@code @SpringBootApplication} or other class Spring Boot can start.
     */
    protected SpringFunction(Class<?> application, String definition) {
        this.application = Objects.requireNonNull(application, "application");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.outputType = rawOutputType(getClass());
    }

    /**
     * Delegates to the function that the application's own {@code spring.cloud.function.definition}
     * property names, as Spring Cloud Function's adapters do.
     */
    protected SpringFunction(Class<?> application) {
        this.application = Objects.requireNonNull(application, "application");
        this.definition = null;
        this.outputType = rawOutputType(getClass());
    }

    @Override
    public final O handle(I body, HttpRequest request, Context context) {
        Object result = bean().apply(body);
        if (result != null && !outputType.isInstance(result)) {
            throw new IllegalStateException("Spring function '" + SpringContexts.describe(definition) + "' of "
                    + application.getName() + " returned a " + result.getClass().getName() + " where "
                    + getClass().getName() + " declares " + outputType.getName()
                    + ": declare the bean's output type as the second type argument of SpringFunction");
        }
        @SuppressWarnings("unchecked") // checked against the declared output type above
        O output = (O) result;
        return output;
    }

    private Function<Object, Object> bean() {
        Function<Object, Object> found = bean;
        if (found == null) {
            bean = found = SpringContexts.function(application, definition);
        }
        return found;
    }

    // Resolved once from the subclass's declaration (Uppercase extends SpringFunction<String, String>),
    // so that a bean of another output type is a clear error rather than a ClassCastException later.
    private static Class<?> rawOutputType(Class<?> type) {
        Class<?> current = type;
        while (current.getSuperclass() != SpringFunction.class) {
            current = current.getSuperclass();
        }
        Type declared = current.getGenericSuperclass();
        if (declared instanceof ParameterizedType parameterized) {
            Type output = parameterized.getActualTypeArguments()[1];
            if (output instanceof Class<?> raw) {
                return raw;
            }
            if (output instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
                return raw;
            }
        }
        return Object.class;
    }
}
