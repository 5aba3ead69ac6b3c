package io.portablefn.benchmarks.cold;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.portablefn.benchmarks.Fixture;
import io.portablefn.benchmarks.inputs.AwsInputs;
import io.portablefn.benchmarks.inputs.AzureInputs;
import io.portablefn.benchmarks.inputs.GcpInputs;
import io.portablefn.testkit.gcp.InvokerResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * The child JVM of a direct cold start: loads one entry point by name (as each cloud's runtime
 * does, reflectively), hands it the fixture once, prints {@code RESPONSE <answer>} and exits.
 * Arguments: the entry point's kind (AWS, GCP, AZURE), its class name and the request's path.
 */
public final class DirectMain {

    private DirectMain() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Class<?> entry = Class.forName(args[1]);
        Object instance = entry.getDeclaredConstructor().newInstance();
        long initialised = System.nanoTime();
        String path = args[2];
        String answer = switch (args[0]) {
            case "AWS" -> Aws.call(instance, path);
            case "GCP" -> Gcp.call(instance, path);
            default -> Azure.call(instance, path);
        };
        long answered = System.nanoTime();
        System.out.println("PHASES " + (initialised - start) / 1e6 + " " + (answered - initialised) / 1e6);
        System.out.println("RESPONSE " + answer.replace('\n', ' '));
        System.out.flush();
        System.exit(0);
    }

    // One nested class per cloud: the verifier of a class loads the types its methods use, and a
    // child JVM has only its own cloud's API on the classpath.
    private static final class Aws {
        static String call(Object entry, String path) throws Exception {
            RequestStreamHandler handler = (RequestStreamHandler) entry;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Fixture.httpApiV2Event(path)), out, AwsInputs.context());
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class Gcp {
        static String call(Object entry, String path) throws Exception {
            com.google.cloud.functions.HttpFunction function = (com.google.cloud.functions.HttpFunction) entry;
            InvokerResponse response = new InvokerResponse();
            function.service(GcpInputs.request(path), response);
            return response.status() + " " + response.bodyAsString();
        }
    }

    private static final class Azure {
        static String call(Object entry, String path) throws Exception {
            // The worker finds the @FunctionName method by reflection and calls it so.
            Method run = entry.getClass().getMethod("run", com.microsoft.azure.functions.HttpRequestMessage.class,
                    com.microsoft.azure.functions.ExecutionContext.class);
            Object response = run.invoke(entry, AzureInputs.request(path), AzureInputs.CONTEXT);
            com.microsoft.azure.functions.HttpResponseMessage message =
                    (com.microsoft.azure.functions.HttpResponseMessage) response;
            Object body = message.getBody();
            return message.getStatusCode() + " "
                    + (body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body));
        }
    }
}
