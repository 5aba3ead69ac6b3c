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
 * Arguments: the entry point's kind (AWS, GCP, AZURE) and class name.
 */
public final class DirectMain {

    private DirectMain() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> entry = Class.forName(args[1]);
        String answer = switch (args[0]) {
            case "AWS" -> Aws.call(entry);
            case "GCP" -> Gcp.call(entry);
            default -> Azure.call(entry);
        };
        System.out.println("RESPONSE " + answer.replace('\n', ' '));
        System.out.flush();
        System.exit(0);
    }

    // One nested class per cloud: the verifier of a class loads the types its methods use, and a
    // child JVM has only its own cloud's API on the classpath.
    private static final class Aws {
        static String call(Class<?> entry) throws Exception {
            RequestStreamHandler handler = (RequestStreamHandler) entry.getDeclaredConstructor().newInstance();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Fixture.HTTP_API_V2_EVENT), out, AwsInputs.context());
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class Gcp {
        static String call(Class<?> entry) throws Exception {
            com.google.cloud.functions.HttpFunction function =
                    (com.google.cloud.functions.HttpFunction) entry.getDeclaredConstructor().newInstance();
            InvokerResponse response = new InvokerResponse();
            function.service(GcpInputs.request(), response);
            return response.status() + " " + response.bodyAsString();
        }
    }

    private static final class Azure {
        static String call(Class<?> entry) throws Exception {
            // The worker finds the @FunctionName method by reflection and calls it so.
            Method run = entry.getMethod("run", com.microsoft.azure.functions.HttpRequestMessage.class,
                    com.microsoft.azure.functions.ExecutionContext.class);
            Object response = run.invoke(entry.getDeclaredConstructor().newInstance(),
                    AzureInputs.request(), AzureInputs.CONTEXT);
            com.microsoft.azure.functions.HttpResponseMessage message =
                    (com.microsoft.azure.functions.HttpResponseMessage) response;
            Object body = message.getBody();
            return message.getStatusCode() + " "
                    + (body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body));
        }
    }
}
