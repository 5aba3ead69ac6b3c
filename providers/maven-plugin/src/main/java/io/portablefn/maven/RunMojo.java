package io.portablefn.maven;

import io.portablefn.maven.internal.LocalServerProcess;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Serves every function of the project on the local server ({@code io.portablefn.local.LocalServer},
 * which must be a dependency: {@code io.portablefn:portablefn-local}) in a forked JVM on the
 * project's runtime classpath, until Ctrl-C. Compile first: {@code mvn compile portablefn:run}.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RunMojo extends LocalServerMojo {

    /** The port to listen on. */
    @Parameter(defaultValue = "8080", property = "portablefn.port")
    int port;

    @Override
    public void execute() throws MojoExecutionException {
        var classpath = serverClasspath();
        getLog().info("portablefn: serving " + project.getArtifactId() + " on http://localhost:" + port
                + " (Ctrl-C stops it)");
        try {
            LocalServerProcess server = LocalServerProcess.start(classpath, port, null);
            // Ctrl-C reaches Maven's JVM first: stop the server with it.
            Thread stopper = new Thread(() -> server.process().destroy(), "portablefn-run-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            int exit = server.process().waitFor();
            Runtime.getRuntime().removeShutdownHook(stopper);
            if (exit != 0) {
                throw new MojoExecutionException("The local server stopped with exit code " + exit);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not start the local server: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException shuttingDown) {
            // removeShutdownHook during shutdown: the server is being stopped already.
        }
    }
}
