package io.portablefn.conformance.process;

import io.portablefn.conformance.TargetCannotRun;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The jars of a real runtime (Google's invoker, AWS's runtime interface client) for a child JVM,
 * kept off the test classpath. A runtime artifact ({@code io.portablefn:portablefn-conformance-<name>})
 * packs them in its own jar under {@code META-INF/portablefn/runtimes/<name>/}, marked by
 * {@code META-INF/portablefn/runtimes/<name>.properties}; nested jars are opaque to the test JVM's
 * class loader, so the runtime's classes cannot clash with the user's. They are unpacked once per
 * test JVM. A runtime put on the test classpath directly (its main class loads) is used as it is.
 */
public final class RuntimeJars {

    private static final String FOLDER = "META-INF/portablefn/runtimes/";
    private static final Map<String, RuntimeJars> UNPACKED = new ConcurrentHashMap<>();

    private final List<String> jars;
    private final String carrier;

    private RuntimeJars(List<String> jars, String carrier) {
        this.jars = List.copyOf(jars);
        this.carrier = carrier;
    }

    /**
     * The runtime {@code name} ({@code gcp-invoker}, {@code aws-ric}), whose entry point is {@code mainClass}.
     *
     * @throws TargetCannotRun when neither its runtime artifact nor the runtime itself is on the
     *     test classpath, naming the test dependency to add
     */
    public static RuntimeJars find(String name, String mainClass) {
        return UNPACKED.computeIfAbsent(name, key -> locate(key, mainClass, RuntimeJars.class.getClassLoader()));
    }

    /** The runtime's jars, for the child JVM's {@code -cp}. */
    public List<String> jars() {
        return jars;
    }

    /**
     * {@code jvmClassPath} (the test JVM's) without the runtime and its artifact: the classpath the
     * function's classes load from in the child JVM.
     */
    public List<String> functionPath(String jvmClassPath) {
        List<String> path = new ArrayList<>();
        for (String entry : jvmClassPath.split(File.pathSeparator)) {
            if (!entry.isEmpty() && !jars.contains(entry) && !entry.equals(carrier)) {
                path.add(entry);
            }
        }
        return path;
    }

    /**
     * Copies {@code path}, a file in one of the runtime's jars (such as a native library), to
     * {@code file}; false when no jar has it.
     */
    public boolean copyResource(String path, Path file) throws IOException {
        for (String jar : jars) {
            try (FileSystem zip = FileSystems.newFileSystem(Path.of(jar))) {
                Path entry = zip.getPath(path);
                if (Files.exists(entry)) {
                    Files.copy(entry, file, StandardCopyOption.REPLACE_EXISTING);
                    return true;
                }
            }
        }
        return false;
    }

    /** As {@link #find}, looking in {@code loader} and unpacking anew. */
    static RuntimeJars locate(String name, String mainClass, ClassLoader loader) {
        URL marker = loader.getResource(FOLDER + name + ".properties");
        try {
            if (marker != null) {
                return unpack(name, marker);
            }
            Optional<String> direct = jarOf(mainClass, loader);
            if (direct.isPresent()) {
                return new RuntimeJars(List.of(direct.get()), null);
            }
        } catch (IOException | URISyntaxException e) {
            throw new TargetCannotRun("Could not read the " + name + " runtime from " + marker + ": " + e, e);
        }
        throw new TargetCannotRun("The " + name + " runtime is not on the test classpath: add the test dependency"
                + " io.portablefn:portablefn-conformance-" + name + " (docs/conformance.md, \"Real runtimes\"),"
                + " or leave out the targets that need it with -Dportablefn.targets");
    }

    // The marker is in the runtime artifact's jar (a user's build) or in its classes folder (this
    // project's reactor before packaging); the runtime's jars are in the folder beside it.
    private static RuntimeJars unpack(String name, URL marker) throws IOException, URISyntaxException {
        URI uri = marker.toURI();
        if (uri.getScheme().equals("file")) {
            Path folder = Path.of(uri).resolveSibling(name);
            Path classes = folder.getParent().getParent().getParent().getParent();
            return new RuntimeJars(strings(jarsIn(folder)), classes.toString());
        }
        String spec = uri.getSchemeSpecificPart();
        Path carrier = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
        Path target = Files.createTempDirectory("portablefn-runtime-" + name + "-");
        target.toFile().deleteOnExit();
        try (FileSystem zip = FileSystems.newFileSystem(carrier)) {
            for (Path jar : jarsIn(zip.getPath(FOLDER + name))) {
                Path copy = target.resolve(jar.getFileName().toString());
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
                copy.toFile().deleteOnExit();
            }
        }
        return new RuntimeJars(strings(jarsIn(target)), carrier.toString());
    }

    private static List<String> strings(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
            if (jars.isEmpty()) {
                throw new IOException("no jar in " + folder);
            }
            return jars;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Optional<String> jarOf(String mainClass, ClassLoader loader) throws URISyntaxException {
        try {
            Class<?> main = Class.forName(mainClass, false, loader);
            return Optional.of(Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
