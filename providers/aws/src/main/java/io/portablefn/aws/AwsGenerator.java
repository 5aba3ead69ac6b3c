package io.portablefn.aws;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.GeneratedFiles;
import io.portablefn.processor.spi.ProviderGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.lang.model.element.Modifier;

/**
 * Generates, for a function class {@code com.acme.Greet}, the Lambda handler
 * {@code com.acme.Greet_AwsHandler} (a {@code RequestStreamHandler}; deploy it with handler
 * {@code com.acme.Greet_AwsHandler::handleRequest}). It holds one adapter over the function's
 * definition, built when Lambda loads the class, and delegates every invocation to it in one
 * line: an {@link AwsHttpAdapter} for an HTTP function, an {@link AwsEventAdapter} for a queue,
 * topic, storage or schedule function (the SAM template wires SQS, SNS, S3 or EventBridge
 * Scheduler to it).
 */
public final class AwsGenerator implements ProviderGenerator {

    static final String SUFFIX = "AwsHandler";

    private static final ClassName STREAM_HANDLER =
            ClassName.get("com.amazonaws.services.lambda.runtime", "RequestStreamHandler");
    private static final ClassName LAMBDA_CONTEXT =
            ClassName.get("com.amazonaws.services.lambda.runtime", "Context");
    private static final ClassName HTTP_ADAPTER = ClassName.get("io.portablefn.aws", "AwsHttpAdapter");
    private static final ClassName EVENT_ADAPTER = ClassName.get("io.portablefn.aws", "AwsEventAdapter");

    @Override
    public String provider() {
        return "aws";
    }

    @Override
    public void generate(FunctionModel function, GeneratedFiles out) throws IOException {
        ClassName name = function.generatedClass(SUFFIX);
        FieldSpec adapter = function.adapterField(function.http() != null ? HTTP_ADAPTER : EVENT_ADAPTER);
        MethodSpec handleRequest = MethodSpec.methodBuilder("handleRequest")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(InputStream.class, "input")
                .addParameter(OutputStream.class, "output")
                .addParameter(LAMBDA_CONTEXT, "context")
                .addException(IOException.class)
                .addStatement("$N.handle(input, output, context)", adapter)
                .build();
        TypeSpec type = out.newClass(name, function)
                .addJavadoc("AWS Lambda entry point of function {@code $L}.\n\n<p>Handler: {@code $L::handleRequest}\n",
                        function.name(), name.canonicalName())
                .addSuperinterface(STREAM_HANDLER)
                .addField(adapter)
                .addMethod(handleRequest)
                .build();
        out.write(name, type);
    }
}
