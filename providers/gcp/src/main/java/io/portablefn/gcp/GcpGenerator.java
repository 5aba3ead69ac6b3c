package io.portablefn.gcp;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.GeneratedFiles;
import io.portablefn.processor.spi.ProviderGenerator;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Xxx_GcpFunction}, the class a Cloud Functions deployment names as its entry point
 * ({@code --entry-point com.acme.Greet_GcpFunction}). For an HTTP function it implements Google's
 * {@code com.google.cloud.functions.HttpFunction} and hands each call to {@link GcpHttpAdapter};
 * for an event function (queue, topic, storage, schedule) it implements {@code
 * CloudEventsFunction}, what Eventarc calls on 2nd gen, and hands each event to {@link
 * GcpEventAdapter}.
 *
 * <p>Types are named by string, not by {@code Class}: the processor path carries this module but
 * not Google's API (it is {@code provided}), so those classes must not be loaded here.
 */
public final class GcpGenerator implements ProviderGenerator {

    static final ClassName GCF_HTTP_FUNCTION = ClassName.get("com.google.cloud.functions", "HttpFunction");
    static final ClassName GCF_HTTP_REQUEST = ClassName.get("com.google.cloud.functions", "HttpRequest");
    static final ClassName GCF_HTTP_RESPONSE = ClassName.get("com.google.cloud.functions", "HttpResponse");
    static final ClassName ADAPTER = ClassName.get("io.portablefn.gcp", "GcpHttpAdapter");
    static final ClassName GCF_CLOUD_EVENTS_FUNCTION = ClassName.get("com.google.cloud.functions", "CloudEventsFunction");
    static final ClassName CLOUD_EVENT = ClassName.get("io.cloudevents", "CloudEvent");
    static final ClassName EVENT_ADAPTER = ClassName.get("io.portablefn.gcp", "GcpEventAdapter");

    /** The suffix of the generated class: {@code com.acme.Greet} gets {@code com.acme.Greet_GcpFunction}. */
    public static final String SUFFIX = "GcpFunction";

    @Override
    public String provider() {
        return "gcp";
    }

    @Override
    public void generate(FunctionModel function, GeneratedFiles out) throws IOException {
        ClassName name = function.generatedClass(SUFFIX);
        TypeSpec.Builder type = out.newClass(name, function)
                .addJavadoc("Google Cloud Functions entry point of {@link $T}; deploy with entry point {@code $L}.\n",
                        function.functionClass(), name.canonicalName());
        if (function.http() != null) {
            type.addSuperinterface(GCF_HTTP_FUNCTION)
                    .addField(function.adapterField(ADAPTER))
                    .addMethod(MethodSpec.methodBuilder("service")
                            .addAnnotation(Override.class)
                            .addModifiers(Modifier.PUBLIC)
                            .addParameter(GCF_HTTP_REQUEST, "request")
                            .addParameter(GCF_HTTP_RESPONSE, "response")
                            .addException(IOException.class)
                            .addStatement("ADAPTER.handle(request, response)")
                            .build());
        } else {
            type.addSuperinterface(GCF_CLOUD_EVENTS_FUNCTION)
                    .addField(function.adapterField(EVENT_ADAPTER))
                    .addMethod(MethodSpec.methodBuilder("accept")
                            .addAnnotation(Override.class)
                            .addModifiers(Modifier.PUBLIC)
                            .addParameter(CLOUD_EVENT, "event")
                            .addException(Exception.class)
                            .addStatement("ADAPTER.accept(event)")
                            .build());
        }
        out.write(name, type.build());
    }
}
