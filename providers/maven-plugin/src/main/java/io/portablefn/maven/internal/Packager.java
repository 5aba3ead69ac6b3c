package io.portablefn.maven.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Packages a compiled project for every cloud whose generator ran: checks every function on every
 * cloud first (all errors at once), then writes {@code aws/}, {@code azure/} and {@code gcp/}.
 */
public final class Packager {

    /** A runtime dependency of the project. */
    public record Dependency(String groupId, String artifactId, Path file) {
    }

    /** What the plugin knows of the project, without loading any of its classes. */
    public record Project(Path classes, String finalName, List<Dependency> dependencies) {
    }

    private static final List<CloudWriter> WRITERS = List.of(new AwsWriter(), new AzureWriter(), new GcpWriter());

    private final SettingsResolver settings;
    private final Consumer<String> info;
    private final Consumer<String> warnings;

    public Packager(SettingsResolver settings, Consumer<String> info, Consumer<String> warnings) {
        this.settings = settings;
        this.info = info;
        this.warnings = warnings;
    }

    /**
     * @return the artifacts written
     * @throws PackagingException with every broken limit, before anything is written
     */
    public List<Path> run(Project project, Path output) throws IOException, PackagingException {
        List<Manifest.Function> functions = Manifest.read(project.classes());
        List<ConfigException> errors = new ArrayList<>(settings.checkNames(functions));
        errors.addAll(Routes.conflicts(functions));
        Map<CloudWriter, List<Deployment>> plans = new java.util.LinkedHashMap<>();
        for (CloudWriter writer : WRITERS) {
            Cloud cloud = writer.cloud();
            List<Manifest.Function> deployed = functions.stream()
                    .filter(f -> f.entryPoints().containsKey(cloud.id())).toList();
            if (deployed.isEmpty()) {
                info.accept("No " + cloud.title() + " entry points (io.portablefn:portablefn-" + cloud.id()
                        + " is not on annotationProcessorPaths): " + cloud.id() + "/ not written");
                continue;
            }
            List<Deployment> deployments = new ArrayList<>();
            for (Manifest.Function function : deployed) {
                try {
                    Deployment deployment = settings.resolve(function, cloud);
                    errors.addAll(Limits.check(deployment, writer.triggers()));
                    deployments.add(deployment);
                } catch (ConfigException e) {
                    errors.add(e);
                }
            }
            errors.addAll(writer.check(deployments));
            plans.put(writer, deployments);
        }
        if (!errors.isEmpty()) {
            throw new PackagingException(errors);
        }
        List<Path> artifacts = new ArrayList<>();
        for (Map.Entry<CloudWriter, List<Deployment>> plan : plans.entrySet()) {
            Cloud cloud = plan.getKey().cloud();
            // A function renamed or removed since the last build must not stay deployable.
            deleteTree(output.resolve(cloud.id()));
            CloudWriter.Contents contents = new CloudWriter.Contents(classes(project, functions, cloud),
                    libraries(project, cloud), project.finalName(), info, warnings);
            artifacts.addAll(plan.getKey().write(plan.getValue(), contents, output.resolve(cloud.id())));
        }
        return artifacts;
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!java.nio.file.Files.exists(directory)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                java.nio.file.Files.delete(path);
            }
        }
    }

    // The class output without other clouds' entry points (and their nested classes).
    private static Map<String, Path> classes(Project project, List<Manifest.Function> functions, Cloud cloud)
            throws IOException {
        Set<String> foreign = functions.stream().flatMap(f -> f.entryPoints().entrySet().stream())
                .filter(e -> !e.getKey().equals(cloud.id()))
                .map(e -> e.getValue().replace('.', '/'))
                .collect(Collectors.toCollection(TreeSet::new));
        return Archives.tree(project.classes(), "", name -> {
            String type = name.endsWith(".class") ? name.substring(0, name.length() - ".class".length()) : null;
            return type == null || foreign.stream().noneMatch(f -> type.equals(f) || type.startsWith(f + "$"));
        });
    }

    private static Map<String, Path> libraries(Project project, Cloud cloud) {
        Map<String, Path> libraries = new TreeMap<>();
        for (Dependency dependency : project.dependencies()) {
            if (cloud.ships(dependency.groupId(), dependency.artifactId())) {
                libraries.put(dependency.file().getFileName().toString(), dependency.file());
            }
        }
        return libraries;
    }
}
