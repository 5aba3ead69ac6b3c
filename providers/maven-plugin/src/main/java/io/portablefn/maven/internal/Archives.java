package io.portablefn.maven.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes zips and jars whose bytes depend only on their content: entries sorted, one fixed
 * time, so that an unchanged function gives an unchanged artifact (and no needless redeploy).
 */
final class Archives {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private Archives() {
    }

    /** The files under {@code root} that {@code keep} accepts, by their '/'-separated relative path. */
    static Map<String, Path> tree(Path root, String prefix, Predicate<String> keep) throws IOException {
        Map<String, Path> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = prefix + root.relativize(file).toString().replace('\\', '/');
                if (keep.test(name)) {
                    entries.put(name, file);
                }
            }
        }
        return entries;
    }

    static void zip(Path target, Map<String, Path> entries) throws IOException {
        write(target, null, entries);
    }

    /** A jar whose manifest names {@code classPath} (relative paths of the jars beside it). */
    static void jar(Path target, Map<String, Path> entries, List<String> classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Created-By"), "portablefn-maven-plugin");
        if (!classPath.isEmpty()) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        }
        Map<String, Path> withoutManifest = new TreeMap<>(entries);
        withoutManifest.remove(JarFile.MANIFEST_NAME);
        write(target, manifest, withoutManifest);
    }

    private static void write(Path target, Manifest manifest, Map<String, Path> entries) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file)) {
            if (manifest != null) {
                zip.putNextEntry(entry("META-INF/"));
                zip.putNextEntry(entry(JarFile.MANIFEST_NAME));
                manifest.write(zip);
            }
            String lastDirectory = "";
            for (Map.Entry<String, Path> e : entries.entrySet()) {
                lastDirectory = directories(zip, e.getKey(), lastDirectory, manifest != null);
                zip.putNextEntry(entry(e.getKey()));
                Files.copy(e.getValue(), zip);
            }
        }
    }

    // Directory entries before their files, once each: some tools list a zip by its directories.
    private static String directories(ZipOutputStream zip, String name, String last, boolean skipMetaInf)
            throws IOException {
        int slash = name.lastIndexOf('/');
        String directory = slash < 0 ? "" : name.substring(0, slash + 1);
        if (directory.isEmpty() || directory.equals(last)) {
            return directory;
        }
        String[] parts = directory.split("/");
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(part).append('/');
            String dir = path.toString();
            if (!last.startsWith(dir) && !(skipMetaInf && dir.equals("META-INF/"))) {
                zip.putNextEntry(entry(dir));
            }
        }
        return directory;
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        return entry;
    }
}
