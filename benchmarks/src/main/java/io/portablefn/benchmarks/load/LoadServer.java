package io.portablefn.benchmarks.load;

import io.portablefn.local.LocalServer;
import io.portablefn.runtime.FunctionIndex;
import io.portablefn.runtime.HttpFunction;
import java.io.IOException;
import java.util.List;

/**
 * The server side of {@link LocalLoad}, in its own JVM so that its memory and threads are its
 * own: the local server with this module's functions (the greeting among them, from the index
 * the processor wrote) on a free loopback port. Prints {@code PORT n}, then serves until its
 * standard input closes.
 */
public final class LoadServer {

    private LoadServer() {
    }

    public static void main(String[] args) throws IOException {
        List<HttpFunction> functions = FunctionIndex.load(LoadServer.class.getClassLoader());
        LocalServer server = LocalServer.start(0, functions);
        System.out.println("PORT " + server.port());
        System.out.flush();
        while (System.in.read() != -1) {
            // the harness closes our input when it is done
        }
        server.stop();
    }
}
