package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads case files: every {@code *.json} directly in a directory, in name order, from the file
 * system or from the classpath (a directory of classes or inside a jar, so the built-in
 * catalogue reads the same from this module's build and from the published artifact). A file
 * with an {@code event} is an event case, one with a {@code request} an HTTP case, so one
 * directory may hold both.
 */
public final class CaseFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseFiles() {
    }

    /** The cases of a directory: HTTP cases (a {@code request}) and event cases (an {@code event}), in name order. */
    public record Cases(List<HttpCase> http, List<EventCase> events) {
        public Cases {
            http = List.copyOf(http);
            events = List.copyOf(events);
        }
    }

    /** The HTTP cases in {@code directory}; their {@code function} fields name classes of {@code functions}. */
    public static List<HttpCase> fromDirectory(Path directory, List<Class<?>> functions) {
        return loadDirectory(directory, functions).http();
    }

    /** Every case in {@code directory}, HTTP and event; their {@code function} fields name classes of {@code functions}. */
    public static Cases loadDirectory(Path directory, List<Class<?>> functions) {
        if (!Files.isDirectory(directory)) {
            throw new CaseFileException("No case directory at " + directory.toAbsolutePath());
        }
        FunctionNames names = new FunctionNames(functions);
        List<HttpCase> http = new ArrayList<>();
        List<EventCase> events = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                read(file, names, http, events);
            }
        } catch (IOException e) {
            throw new CaseFileException("Cannot list case directory " + directory + ": " + e.getMessage(), e);
        }
        if (http.isEmpty() && events.isEmpty()) {
            throw new CaseFileException("No *.json case files in " + directory.toAbsolutePath());
        }
        return new Cases(http, events);
    }

    /** The cases in the classpath directory {@code resourceDirectory}, such as {@code conformance/cases}. */
    public static List<HttpCase> fromClasspath(String resourceDirectory, ClassLoader loader, List<Class<?>> functions) {
        return loadClasspath(resourceDirectory, loader, functions).http();
    }

    /** Every case, HTTP and event, in the classpath directory {@code resourceDirectory}. */
    public static Cases loadClasspath(String resourceDirectory, ClassLoader loader, List<Class<?>> functions) {
        String name = resourceDirectory.replaceAll("^/+|/+$", "");
        URL url = loader.getResource(name);
        if (url == null) {
            throw new CaseFileException("No case directory '" + name + "' on the classpath: put the case files"
                    + " under src/test/resources/" + name + " (or name the directory they are in)");
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return loadDirectory(Path.of(uri), functions);
            }
            return fromJar(uri, functions);
        } catch (URISyntaxException | IOException e) {
            throw new CaseFileException("Cannot read case directory " + url + ": " + e.getMessage(), e);
        }
    }

    // A jar's file system can be open already (another suite in the same JVM); then this one
    // borrows it and leaves it open for its owner.
    private static Cases fromJar(URI uri, List<Class<?>> functions) throws IOException {
        FileSystem jar;
        boolean opened;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            jar = FileSystems.getFileSystem(uri);
            opened = false;
        }
        try {
            return loadDirectory(jar.provider().getPath(uri), functions);
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }

    private static void read(Path file, FunctionNames names, List<HttpCase> http, List<EventCase> events) {
        String fileName = file.getFileName().toString();
        JsonNode json;
        try {
            json = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CaseFileException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        String id;
        if (json != null && json.has("event")) {
            EventCase parsed = EventCaseParser.parse(json, file.toString(), names);
            events.add(parsed);
            id = parsed.id();
        } else if (json != null && json.has("request")) {
            HttpCase parsed = CaseParser.parse(json, file.toString(), names);
            http.add(parsed);
            id = parsed.id();
        } else {
            throw new CaseFileException(file + ": a case is a JSON object with a \"request\" (an HTTP case) or an"
                    + " \"event\" (an event case); see docs/conformance.md");
        }
        String expectedName = id + ".json";
        if (!fileName.equals(expectedName)) {
            throw new CaseFileException(file + ": a case's file is named after its id; rename it " + expectedName);
        }
    }
}
