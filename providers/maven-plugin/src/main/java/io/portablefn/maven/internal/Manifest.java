package io.portablefn.maven.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The functions of a project as the portablefn processor recorded them in
 * {@value #PATH}: read from the class output, so no user class is loaded or run.
 */
public final class Manifest {

    public static final String PATH = "META-INF/portablefn/functions.json";

    /**
     * A trigger as the processor's manifest states it.
     *
     * @param type {@code http}, {@code queue}, {@code topic}, {@code storage} or {@code schedule}
     * @param attributes its text attributes: {@code path}; {@code queue}, {@code azureService};
     *     {@code topic}, {@code subscription}; {@code bucket}; {@code cron}, {@code eventBridge},
     *     {@code ncrontab}, {@code unixCron}
     * @param methods for HTTP, the methods; empty otherwise
     * @param events for storage, the event kinds ({@code CREATED}, {@code DELETED}); empty otherwise
     */
    public record Trigger(String type, Map<String, String> attributes, List<String> methods, List<String> events) {

        /** An HTTP trigger. */
        public static Trigger http(List<String> methods, String path) {
            return new Trigger("http", Map.of("path", path), methods, List.of());
        }

        /** For HTTP, the path template; null otherwise. */
        public String path() {
            return attributes.get("path");
        }

        /** A text attribute the trigger must have; a manifest without it is the processor's bug. */
        public String attribute(String name) {
            String value = attributes.get(name);
            if (value == null) {
                throw new IllegalStateException("The " + type + " trigger in " + PATH + " has no '" + name + "'");
            }
            return value;
        }
    }

    /**
     * @param entryPoints the generated entry point class per cloud ({@code aws}, {@code azure},
     *     {@code gcp}) whose generator was on the processor path
     */
    public record Function(String name, String className, int timeoutSeconds, Trigger trigger,
            Map<String, String> entryPoints) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifest() {
    }

    public static List<Function> read(Path classesDirectory) throws IOException {
        Path file = classesDirectory.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            throw new IOException("No " + file + ": compile with io.portablefn:portablefn-processor on the"
                    + " annotation processor path (see docs/getting-started.md) before packaging");
        }
        JsonNode root = JSON.readTree(file.toFile());
        if (root.path("version").asInt() != 1) {
            throw new IOException(file + " has version " + root.path("version") + "; this plugin reads version 1:"
                    + " use the same portablefn version for the processor and the plugin");
        }
        List<Function> functions = new ArrayList<>();
        for (JsonNode function : root.path("functions")) {
            JsonNode trigger = function.path("trigger");
            List<String> methods = new ArrayList<>();
            trigger.path("methods").forEach(method -> methods.add(method.asText()));
            List<String> events = new ArrayList<>();
            trigger.path("events").forEach(event -> events.add(event.asText()));
            Map<String, String> attributes = new TreeMap<>();
            trigger.fields().forEachRemaining(field -> {
                // Numbers too (a stream's retries and batch size), as their text.
                if ((field.getValue().isTextual() || field.getValue().isIntegralNumber()) && !field.getKey().equals("type")) {
                    attributes.put(field.getKey(), field.getValue().asText());
                }
            });
            Map<String, String> entryPoints = new TreeMap<>();
            function.path("entryPoints").fields().forEachRemaining(e -> entryPoints.put(e.getKey(), e.getValue().asText()));
            functions.add(new Function(function.path("name").asText(), function.path("class").asText(),
                    function.path("timeoutSeconds").asInt(),
                    new Trigger(trigger.path("type").asText(), Map.copyOf(attributes), List.copyOf(methods),
                            List.copyOf(events)),
                    Map.copyOf(entryPoints)));
        }
        return List.copyOf(functions);
    }
}
