package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cold start: an HTTP invocation loads only the HTTP side of the AWS module, never the event
 * kinds, the record decoders or the detection of what came ({@link EventKind}). Checked in a
 * fresh JVM ({@link #main}) with {@code -Xlog:class+load}, since this one has loaded everything.
 */
class HttpColdPathTest {

    /** The module's classes one HTTP API 2.0 request loads; a class added to this path must be added here. */
    private static final Set<String> HTTP_PATH = Set.of("AwsHttpAdapter", "AwsEvent", "HttpEvent", "HttpV2Event",
            "EventReader", "EventShape", "RequestDecoder", "ResponseEncoder", "LambdaLogging",
            "LambdaLogging$Fallback", "HttpColdPathTest");

    @Test
    void anHttpRequestLoadsNoRecordClasses() throws IOException, InterruptedException {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                HttpColdPathTest.class.getName()).redirectErrorStream(true).start();
        String log;
        try {
            log = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the probe JVM did not finish");
        } finally {
            java.destroyForcibly();
        }
        assertEquals(0, java.exitValue(), log);
        assertTrue(log.contains("answered 200"), log);
        Set<String> loaded = new TreeSet<>();
        Matcher aws = Pattern.compile("\\bio\\.portablefn\\.aws\\.([A-Za-z0-9$]+) source:").matcher(log);
        while (aws.find()) {
            loaded.add(aws.group(1));
        }
        assertEquals(new TreeSet<>(HTTP_PATH), loaded);
    }

    /** The probe: one HTTP API 2.0 request through the adapter, in a JVM of its own. */
    public static void main(String[] args) throws IOException {
        HttpFunction function = HttpFunction.raw("cold", 30, "/hi", EnumSet.allOf(HttpMethod.class),
                (request, context) -> HttpResponse.ok().text("hi " + request.query().first("name").orElse("")));
        String event = "{\"version\":\"2.0\",\"rawPath\":\"/hi\",\"rawQueryString\":\"name=a\",\"cookies\":[\"c=1\"],"
                + "\"headers\":{\"host\":\"x\"},\"requestContext\":{\"http\":{\"method\":\"GET\"},\"requestId\":\"r\"},"
                + "\"body\":\"\",\"isBase64Encoded\":false}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AwsHttpAdapter(function).handle(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                null);
        String answer = out.toString(StandardCharsets.UTF_8);
        if (!answer.contains("\"statusCode\":200")) {
            throw new IllegalStateException(answer);
        }
        System.out.println("answered 200: " + List.of(answer));
    }
}
