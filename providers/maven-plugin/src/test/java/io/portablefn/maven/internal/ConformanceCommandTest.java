package io.portablefn.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance goal's command line, and the functions it finds when none are named. */
class ConformanceCommandTest {

    @Test
    void theFunctionsAreThoseTheProcessorIndexedInMainAndTestClasses(@TempDir Path dir) throws Exception {
        Fixtures.write(dir.resolve("classes").resolve(Manifest.PATH), Fixtures.MANIFEST);
        Fixtures.write(dir.resolve("test-classes").resolve(Manifest.PATH), """
                {"version": 1, "functions": [{"name": "probe", "class": "com.acme.Probe", "timeoutSeconds": 5,
                  "trigger": {"type": "http", "methods": ["GET"], "path": "/probe"}, "entryPoints": {}}]}
                """);
        List<String> functions = ConformanceCommand.indexedFunctions(List.of(dir.resolve("classes"),
                dir.resolve("test-classes"), dir.resolve("absent")));
        assertEquals("com.acme.Probe", functions.get(functions.size() - 1));
        assertEquals(Manifest.read(dir.resolve("classes")).size() + 1, functions.size());
    }

    @Test
    void theCommandRunsTheSuitesMainWithEveryOption() {
        List<String> command = ConformanceCommand.command(List.of("/a.jar", "/b"), new ConformanceCommand.Options(
                List.of(Path.of("cases")), List.of("com.acme.Hello"), Path.of("gaps.json"), true, " aws-alb,gcp ",
                Path.of("target/conformance"), "conformance"));
        assertEquals(List.of("-cp", "/a.jar" + java.io.File.pathSeparator + "/b", ConformanceCommand.MAIN, "--cases", "cases",
                "--function", "com.acme.Hello", "--known-gaps", "gaps.json", "--built-in", "--targets", "aws-alb,gcp",
                "--report", "target/conformance", "--name", "conformance"), command.subList(1, command.size()));
    }
}
