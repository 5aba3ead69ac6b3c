package io.portablefn.benchmarks.cold;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Cuts each variant's deployment out of this module's build: its function jar (its own
 * classes only), its dependency jars, and for AWS the Lambda zip (classes at the root, jars in
 * {@code lib/}, the layout Lambda's Java runtimes load). Fresh JVMs run on exactly these.
 */
public final class Layout {

    private static final List<String> HARNESS = List.of("io/portablefn/benchmarks/cold/DirectMain",
            "io/portablefn/benchmarks/Fixture", "io/portablefn/benchmarks/http-api-v2-post-greet",
            "io/portablefn/benchmarks/inputs/");

    private final List<Path> moduleClasspath;
    private final Path classes;
    private final Path out;
    // Each jar is written once per run: AppCDS and the AOT cache refuse a jar whose modification
    // time or size differs from the one they were trained on ("A jar file is not the one used
    // while building the shared archive file"), so rewriting it before every start kept both
    // archives from ever loading.
    private final Map<String, Path> written = new HashMap<>();

    public Layout(Path classpathFile, Path classes, Path out) throws IOException {
        this.moduleClasspath = new ArrayList<>();
        for (String entry : Files.readString(classpathFile).strip().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                moduleClasspath.add(Path.of(entry));
            }
        }
        this.classes = classes;
        this.out = out;
    }

    /** The jars of the module's classpath whose file names start with one of {@code prefixes}. */
    public List<Path> jars(List<String> prefixes) {
        List<Path> jars = new ArrayList<>();
        for (Path jar : moduleClasspath) {
            String name = jar.getFileName().toString();
            if (prefixes.stream().anyMatch(name::startsWith)) {
                jars.add(jar);
            }
        }
        return jars;
    }

    public Path invokerJar() {
        return jars(List.of(Variant.GCP_INVOKER)).get(0);
    }

    /** The variant's own classes, as the jar its build would produce. */
    public Path functionJar(Variant variant) throws IOException {
        return jar("function-" + variant.name().toLowerCase() + ".jar", variant.classes);
    }

    /**
     * The child-side harness: the direct-call main, the fixture and its cloud inputs (built from
     * portablefn-testkit, whose jar goes on the child's classpath beside this one).
     */
    public Path harnessJar() throws IOException {
        return jar("harness.jar", HARNESS);
    }

    /** Function jar and dependency jars: what the variant deploys. */
    public List<Path> deployment(Variant variant) throws IOException {
        List<Path> paths = new ArrayList<>();
        paths.add(functionJar(variant));
        paths.addAll(jars(variant.jars));
        return paths;
    }

    /** The Lambda deployment package: function classes at the root, dependencies under lib/. */
    public Path lambdaZip(Variant variant) throws IOException {
        Path zip = out.resolve("lambda-" + variant.name().toLowerCase() + ".zip");
        Files.createDirectories(out);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : classFiles(variant.classes)) {
                z.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, z);
                z.closeEntry();
            }
            for (Path jar : jars(variant.jars)) {
                z.putNextEntry(new ZipEntry("lib/" + jar.getFileName()));
                Files.copy(jar, z);
                z.closeEntry();
            }
        }
        return zip;
    }

    private synchronized Path jar(String name, List<String> prefixes) throws IOException {
        Path done = written.get(name);
        if (done != null) {
            return done;
        }
        Path jar = out.resolve(name);
        Files.createDirectories(out);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(file)) {
            for (Path each : classFiles(prefixes)) {
                z.putNextEntry(new ZipEntry(classes.relativize(each).toString().replace('\\', '/')));
                Files.copy(each, z);
                z.closeEntry();
            }
        }
        written.put(name, jar);
        return jar;
    }

    private List<Path> classFiles(List<String> prefixes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String relative = classes.relativize(f).toString().replace('\\', '/');
                        return prefixes.stream().anyMatch(relative::startsWith);
                    })
                    .sorted().toList();
        }
    }
}
