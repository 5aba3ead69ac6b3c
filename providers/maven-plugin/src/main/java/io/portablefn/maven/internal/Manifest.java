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

    /** A trigger: its kind ({@code http} today) and, for HTTP, its methods and path template. */
    public record Trigger(String type, List<String> methods, String path) {
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
            Map<String, String> entryPoints = new TreeMap<>();
            function.path("entryPoints").fields().forEachRemaining(e -> entryPoints.put(e.getKey(), e.getValue().asText()));
            functions.add(new Function(function.path("name").asText(), function.path("class").asText(),
                    function.path("timeoutSeconds").asInt(),
                    new Trigger(trigger.path("type").asText(), List.copyOf(methods), trigger.path("path").asText(null)),
                    Map.copyOf(entryPoints)));
        }
        return List.copyOf(functions);
    }
}
