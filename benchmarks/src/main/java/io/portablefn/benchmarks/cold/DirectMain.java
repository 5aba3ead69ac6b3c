package io.portablefn.benchmarks.cold;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.portablefn.benchmarks.Fixture;
import io.portablefn.benchmarks.fakes.FakeAzureRequest;
import io.portablefn.benchmarks.fakes.FakeGcpRequest;
import io.portablefn.benchmarks.fakes.FakeGcpResponse;
import io.portablefn.benchmarks.fakes.FakeLambdaContext;
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
            handler.handleRequest(new ByteArrayInputStream(Fixture.HTTP_API_V2_EVENT), out, new FakeLambdaContext());
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class Gcp {
        static String call(Class<?> entry) throws Exception {
            com.google.cloud.functions.HttpFunction function =
                    (com.google.cloud.functions.HttpFunction) entry.getDeclaredConstructor().newInstance();
            FakeGcpResponse response = new FakeGcpResponse();
            function.service(new FakeGcpRequest(Fixture.BODY_BYTES), response);
            return response.status() + " " + response.body();
        }
    }

    private static final class Azure {
        static String call(Class<?> entry) throws Exception {
            // The worker finds the @FunctionName method by reflection and calls it so.
            Method run = entry.getMethod("run", com.microsoft.azure.functions.HttpRequestMessage.class,
                    com.microsoft.azure.functions.ExecutionContext.class);
            Object response = run.invoke(entry.getDeclaredConstructor().newInstance(),
                    new FakeAzureRequest(Fixture.BODY), FakeAzureRequest.CONTEXT);
            com.microsoft.azure.functions.HttpResponseMessage message =
                    (com.microsoft.azure.functions.HttpResponseMessage) response;
            Object body = message.getBody();
            return message.getStatusCode() + " "
                    + (body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body));
        }
    }
}
