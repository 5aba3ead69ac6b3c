package io.portablefn.maven.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code gcp/function/}: the deployable jar, whose manifest {@code Class-Path} names the jars in
 * {@code gcp/function/libs/} (a layout Cloud Functions deploys as is, with {@code --source});
 * {@code gcp/deploy.sh}: one {@code gcloud functions deploy} per function; {@code gcp/deploy.yaml}:
 * the same data for other tools.
 */
final class GcpWriter implements CloudWriter {

    static final String SOURCE = "function";

    @Override
    public Cloud cloud() {
        return Cloud.GCP;
    }

    @Override
    public List<String> triggers() {
        return List.of("http");
    }

    @Override
    public List<ConfigException> check(List<Deployment> deployments) {
        return List.of();
    }

    @Override
    public List<Path> write(List<Deployment> deployments, Contents contents, Path directory) throws IOException {
        Path source = directory.resolve(SOURCE);
        Files.createDirectories(source);
        List<String> classPath = new ArrayList<>();
        for (Map.Entry<String, Path> library : contents.libraries().entrySet()) {
            Files.createDirectories(source.resolve("libs"));
            Files.copy(library.getValue(), source.resolve("libs").resolve(library.getKey()),
                    StandardCopyOption.REPLACE_EXISTING);
            classPath.add("libs/" + library.getKey());
        }
        Path jar = source.resolve(contents.finalName() + ".jar");
        Archives.jar(jar, contents.classes(), classPath);
        Path script = directory.resolve("deploy.sh");
        Files.writeString(script, script(deployments));
        script.toFile().setExecutable(true);
        Path yaml = directory.resolve("deploy.yaml");
        Files.writeString(yaml, Yaml.write(Map.of("functions", deployments.stream().map(GcpWriter::yaml).toList())));
        return List.of(jar, script, yaml);
    }

    static String memory(int memoryMb) {
        return memoryMb + "Mi";
    }

    /** The gcloud arguments after {@code gcloud functions deploy}, in a fixed order. */
    static List<String> arguments(Deployment deployment) {
        List<String> arguments = new ArrayList<>(List.of(deployment.name(), "--gen2",
                "--runtime=java" + deployment.javaVersion(), "--entry-point=" + deployment.entryPoint(),
                "--source=" + SOURCE));
        switch (deployment.function().trigger().type()) {
            case "http" -> {
                arguments.add("--trigger-http");
                arguments.add(deployment.publicAccess() ? "--allow-unauthenticated" : "--no-allow-unauthenticated");
            }
            default -> throw new IllegalStateException("unchecked trigger " + deployment.function().trigger().type());
        }
        arguments.add("--memory=" + memory(deployment.memoryMb()));
        arguments.add("--timeout=" + deployment.timeoutSeconds() + "s");
        if (!deployment.environment().isEmpty()) {
            arguments.add("--set-env-vars=" + environment(deployment.environment()));
        }
        return arguments;
    }

    // gcloud splits the list on ','; a value holding one needs gcloud's "^delimiter^" form.
    private static String environment(Map<String, String> variables) {
        boolean comma = variables.values().stream().anyMatch(value -> value.contains(","));
        String pairs = variables.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(comma ? "|" : ","));
        return comma ? "^|^" + pairs : pairs;
    }

    private static String script(List<Deployment> deployments) {
        StringBuilder script = new StringBuilder("""
                #!/bin/sh
                # Written by portablefn-maven-plugin: deploys every function of this project to Cloud Functions
                # (2nd gen). Extra arguments go to every command, e.g. ./deploy.sh --region=europe-west1 --project=my-project
                set -eu
                cd "$(dirname "$0")"
                """);
        for (Deployment deployment : deployments) {
            script.append("\ngcloud functions deploy");
            for (String argument : arguments(deployment)) {
                script.append(" \\\n  ").append(shellQuote(argument));
            }
            script.append(" \\\n  \"$@\"\n");
        }
        return script.toString();
    }

    static String shellQuote(String argument) {
        if (argument.matches("[A-Za-z0-9_./=:@%+-]+")) {
            return argument;
        }
        return "'" + argument.replace("'", "'\\''") + "'";
    }

    private static Map<String, Object> yaml(Deployment deployment) {
        Map<String, Object> function = new LinkedHashMap<>();
        function.put("name", deployment.name());
        function.put("gen2", true);
        function.put("runtime", "java" + deployment.javaVersion());
        function.put("entryPoint", deployment.entryPoint());
        function.put("source", SOURCE);
        Manifest.Trigger trigger = deployment.function().trigger();
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("methods", trigger.methods());
        http.put("path", trigger.path());
        function.put("trigger", Map.of("http", http));
        function.put("allowUnauthenticated", deployment.publicAccess());
        function.put("memory", memory(deployment.memoryMb()));
        function.put("timeout", deployment.timeoutSeconds() + "s");
        function.put("environment", deployment.environment());
        function.put("command", "gcloud functions deploy " + arguments(deployment).stream()
                .map(GcpWriter::shellQuote).collect(Collectors.joining(" ")));
        return function;
    }
}
