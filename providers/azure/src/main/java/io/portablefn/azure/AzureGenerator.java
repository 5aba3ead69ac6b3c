package io.portablefn.azure;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.portablefn.api.HttpMethod;
import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.GeneratedFiles;
import io.portablefn.processor.spi.ProviderGenerator;
import io.portablefn.processor.spi.TriggerModel;
import io.portablefn.runtime.PathTemplate;
import java.io.IOException;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Xxx_AzureFunction}: one {@code @FunctionName} method with a trigger parameter,
 * from which Microsoft's azure-functions-maven-plugin writes function.json. An HTTP function's
 * method hands each call to {@link AzureHttpAdapter}; an event function's (queue, topic, storage,
 * schedule; see {@link AzureEventMethods}) to {@link AzureEventAdapter}.
 *
 * <p>The trigger lists the function's own methods and its path as the route (the host adds its
 * routePrefix, {@code api} by default). Its auth level is {@code FUNCTION}: nothing is public
 * unless asked for. Azure types are named by string so that this generator loads no Azure class
 * inside javac.
 */
public final class AzureGenerator implements ProviderGenerator {

    private static final String FUNCTIONS = "com.microsoft.azure.functions";
    private static final String ANNOTATIONS = FUNCTIONS + ".annotation";
    static final ClassName FUNCTION_NAME = ClassName.get(ANNOTATIONS, "FunctionName");
    static final ClassName HTTP_TRIGGER = ClassName.get(ANNOTATIONS, "HttpTrigger");
    static final ClassName AUTH_LEVEL = ClassName.get(ANNOTATIONS, "AuthorizationLevel");
    static final ClassName AZURE_METHOD = ClassName.get(FUNCTIONS, "HttpMethod");
    static final ClassName REQUEST = ClassName.get(FUNCTIONS, "HttpRequestMessage");
    static final ClassName RESPONSE = ClassName.get(FUNCTIONS, "HttpResponseMessage");
    static final ClassName CONTEXT = ClassName.get(FUNCTIONS, "ExecutionContext");
    static final ClassName ADAPTER = ClassName.get("io.portablefn.azure", "AzureHttpAdapter");

    /** The suffix of the generated class: {@code com.acme.Greet} gets {@code com.acme.Greet_AzureFunction}. */
    public static final String SUFFIX = "AzureFunction";

    @Override
    public String provider() {
        return "azure";
    }

    @Override
    public void generate(FunctionModel function, GeneratedFiles out) throws IOException {
        if (function.http() == null) {
            generateEvent(function, out);
            return;
        }
        ClassName name = function.generatedClass(SUFFIX);
        TypeSpec type = out.newClass(name, function)
                .addJavadoc("Azure Functions entry point of {@link $T}: function {@code $L}.\n",
                        function.functionClass(), function.name())
                .addField(function.adapterField(ADAPTER))
                .addMethod(MethodSpec.methodBuilder("run")
                        .addAnnotation(AnnotationSpec.builder(FUNCTION_NAME).addMember("value", "$S", function.name())
                                .build())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RESPONSE)
                        .addParameter(ParameterSpec.builder(ParameterizedTypeName.get(REQUEST,
                                        ParameterizedTypeName.get(ClassName.get(Optional.class), ClassName.get(String.class))),
                                        "request")
                                .addAnnotation(trigger(function.http()))
                                .build())
                        .addParameter(CONTEXT, "context")
                        .addStatement("return ADAPTER.handle(request, context)")
                        .build())
                .build();
        out.write(name, type);
    }

    private static void generateEvent(FunctionModel function, GeneratedFiles out) throws IOException {
        ClassName name = function.generatedClass(SUFFIX);
        MethodSpec.Builder run = MethodSpec.methodBuilder("run")
                .addAnnotation(AnnotationSpec.builder(FUNCTION_NAME).addMember("value", "$S", function.name()).build())
                .addModifiers(Modifier.PUBLIC);
        boolean stream = AzureStreamMethods.handles(function);
        TypeSpec type = out.newClass(name, function)
                .addJavadoc("Azure Functions entry point of {@link $T}: function {@code $L}.\n",
                        function.functionClass(), function.name())
                .addField(function.adapterField(stream ? AzureStreamMethods.ADAPTER : AzureEventMethods.ADAPTER))
                .addMethod(stream ? AzureStreamMethods.run(function, run) : AzureEventMethods.run(function, run))
                .build();
        out.write(name, type);
    }

    private static AnnotationSpec trigger(TriggerModel.Http http) {
        CodeBlock.Builder methods = CodeBlock.builder().add("{");
        for (int i = 0; i < http.methods().size(); i++) {
            methods.add(i == 0 ? "$T.$L" : ", $T.$L", AZURE_METHOD, azureMethod(http.methods().get(i)));
        }
        return AnnotationSpec.builder(HTTP_TRIGGER)
                .addMember("name", "$S", "request")
                .addMember("methods", methods.add("}").build())
                .addMember("route", "$S", route(http.path()))
                .addMember("authLevel", "$T.$L", AUTH_LEVEL, "FUNCTION")
                .build();
    }

    /**
     * Azure routes are relative to the routePrefix, and a greedy parameter is ASP.NET's catch-all:
     * {@code /orders/{id}} becomes {@code orders/{id}}, {@code /files/{rest+}} {@code files/{*rest}}.
     */
    static String route(String pathTemplate) {
        return PathTemplate.parse(pathTemplate).aspNetRoute();
    }

    // Azure's enum has the same names for the seven methods a portable trigger may list.
    private static String azureMethod(HttpMethod method) {
        return method.name();
    }
}
