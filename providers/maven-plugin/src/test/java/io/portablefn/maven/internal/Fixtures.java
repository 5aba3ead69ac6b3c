package io.portablefn.maven.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A compiled project on disk, as the processor and Maven leave it, without compiling anything. */
final class Fixtures {

    private Fixtures() {
    }

    static final String MANIFEST = """
            {"version": 1, "functions": [
              {"name": "get-order", "class": "com.acme.GetOrder", "timeoutSeconds": 20,
               "trigger": {"type": "http", "methods": ["GET", "HEAD"], "path": "/orders/{id}"},
               "entryPoints": {"aws": "com.acme.GetOrder_AwsHandler", "azure": "com.acme.GetOrder_AzureFunction",
                               "gcp": "com.acme.GetOrder_GcpFunction"}},
              {"name": "ping", "class": "com.acme.Ping", "timeoutSeconds": 5,
               "trigger": {"type": "http", "methods": ["GET"], "path": "/ping"},
               "entryPoints": {"aws": "com.acme.Ping_AwsHandler", "azure": "com.acme.Ping_AzureFunction",
                               "gcp": "com.acme.Ping_GcpFunction"}}
            ]}
            """;

    static Packager.Project project(Path root, String manifest) throws IOException {
        Path classes = root.resolve("classes");
        write(classes.resolve(Manifest.PATH), manifest);
        for (String type : List.of("GetOrder", "GetOrder_AwsHandler", "GetOrder_AzureFunction", "GetOrder_GcpFunction",
                "GetOrder_GcpFunction$1", "Ping", "Ping_AwsHandler", "Ping_AzureFunction", "Ping_GcpFunction")) {
            write(classes.resolve("com/acme/" + type + ".class"), "bytes of " + type);
        }
        Path repo = root.resolve("repo");
        List<Packager.Dependency> dependencies = List.of(
                dependency(repo, "io.portablefn", "portablefn-runtime"),
                dependency(repo, "io.portablefn", "portablefn-aws"),
                dependency(repo, "io.portablefn", "portablefn-azure"),
                dependency(repo, "io.portablefn", "portablefn-gcp"),
                dependency(repo, "io.portablefn", "portablefn-local"),
                dependency(repo, "com.amazonaws", "aws-lambda-java-core"),
                dependency(repo, "com.microsoft.azure.functions", "azure-functions-java-library"),
                dependency(repo, "com.fasterxml.jackson.core", "jackson-databind"));
        return new Packager.Project(classes, "app-1.0", dependencies);
    }

    private static Packager.Dependency dependency(Path repo, String group, String artifact) throws IOException {
        Path jar = repo.resolve(artifact + "-1.0.jar");
        write(jar, artifact);
        return new Packager.Dependency(group, artifact, jar);
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
