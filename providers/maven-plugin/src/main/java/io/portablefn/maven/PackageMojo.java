package io.portablefn.maven;

import io.portablefn.maven.internal.Packager;
import io.portablefn.maven.internal.PackagingException;
import io.portablefn.maven.internal.SettingsResolver;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes each cloud's deployable and descriptors under {@code target/portablefn/}: {@code aws/}
 * (function.zip, template.yaml), {@code azure/} (the function app folder) and {@code gcp/} (the
 * jar, deploy.sh, deploy.yaml), for every cloud whose generator was on the processor path.
 *
 * <p>Settings are looked up from the most specific level down: the function's block for the
 * cloud, the function's entry in {@code <functions>}, the cloud's block ({@code <aws>},
 * {@code <azure>}, {@code <gcp>}), {@code <defaults>}, then the built-in defaults (512 MB, the
 * function's {@code @Function(timeoutSeconds)}, Java 17, private). A value a cloud cannot take
 * fails the build with a message naming the function, the cloud and the limit.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class PackageMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Where the clouds' folders are written. */
    @Parameter(defaultValue = "${project.build.directory}/portablefn", property = "portablefn.outputDirectory")
    File outputDirectory;

    /** Settings for every function on every cloud. */
    @Parameter
    Settings defaults = new Settings();

    /** Settings for every function on AWS Lambda. */
    @Parameter
    Settings aws;

    /** Settings for every function on Azure Functions. */
    @Parameter
    Settings azure;

    /** Settings for every function on Google Cloud Functions. */
    @Parameter
    Settings gcp;

    /** Settings of single functions, by name, each with optional {@code <aws>}, {@code <azure>}, {@code <gcp>}. */
    @Parameter
    List<FunctionSettings> functions = new ArrayList<>();

    /** Skips packaging. */
    @Parameter(defaultValue = "false", property = "portablefn.skip")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("portablefn packaging skipped (portablefn.skip)");
            return;
        }
        List<Packager.Dependency> dependencies = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getFile() != null && artifact.getArtifactHandler().isAddedToClasspath()) {
                dependencies.add(new Packager.Dependency(artifact.getGroupId(), artifact.getArtifactId(),
                        artifact.getFile().toPath()));
            }
        }
        Map<String, Settings> clouds = new java.util.HashMap<>();
        clouds.put("aws", aws);
        clouds.put("azure", azure);
        clouds.put("gcp", gcp);
        SettingsResolver settings = new SettingsResolver(defaults, clouds, functions);
        Packager packager = new Packager(settings, getLog()::info, getLog()::warn);
        Path output = outputDirectory.toPath();
        try {
            List<Path> artifacts = packager.run(new Packager.Project(Path.of(project.getBuild().getOutputDirectory()),
                    project.getBuild().getFinalName(), dependencies), output);
            for (Path artifact : artifacts) {
                getLog().info("portablefn: " + project.getBasedir().toPath().relativize(artifact) + (Files.isDirectory(artifact)
                        ? "/ (" + size(artifact) + ")" : " (" + size(artifact) + ")"));
            }
        } catch (PackagingException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("portablefn packaging failed: " + e.getMessage(), e);
        }
    }

    static String size(Path path) throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(path)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
