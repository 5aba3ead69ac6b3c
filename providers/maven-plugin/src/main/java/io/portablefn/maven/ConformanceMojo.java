package io.portablefn.maven;

import io.portablefn.maven.internal.ConformanceCommand;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs the conformance suite on the project's functions without Surefire, and fails the build
 * when a case fails. For builds whose Surefire runs no JUnit 5 tests (Maven 3.8's default,
 * Surefire 2.12.4, reports {@code Tests run: 0} and passes), or that want the suite as a step of
 * its own:
 *
 * <pre>{@code
 * <execution><goals><goal>conformance</goal></goals></execution>   <!-- test phase -->
 * }</pre>
 *
 * The project needs {@code io.portablefn:portablefn-conformance} as a test dependency. The suite
 * runs in a forked JVM on the test classpath (docs/conformance.md, "Run it with Maven").
 */
@Mojo(name = "conformance", defaultPhase = LifecyclePhase.TEST, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class ConformanceMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Directories of case files; {@code src/test/resources/conformance/cases} when none is given. */
    @Parameter
    List<File> caseDirectories;

    /** The function classes the cases name; every function the processor indexed when none is given. */
    @Parameter
    List<String> functions;

    /** A known-gap ledger (docs/conformance.md, "Known gaps"). */
    @Parameter(property = "portablefn.knownGaps")
    File knownGaps;

    /** Also run portablefn's own catalogue. */
    @Parameter(defaultValue = "false", property = "portablefn.builtInCases")
    boolean builtInCases;

    /** Only these targets, comma-separated; every target when empty. */
    @Parameter(property = "portablefn.targets")
    String targets;

    /** Where the report goes. */
    @Parameter(defaultValue = "${project.build.directory}/conformance")
    File reportDirectory;

    /** The report's file name, without extension. */
    @Parameter(defaultValue = "conformance")
    String reportName;

    /** Skips the suite, as {@code -DskipTests} skips tests. */
    @Parameter(defaultValue = "false", property = "skipTests")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("portablefn: the conformance suite is skipped (skipTests)");
            return;
        }
        List<String> command = ConformanceCommand.command(testClasspath(), options());
        getLog().info("portablefn: running the conformance suite (" + ConformanceCommand.MAIN + ")");
        int exit;
        try {
            exit = new ProcessBuilder(command).directory(project.getBasedir()).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new MojoExecutionException("Could not start the conformance suite: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while the conformance suite ran", e);
        }
        Path report = reportDirectory.toPath().resolve(reportName + ".md");
        if (exit == 1) {
            throw new MojoFailureException("The conformance suite failed: see the failures above and " + report);
        }
        if (exit != 0) {
            throw new MojoExecutionException("The conformance suite could not run (exit code " + exit + "): see the"
                    + " message above");
        }
    }

    private ConformanceCommand.Options options() throws MojoExecutionException {
        List<Path> cases = new ArrayList<>();
        if (caseDirectories == null || caseDirectories.isEmpty()) {
            Path conventional = project.getBasedir().toPath().resolve("src/test/resources/conformance/cases");
            if (java.nio.file.Files.isDirectory(conventional) || !builtInCases) {
                cases.add(conventional); // when absent, the suite says so and that no case would run
            }
        } else {
            caseDirectories.forEach(directory -> cases.add(directory.toPath()));
        }
        List<String> names = functions;
        if (names == null || names.isEmpty()) {
            try {
                names = ConformanceCommand.indexedFunctions(List.of(Path.of(project.getBuild().getOutputDirectory()),
                        Path.of(project.getBuild().getTestOutputDirectory())));
            } catch (IOException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
        }
        return new ConformanceCommand.Options(cases, names, knownGaps == null ? null : knownGaps.toPath(), builtInCases,
                targets, reportDirectory.toPath(), reportName);
    }

    private List<String> testClasspath() throws MojoExecutionException {
        if (project.getArtifacts().stream().noneMatch(a -> a.getGroupId().equals("io.portablefn")
                && a.getArtifactId().equals("portablefn-conformance"))) {
            throw new MojoExecutionException("portablefn:conformance runs the suite of io.portablefn:portablefn-conformance:"
                    + " add it to " + project.getFile() + " as a test dependency (docs/conformance.md)");
        }
        try {
            return project.getTestClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Could not resolve the test classpath: " + e.getMessage(), e);
        }
    }
}
