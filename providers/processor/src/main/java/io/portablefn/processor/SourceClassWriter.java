package io.portablefn.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.portablefn.api.HttpMethod;
import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.FunctionSource;
import io.portablefn.runtime.HttpFunction;
import java.io.IOException;
import java.util.EnumSet;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Xxx_PortableFunction}: the function's definition, which every provider's entry
 * point delegates to and which the function index lists. It only states what the compiler
 * found; the behaviour lives in {@link HttpFunction}.
 */
final class SourceClassWriter {

    private static final ClassName HTTP_FUNCTION = ClassName.get(HttpFunction.class);

    private final FilerFiles files;

    SourceClassWriter(FilerFiles files) {
        this.files = files;
    }

    void write(FunctionChecks.CheckedFunction checked) throws IOException {
        FunctionModel model = checked.model();
        TypeSpec type = files.newClass(model.sourceClass(), model)
                .addJavadoc("The definition of function '$L'; every provider's entry point delegates to it.\n",
                        model.name())
                .addSuperinterface(FunctionSource.class)
                .addField(FieldSpec.builder(HTTP_FUNCTION, FunctionModel.FUNCTION_FIELD,
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer(definition(checked))
                        .build())
                .addMethod(MethodSpec.methodBuilder("function")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(HTTP_FUNCTION)
                        .addStatement("return $L", FunctionModel.FUNCTION_FIELD)
                        .build())
                .build();
        files.write(model.sourceClass(), type);
    }

    private static CodeBlock definition(FunctionChecks.CheckedFunction checked) {
        FunctionModel model = checked.model();
        CodeBlock methods = model.http().methods().stream()
                .map(m -> CodeBlock.of("$T.$L", HttpMethod.class, m.name()))
                .collect(CodeBlock.joining(", "));
        if (checked.bodyType() == null) {
            return CodeBlock.of("$T.raw($S, $L, $S, $T.of($L), new $T())", HTTP_FUNCTION, model.name(),
                    model.timeoutSeconds(), model.http().path(), EnumSet.class, methods, model.functionClass());
        }
        TypeSpec bodyType = TypeSpec.anonymousClassBuilder("")
                .superclass(ParameterizedTypeName.get(ClassName.get(BodyType.class), checked.bodyType().box()))
                .build();
        return CodeBlock.of("$T.typed($S, $L, $S, $T.of($L), new $T(), $L)", HTTP_FUNCTION, model.name(),
                model.timeoutSeconds(), model.http().path(), EnumSet.class, methods, model.functionClass(), bodyType);
    }
}
