package io.portablefn.maven;

import io.portablefn.maven.internal.LocalServerProcess;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Stops the local server that {@code portablefn:start} started; does nothing if none runs. */
@Mojo(name = "stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class StopMojo extends AbstractMojo {

    @Override
    public void execute() {
        LocalServerProcess server = (LocalServerProcess) getPluginContext().remove(StartMojo.SERVER);
        if (server == null) {
            getLog().info("portablefn: no local server to stop");
            return;
        }
        try {
            server.stop();
            getLog().info("portablefn: stopped the local server on port " + server.port());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
