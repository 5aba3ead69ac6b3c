package io.portablefn.processor.spi;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * One checked {@code @Function} class, as generators see it.
 *
 * @param name the function name
 * @param timeoutSeconds the declared timeout
 * @param functionClass the user's class
 * @param sourceClass the generated class whose {@code public static final HttpFunction FUNCTION}
 *     field (an {@code HttpFunction} or {@code EventFunction}) every provider entry point delegates to
 * @param trigger the function's one trigger
 * @param element the user's class element, to record as the originating element
 */
public record FunctionModel(String name, int timeoutSeconds, ClassName functionClass, ClassName sourceClass,
        TriggerModel trigger, TypeElement element) {

    /** The name of the field on {@link #sourceClass()} that holds the function's definition. */
    public static final String FUNCTION_FIELD = "FUNCTION";

    /**
     * A class in the user's package named after the user's class and a suffix, for example
     * {@code Greet_AwsHandler} for suffix {@code AwsHandler}. Nested classes are flattened
     * with underscores ({@code Outer_Inner_AwsHandler}).
     */
    public ClassName generatedClass(String suffix) {
        return ClassName.get(functionClass.packageName(),
                String.join("_", functionClass.simpleNames()) + "_" + suffix);
    }

    /**
     * The field every entry point holds: {@code private static final Adapter ADAPTER = new
     * Adapter(Xxx_PortableFunction.FUNCTION);}, built once when the cloud loads the class.
     */
    public FieldSpec adapterField(ClassName adapterClass) {
        return FieldSpec.builder(adapterClass, "ADAPTER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($T.$N)", adapterClass, sourceClass, FUNCTION_FIELD)
                .build();
    }

    /** The HTTP trigger, or null when the function has another kind of trigger. */
    public TriggerModel.Http http() {
        return trigger instanceof TriggerModel.Http http ? http : null;
    }
}
