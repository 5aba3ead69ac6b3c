package io.portablefn.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.Json;
import io.portablefn.runtime.PortableFunction;
import io.portablefn.runtime.cron.Cron;
import io.portablefn.runtime.cron.CronException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cron of each schedule function, from the manifest the processor writes next to the
 * function index ({@value #MANIFEST}). The function definitions do not carry their trigger's
 * settings, and the manifest is where build tools already read them, so the local server reads
 * them there too, without loading or running user classes.
 */
final class DeclaredSchedules {

    static final String MANIFEST = "META-INF/portablefn/functions.json";

    private DeclaredSchedules() {
    }

    /**
     * The crons of the schedule functions among {@code functions}; a stale manifest may name
     * others, which are left out.
     */
    static Map<String, Cron> of(List<PortableFunction> functions, ClassLoader loader) {
        Map<String, Cron> schedules = read(loader);
        schedules.keySet().retainAll(functions.stream()
                .filter(f -> f instanceof EventFunction e && e.kind() == EventFunction.Kind.SCHEDULE)
                .map(PortableFunction::name).toList());
        return schedules;
    }

    /**
     * Schedule functions by name, with their cron, from every manifest {@code loader} sees (one
     * per compiled project or jar); empty when there is none.
     *
     * @throws IllegalStateException naming the file, if a manifest cannot be read or holds a cron
     *     that does not parse (the processor checked it, so the file is damaged or stale)
     */
    static Map<String, Cron> read(ClassLoader loader) {
        Map<String, Cron> schedules = new LinkedHashMap<>();
        Enumeration<URL> manifests;
        try {
            manifests = loader.getResources(MANIFEST);
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not list " + MANIFEST + " on the classpath: " + failure, failure);
        }
        while (manifests.hasMoreElements()) {
            URL manifest = manifests.nextElement();
            JsonNode root;
            try (InputStream in = manifest.openStream()) {
                root = Json.mapper().readTree(in);
            } catch (IOException unreadable) {
                throw new IllegalStateException("Could not read " + manifest + ": " + unreadable.getMessage()
                        + ". Rebuild the project so that the processor writes it again.", unreadable);
            }
            for (JsonNode function : root.path("functions")) {
                JsonNode trigger = function.path("trigger");
                if (!"schedule".equals(trigger.path("type").asText())) {
                    continue;
                }
                String name = function.path("name").asText();
                try {
                    schedules.putIfAbsent(name, Cron.parse(trigger.path("cron").asText()));
                } catch (CronException damaged) {
                    throw new IllegalStateException("The schedule of '" + name + "' in " + manifest + " does not parse: "
                            + damaged.getMessage() + " Rebuild the project so that the processor checks it again.",
                            damaged);
                }
            }
        }
        return schedules;
    }
}
