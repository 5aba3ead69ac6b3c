package io.portablefn.samples.spring;

import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.runtime.FunctionSource;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.JulLogger;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The cold-start probe docs/spring.md quotes: in a fresh JVM, loads one function's generated
 * definition, sends it one request, and prints the time from JVM start to the response (the JVM's
 * own start time, so JVM boot is included). Run once per JVM:
 * {@code java -cp ... io.portablefn.samples.spring.FirstResponse io.portablefn.samples.spring.Uppercase POST /uppercase '"x"'}.
 * Not a test: measuring needs a JVM per run.
 */
public final class FirstResponse {

    private FirstResponse() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long loaded = System.currentTimeMillis();
        HttpFunction function = (HttpFunction) ((FunctionSource) Class.forName(args[0] + "_PortableFunction")
                .getDeclaredConstructor().newInstance()).function();
        HttpRequest request = HttpRequest.builder().method(args[1]).path(args[2])
                .header("content-type", "application/json").body(args.length > 3 ? args[3] : "").build();
        HttpResponse response = function.invoke(request, new InvocationContext(Provider.LOCAL, "cold-start",
                function.name(), Instant.now().plusSeconds(60), new JulLogger(Logger.getLogger("cold-start"))));
        long done = System.currentTimeMillis();
        System.out.println(args[0] + " status=" + response.status() + " jvmToMain=" + (loaded - jvmStart)
                + " jvmToFirstResponse=" + (done - jvmStart) + " mainToFirstResponse=" + (done - loaded));
        System.exit(0);
    }
}
