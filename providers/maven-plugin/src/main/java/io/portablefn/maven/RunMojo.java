package io.portablefn.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Serves every function of the project on the local server ({@code io.portablefn.local.LocalServer},
 * which must be a dependency: {@code io.portablefn:portablefn-local}) in a forked JVM on the
 * project's runtime classpath, until Ctrl-C. Compile first: {@code mvn compile portablefn:run}.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RunMojo extends AbstractMojo {

    static final String MAIN = "io.portablefn.local.LocalServer";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The port to listen on. */
    @Parameter(defaultValue = "8080", property = "portablefn.port")
    int port;

    @Override
    public void execute() throws MojoExecutionException {
        List<String> classpath;
        try {
            classpath = project.getRuntimeClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Could not resolve the runtime classpath: " + e.getMessage(), e);
        }
        if (project.getArtifacts().stream().noneMatch(a -> a.getGroupId().equals("io.portablefn")
                && a.getArtifactId().equals("portablefn-local"))) {
            throw new MojoExecutionException("portablefn:run needs the local server: add the dependency"
                    + " io.portablefn:portablefn-local to " + project.getFile());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, classpath), MAIN,
                "--port", Integer.toString(port)).inheritIO();
        getLog().info("portablefn: serving " + project.getArtifactId() + " on http://localhost:" + port
                + " (Ctrl-C stops it)");
        try {
            Process server = builder.start();
            // Ctrl-C reaches Maven's JVM first: stop the server with it.
            Thread stopper = new Thread(server::destroy, "portablefn-run-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            int exit = server.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopper);
            if (exit != 0) {
                throw new MojoExecutionException("The local server stopped with exit code " + exit);
            }
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("Could not start " + java + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException shuttingDown) {
            // removeShutdownHook during shutdown: the server is being stopped already.
        }
    }
}
