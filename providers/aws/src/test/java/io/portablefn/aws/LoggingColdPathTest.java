package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portablefn.api.HttpMethod;
import io.portablefn.api.HttpResponse;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.testkit.aws.FakeLambdaContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What logging costs at cold start, in a fresh JVM ({@link #main}) with {@code -Xlog:class+load}
 * and the environment Lambda sets: an invocation that does not log loads no logging class but the
 * {@code LogSink} interface; a JSON record loads neither jackson-databind nor java.time's
 * formatters; {@code AWS_LAMBDA_LOG_FORMAT} and {@code AWS_LAMBDA_LOG_LEVEL} are read from the
 * environment.
 */
class LoggingColdPathTest {

    private static final Pattern RECORD = Pattern.compile("^LOG (.*)$", Pattern.MULTILINE);

    private record Probe(String classes, List<String> records) { }

    @Test
    void anInvocationThatDoesNotLogLoadsOnlyTheSinkInterface() throws Exception {
        Probe probe = probe("quiet", Map.of());
        assertEquals(Set.of("LogSink"), loaded(probe.classes(), "io\\.portablefn\\.runtime\\.log"));
        assertEquals(List.of(), probe.records());
    }

    @Test
    void aJsonRecordLoadsNoDataBindingNorDateFormatting() throws Exception {
        Probe probe = probe("log", Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON"));
        assertEquals(Set.of(), loaded(probe.classes(), "com\\.fasterxml\\.jackson\\.databind"));
        assertEquals(Set.of(), loaded(probe.classes(), "java\\.time\\.format"));
        assertEquals(2, probe.records().size(), probe.records()::toString);
        JsonNode record = new ObjectMapper().readTree(probe.records().get(0));
        assertEquals("INFO", record.get("level").asText());
        assertEquals("hello", record.get("message").asText());
    }

    @Test
    void theLogLevelComesFromTheEnvironment() throws Exception {
        Probe probe = probe("log", Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", "WARN"));
        assertEquals(1, probe.records().size(), probe.records()::toString);
        assertEquals("WARN", new ObjectMapper().readTree(probe.records().get(0)).get("level").asText());
    }

    @Test
    void withoutAFormatRecordsAreText() throws Exception {
        Probe probe = probe("log", Map.of());
        assertEquals(2, probe.records().size(), probe.records()::toString);
        assertTrue(probe.records().get(0).startsWith("INFO function=cold invocation=req-1 trace="),
                probe.records().get(0));
        assertFalse(probe.records().get(0).startsWith("{"));
    }

    private static Set<String> loaded(String classes, String packagePattern) {
        Set<String> loaded = new TreeSet<>();
        Matcher match = Pattern.compile("\\b" + packagePattern + "\\.([A-Za-z0-9$.]+) source:").matcher(classes);
        while (match.find()) {
            loaded.add(match.group(1));
        }
        return loaded;
    }

    private static Probe probe(String mode, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                LoggingColdPathTest.class.getName(), mode).redirectErrorStream(true);
        builder.environment().remove("AWS_LAMBDA_LOG_FORMAT");
        builder.environment().remove("AWS_LAMBDA_LOG_LEVEL");
        builder.environment().putAll(env);
        Process java = builder.start();
        String output;
        try {
            output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the probe JVM did not finish");
        } finally {
            java.destroyForcibly();
        }
        assertEquals(0, java.exitValue(), output);
        assertTrue(output.contains("answered 200"), output);
        List<String> records = new ArrayList<>();
        Matcher record = RECORD.matcher(output);
        while (record.find()) {
            records.add(record.group(1));
        }
        return new Probe(output, records);
    }

    /** The probe: one request through the adapter with Lambda's context; "log" has the function log twice. */
    public static void main(String[] args) throws IOException {
        boolean logs = args[0].equals("log");
        HttpFunction function = HttpFunction.raw("cold", 30, "/hi", EnumSet.allOf(HttpMethod.class), (request, context) -> {
            if (logs) {
                context.logger().info("hello");
                context.logger().warn("careful");
            }
            return HttpResponse.ok().text("hi");
        });
        String event = "{\"version\":\"2.0\",\"rawPath\":\"/hi\",\"rawQueryString\":\"\",\"headers\":{\"host\":\"x\"},"
                + "\"requestContext\":{\"http\":{\"method\":\"GET\"},\"requestId\":\"r\"},\"isBase64Encoded\":false}";
        // Each record on a line of its own, newlines shown, so that the test tells records from class-load lines.
        FakeLambdaContext lambda = new FakeLambdaContext("req-1", "cold", Duration.ofSeconds(30),
                line -> System.out.println("LOG " + line.strip().replace("\n", "\\n")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AwsHttpAdapter(function).handle(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                lambda);
        String answer = out.toString(StandardCharsets.UTF_8);
        if (!answer.contains("\"statusCode\":200")) {
            throw new IllegalStateException(answer);
        }
        System.out.println("answered 200");
    }
}
