package io.portablefn.maven;

import io.portablefn.maven.internal.LocalServerProcess;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Starts the local server in the background for integration tests, and returns once it accepts
 * connections; {@code portablefn:stop} stops it (and so does the end of the build). The port
 * chosen is set as the project property {@code portablefn.port}, for tests to read:
 *
 * <pre>{@code
 * <execution><id>serve</id><goals><goal>start</goal></goals></execution>   <!-- pre-integration-test -->
 * <execution><id>unserve</id><goals><goal>stop</goal></goals></execution>  <!-- post-integration-test -->
 * }</pre>
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StartMojo extends LocalServerMojo {

    /** The key under which the running server is kept for {@code stop}, in the plugin context. */
    static final String SERVER = "portablefn.localServer";

    /** The port to listen on; 0 picks a free one. */
    @Parameter(defaultValue = "0", property = "portablefn.port")
    int port;

    /** How long to wait for the server to accept connections. */
    @Parameter(defaultValue = "60", property = "portablefn.startTimeoutSeconds")
    int startTimeoutSeconds;

    /** Where the server's output goes. */
    @Parameter(defaultValue = "${project.build.directory}/portablefn/local-server.log")
    File log;

    @Override
    @SuppressWarnings("unchecked")
    public void execute() throws MojoExecutionException {
        if (getPluginContext().get(SERVER) != null) {
            throw new MojoExecutionException("portablefn:start ran twice without portablefn:stop in between");
        }
        var classpath = serverClasspath();
        try {
            LocalServerProcess server = LocalServerProcess.start(classpath, port, log.toPath());
            // Should the build fail before portablefn:stop, the server still ends with Maven.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.process().destroy(), "portablefn-stop"));
            server.awaitReady(Duration.ofSeconds(startTimeoutSeconds));
            getPluginContext().put(SERVER, server);
            project.getProperties().setProperty("portablefn.port", Integer.toString(server.port()));
            getLog().info("portablefn: " + project.getArtifactId() + " is served on http://localhost:" + server.port()
                    + " (output in " + log + ")");
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage() + "; its output is in " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while starting the local server", e);
        }
    }
}
