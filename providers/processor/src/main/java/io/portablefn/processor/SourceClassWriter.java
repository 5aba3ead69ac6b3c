package io.portablefn.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.StorageEvent;
import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.TriggerModel;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.FunctionSource;
import io.portablefn.runtime.HttpFunction;
import java.io.IOException;
import java.util.EnumSet;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Xxx_PortableFunction}: the function's definition, which every provider's entry
 * point delegates to and which the function index lists. It only states what the compiler
 * found; the behaviour lives in {@link HttpFunction} and {@link EventFunction}.
 */
final class SourceClassWriter {

    private static final ClassName HTTP_FUNCTION = ClassName.get(HttpFunction.class);
    private static final ClassName EVENT_FUNCTION = ClassName.get(EventFunction.class);

    private final FilerFiles files;

    SourceClassWriter(FilerFiles files) {
        this.files = files;
    }

    void write(FunctionChecks.CheckedFunction checked) throws IOException {
        FunctionModel model = checked.model();
        ClassName kind = model.http() != null ? HTTP_FUNCTION : EVENT_FUNCTION;
        TypeSpec type = files.newClass(model.sourceClass(), model)
                .addJavadoc("The definition of function '$L'; every provider's entry point delegates to it.\n",
                        model.name())
                .addSuperinterface(FunctionSource.class)
                .addField(FieldSpec.builder(kind, FunctionModel.FUNCTION_FIELD,
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer(model.http() != null ? http(checked) : event(checked))
                        .build())
                .addMethod(MethodSpec.methodBuilder("function")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(kind)
                        .addStatement("return $L", FunctionModel.FUNCTION_FIELD)
                        .build())
                .build();
        files.write(model.sourceClass(), type);
    }

    private static CodeBlock http(FunctionChecks.CheckedFunction checked) {
        FunctionModel model = checked.model();
        CodeBlock methods = model.http().methods().stream()
                .map(m -> CodeBlock.of("$T.$L", HttpMethod.class, m.name()))
                .collect(CodeBlock.joining(", "));
        if (checked.bodyType() == null) {
            return CodeBlock.of("$T.raw($S, $L, $S, $T.of($L), new $T())", HTTP_FUNCTION, model.name(),
                    model.timeoutSeconds(), model.http().path(), EnumSet.class, methods, model.functionClass());
        }
        return CodeBlock.of("$T.typed($S, $L, $S, $T.of($L), new $T(), $L)", HTTP_FUNCTION, model.name(),
                model.timeoutSeconds(), model.http().path(), EnumSet.class, methods, model.functionClass(),
                bodyType(checked.bodyType()));
    }

    private static CodeBlock event(FunctionChecks.CheckedFunction checked) {
        FunctionModel model = checked.model();
        TriggerModel trigger = model.trigger();
        if (trigger instanceof TriggerModel.Storage storage) {
            CodeBlock kinds = storage.events().stream()
                    .map(k -> CodeBlock.of("$T.Kind.$L", StorageEvent.class, k.name()))
                    .collect(CodeBlock.joining(", "));
            return CodeBlock.of("$T.storage($S, $L, $T.of($L), new $T())", EVENT_FUNCTION, model.name(),
                    model.timeoutSeconds(), EnumSet.class, kinds, model.functionClass());
        }
        if (trigger instanceof TriggerModel.Schedule schedule) {
            return CodeBlock.of("$T.schedule($S, $L, $S, new $T())", EVENT_FUNCTION, model.name(),
                    model.timeoutSeconds(), schedule.cron(), model.functionClass());
        }
        if (trigger instanceof TriggerModel.Stream) {
            return checked.bodyType() == null
                    ? CodeBlock.of("$T.streams($S, $L, new $T())", EVENT_FUNCTION, model.name(),
                            model.timeoutSeconds(), model.functionClass())
                    : CodeBlock.of("$T.typedStreams($S, $L, new $T(), $L)", EVENT_FUNCTION, model.name(),
                            model.timeoutSeconds(), model.functionClass(), bodyType(checked.bodyType()));
        }
        if (trigger instanceof TriggerModel.Change) {
            return CodeBlock.of("$T.changes($S, $L, new $T(), $L)", EVENT_FUNCTION, model.name(),
                    model.timeoutSeconds(), model.functionClass(), bodyType(checked.bodyType()));
        }
        String kind = trigger instanceof TriggerModel.Queue ? "QUEUE" : "TOPIC";
        if (checked.bodyType() == null) {
            return CodeBlock.of("$T.messages($S, $L, $T.Kind.$L, new $T())", EVENT_FUNCTION, model.name(),
                    model.timeoutSeconds(), EVENT_FUNCTION, kind, model.functionClass());
        }
        return CodeBlock.of("$T.typedMessages($S, $L, $T.Kind.$L, new $T(), $L)", EVENT_FUNCTION, model.name(),
                model.timeoutSeconds(), EVENT_FUNCTION, kind, model.functionClass(), bodyType(checked.bodyType()));
    }

    /** {@code new BodyType<List<Order>>() {}}: captures the full generic type at compile time. */
    private static TypeSpec bodyType(TypeName body) {
        return TypeSpec.anonymousClassBuilder("")
                .superclass(ParameterizedTypeName.get(ClassName.get(BodyType.class), body.box()))
                .build();
    }
}
