package io.portablefn.processor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.portablefn.api.HttpMethod;
import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.GeneratedFiles;
import io.portablefn.processor.spi.TriggerModel;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value #MANIFEST}, the project's functions as build tools see them: name, user class,
 * timeout, trigger and the entry point each generator wrote. The portablefn Maven plugin reads
 * it to write deployment descriptors without loading (and so running) user classes.
 *
 * <p>Like the function index, entries already in the class output are kept unless a function of
 * this compilation has the same name or class, so an incremental compile keeps the others.
 */
final class FunctionManifestWriter {

    static final String MANIFEST = "META-INF/portablefn/functions.json";
    static final int VERSION = 1;

    // Its factory carries the codec that JsonGenerator.writeTree needs for the kept entries.
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Entry> entries = new TreeMap<>();

    /** One function and the entry point class each provider's generator wrote for it. */
    private record Entry(FunctionModel model, Map<String, String> entryPoints) {
    }

    void add(FunctionModel model) {
        entries.put(model.name(), new Entry(model, new LinkedHashMap<>()));
    }

    /** Files for one generator's run on one function; the first class it writes is its entry point. */
    GeneratedFiles recording(GeneratedFiles files, FunctionModel model, String provider) {
        Map<String, String> entryPoints = entries.get(model.name()).entryPoints();
        return new GeneratedFiles() {
            @Override
            public TypeSpec.Builder newClass(ClassName name, FunctionModel function) {
                return files.newClass(name, function);
            }

            @Override
            public void write(ClassName name, TypeSpec type) throws IOException {
                files.write(name, type);
                entryPoints.putIfAbsent(provider, name.canonicalName());
            }

            @Override
            public void writeResource(String path, String content, FunctionModel function) throws IOException {
                files.writeResource(path, content, function);
            }
        };
    }

    void write(Filer filer) throws IOException {
        Map<String, JsonNode> kept = existing(filer);
        for (Entry entry : entries.values()) {
            kept.remove(entry.model().name());
            kept.values().removeIf(old -> old.path("class").asText().equals(entry.model().functionClass().canonicalName()));
        }
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", MANIFEST);
        try (Writer out = file.openWriter(); JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("functions");
            Map<String, Object> all = new TreeMap<>(kept);
            entries.forEach(all::put);
            for (Object value : all.values()) {
                if (value instanceof Entry entry) {
                    write(json, entry);
                } else {
                    json.writeTree((JsonNode) value);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void write(JsonGenerator json, Entry entry) throws IOException {
        FunctionModel model = entry.model();
        json.writeStartObject();
        json.writeStringField("name", model.name());
        json.writeStringField("class", model.functionClass().canonicalName());
        json.writeNumberField("timeoutSeconds", model.timeoutSeconds());
        json.writeObjectFieldStart("trigger");
        json.writeStringField("type", model.trigger().type());
        writeTrigger(json, model.trigger());
        json.writeEndObject();
        json.writeObjectFieldStart("entryPoints");
        for (Map.Entry<String, String> entryPoint : new TreeMap<>(entry.entryPoints()).entrySet()) {
            json.writeStringField(entryPoint.getKey(), entryPoint.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The trigger's attributes; the Maven plugin's reader (Manifest) mirrors these names. */
    private static void writeTrigger(JsonGenerator json, TriggerModel trigger) throws IOException {
        if (trigger instanceof TriggerModel.Http http) {
            json.writeArrayFieldStart("methods");
            for (HttpMethod method : http.methods()) {
                json.writeString(method.name());
            }
            json.writeEndArray();
            json.writeStringField("path", http.path());
        } else if (trigger instanceof TriggerModel.Queue queue) {
            json.writeStringField("queue", queue.queue());
            json.writeStringField("azureService", queue.azureService().name());
        } else if (trigger instanceof TriggerModel.Topic topic) {
            json.writeStringField("topic", topic.topic());
            json.writeStringField("subscription", topic.subscription());
        } else if (trigger instanceof TriggerModel.Storage storage) {
            json.writeStringField("bucket", storage.bucket());
            json.writeArrayFieldStart("events");
            for (var kind : storage.events()) {
                json.writeString(kind.name());
            }
            json.writeEndArray();
        } else if (trigger instanceof TriggerModel.Schedule schedule) {
            json.writeStringField("cron", schedule.cron());
            json.writeStringField("eventBridge", schedule.eventBridge());
            json.writeStringField("ncrontab", schedule.ncrontab());
            json.writeStringField("unixCron", schedule.unixCron());
        } else if (trigger instanceof TriggerModel.Stream stream) {
            json.writeStringField("stream", stream.stream());
            json.writeNumberField("retries", stream.retries());
            json.writeNumberField("batchSize", stream.batchSize());
        } else if (trigger instanceof TriggerModel.Change change) {
            json.writeStringField("table", change.table());
            json.writeStringField("cosmosDatabase", change.cosmosDatabase());
            json.writeStringField("firestoreDatabase", change.firestoreDatabase());
            json.writeStringField("batchSize", Integer.toString(change.batchSize())); // the plugin reads text attributes
            json.writeStringField("azureConnection", change.azureConnection());
        }
    }

    private static Map<String, JsonNode> existing(Filer filer) {
        Map<String, JsonNode> functions = new TreeMap<>();
        try {
            FileObject old = filer.getResource(StandardLocation.CLASS_OUTPUT, "", MANIFEST);
            try (Reader reader = old.openReader(true)) {
                JsonNode root = JSON.readTree(reader);
                // A manifest of another version is rewritten from scratch rather than misread.
                if (root != null && root.path("version").asInt() == VERSION) {
                    root.path("functions").forEach(function -> functions.put(function.path("name").asText(), function));
                }
            }
        } catch (IOException | IllegalArgumentException absent) {
            // No manifest yet (a clean build), or one we cannot read: write this compilation's only.
        }
        return functions;
    }
}
