package io.portablefn.maven.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code aws/function.zip} (classes at the root, jars in {@code lib/}: the layout Lambda's Java
 * runtime loads) and {@code aws/template.yaml} (AWS SAM): one {@code AWS::Serverless::Function} per
 * function, named {@code <stack name>-<function name>}; the HTTP API or REST API in front of HTTP
 * functions, whose routes require IAM auth unless a function is public ({@link AwsApis}); and the
 * queues, topics, buckets and schedules of event functions ({@link AwsEvents}).
 */
final class AwsWriter implements CloudWriter {

    /** Lambda function names have at most 64 characters. */
    static final int LAMBDA_NAME_LENGTH = 64;

    @Override
    public Cloud cloud() {
        return Cloud.AWS;
    }

    @Override
    public List<String> triggers() {
        return List.of("http", "queue", "topic", "storage", "schedule", "change", "stream");
    }

    /** CloudFormation logical IDs are alphanumeric: {@code get-order} becomes {@code GetOrderFunction}. */
    static String logicalId(String name) {
        return AwsEvents.pascal(name) + "Function";
    }

    @Override
    public List<ConfigException> check(List<Deployment> deployments) {
        List<ConfigException> errors = new ArrayList<>();
        // Logical ID -> [function, what it stands for]; a topic or bucket shared by functions is one resource.
        Map<String, String[]> ids = new HashMap<>();
        for (Deployment deployment : deployments) {
            Map<String, String> wanted = new LinkedHashMap<>();
            wanted.put(logicalId(deployment.name()), "function '" + deployment.name() + "'");
            wanted.putAll(AwsEvents.resourceIds(deployment));
            wanted.forEach((id, what) -> {
                String[] other = ids.putIfAbsent(id, new String[] {deployment.name(), what});
                if (other != null && !other[1].equals(what)) {
                    errors.add(ConfigException.conflict(Cloud.AWS, "resource name " + id
                            + " (SAM logical ID, alphanumeric)", other[0], "it for its " + other[1],
                            deployment.name(), "it for its " + what));
                }
            });
        }
        errors.addAll(Routes.restVariables(deployments.stream()
                .filter(d -> AwsApis.http(d) && d.restApi()).toList()));
        return errors;
    }

    @Override
    public List<Path> write(List<Deployment> deployments, Contents contents, Path directory) throws IOException {
        Map<String, Path> entries = new TreeMap<>(contents.classes());
        contents.libraries().forEach((name, file) -> entries.put("lib/" + name, file));
        Path zip = directory.resolve("function.zip");
        Archives.zip(zip, entries);
        Path template = directory.resolve("template.yaml");
        Files.writeString(template, Yaml.write(template(deployments, contents)));
        return List.of(zip, template);
    }

    private static Map<String, Object> template(List<Deployment> deployments, Contents contents) {
        Map<String, Object> resources = new LinkedHashMap<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        AwsApis.addResources(deployments, resources);
        for (Deployment deployment : deployments) {
            if (AwsApis.http(deployment)) {
                AwsApis.warnings(deployment, contents.warnings());
            } else if (deployment.publicAccess()) {
                contents.warnings().accept("Function '" + deployment.name() + "' on AWS: auth 'public' applies to"
                        + " HTTP functions only; an event function is invoked by the AWS service that triggers it");
            }
            resources.put(logicalId(deployment.name()), function(deployment));
            AwsEvents.addResources(deployment, deployments, resources, parameters);
        }
        AwsEvents.warnings(deployments, contents.warnings());
        int longest = deployments.stream().mapToInt(d -> d.name().length()).max().orElse(0);
        contents.info().accept("AWS Lambda function names are <stack name>-<function name>, at most "
                + LAMBDA_NAME_LENGTH + " characters: with these functions, use a stack name of at most "
                + (LAMBDA_NAME_LENGTH - 1 - longest) + " characters");
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Transform", "AWS::Serverless-2016-10-31");
        template.put("Description", "portablefn functions, written by portablefn-maven-plugin");
        if (!parameters.isEmpty()) {
            template.put("Parameters", parameters);
        }
        template.put("Resources", resources);
        Map<String, Object> outputs = AwsApis.outputs(resources);
        if (!outputs.isEmpty()) {
            template.put("Outputs", outputs);
        }
        return template;
    }

    private static Map<String, Object> function(Deployment deployment) {
        Map<String, Object> properties = new LinkedHashMap<>();
        // Named after the stack, so that two stacks of one app (dev, prod) can share an account and
        // region, and the console and logs (/aws/lambda/<name>) show which function is which.
        properties.put("FunctionName", Map.of("Fn::Sub", "${AWS::StackName}-" + deployment.name()));
        properties.put("CodeUri", "function.zip");
        properties.put("Handler", deployment.entryPoint() + "::handleRequest");
        properties.put("Runtime", "java" + deployment.javaVersion());
        properties.put("MemorySize", deployment.memoryMb());
        properties.put("Timeout", deployment.timeoutSeconds());
        if (!deployment.environment().isEmpty()) {
            properties.put("Environment", Map.of("Variables", deployment.environment()));
        }
        AwsEvents.addFunctionProperties(deployment, properties);
        properties.put("Events", AwsApis.http(deployment) ? AwsApis.events(deployment) : AwsEvents.events(deployment));
        return ordered("Type", "AWS::Serverless::Function", "Properties", properties);
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
