package io.portablefn.maven.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code aws/function.zip} (classes at the root, jars in {@code lib/}: the layout Lambda's Java
 * runtime loads) and {@code aws/template.yaml} (AWS SAM): one {@code AWS::Serverless::Function} per
 * function, one HTTP API (when there are HTTP functions) whose routes require IAM auth unless a
 * function is public, and the queues, topics, buckets and schedules of event functions
 * ({@link AwsEvents}).
 */
final class AwsWriter implements CloudWriter {

    static final String API = "HttpApi";
    // An HTTP API gives up on an integration after 30 s, whatever the function's own timeout.
    static final int HTTP_API_TIMEOUT_SECONDS = 30;

    @Override
    public Cloud cloud() {
        return Cloud.AWS;
    }

    @Override
    public List<String> triggers() {
        return List.of("http", "queue", "topic", "storage", "schedule");
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
        boolean http = deployments.stream().anyMatch(AwsWriter::http);
        if (http) {
            resources.put(API, ordered("Type", "AWS::Serverless::HttpApi", "Properties", Map.of("Auth",
                    ordered("EnableIamAuthorizer", true, "DefaultAuthorizer", "AWS_IAM"))));
        }
        for (Deployment deployment : deployments) {
            if (http(deployment) && deployment.timeoutSeconds() > HTTP_API_TIMEOUT_SECONDS) {
                contents.warnings().accept("Function '" + deployment.name() + "' on AWS: timeout "
                        + deployment.timeoutSeconds() + " s, but the HTTP API answers 503 after "
                        + HTTP_API_TIMEOUT_SECONDS + " s while the function keeps running");
            }
            if (!http(deployment) && deployment.publicAccess()) {
                contents.warnings().accept("Function '" + deployment.name() + "' on AWS: auth 'public' applies to"
                        + " HTTP functions only; an event function is invoked by the AWS service that triggers it");
            }
            resources.put(logicalId(deployment.name()), function(deployment));
            AwsEvents.addResources(deployment, deployments, resources, parameters);
        }
        AwsEvents.warnings(deployments, contents.warnings());
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Transform", "AWS::Serverless-2016-10-31");
        template.put("Description", "portablefn functions, written by portablefn-maven-plugin");
        if (!parameters.isEmpty()) {
            template.put("Parameters", parameters);
        }
        template.put("Resources", resources);
        if (http) {
            template.put("Outputs", Map.of("ApiUrl", ordered("Description", "The base URL of every function's path",
                    "Value", Map.of("Fn::Sub", "https://${" + API + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/"))));
        }
        return template;
    }

    private static boolean http(Deployment deployment) {
        return deployment.function().trigger().type().equals("http");
    }

    private static Map<String, Object> function(Deployment deployment) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("CodeUri", "function.zip");
        properties.put("Handler", deployment.entryPoint() + "::handleRequest");
        properties.put("Runtime", "java" + deployment.javaVersion());
        properties.put("MemorySize", deployment.memoryMb());
        properties.put("Timeout", deployment.timeoutSeconds());
        if (!deployment.environment().isEmpty()) {
            properties.put("Environment", Map.of("Variables", deployment.environment()));
        }
        AwsEvents.addFunctionProperties(deployment, properties);
        properties.put("Events", http(deployment) ? events(deployment) : AwsEvents.events(deployment));
        return ordered("Type", "AWS::Serverless::Function", "Properties", properties);
    }

    private static Map<String, Object> events(Deployment deployment) {
        Manifest.Trigger trigger = deployment.function().trigger();
        Map<String, Object> events = new LinkedHashMap<>();
        switch (trigger.type()) {
            case "http" -> {
                for (String method : trigger.methods()) {
                    Map<String, Object> properties = new LinkedHashMap<>();
                    properties.put("ApiId", Map.of("Ref", API));
                    properties.put("Path", trigger.path());
                    properties.put("Method", method);
                    properties.put("PayloadFormatVersion", "2.0");
                    if (deployment.publicAccess()) {
                        // The API's default is IAM; NONE opens this route only.
                        properties.put("Auth", Map.of("Authorizer", "NONE"));
                    }
                    events.put("Http" + method.charAt(0) + method.substring(1).toLowerCase(Locale.ROOT),
                            ordered("Type", "HttpApi", "Properties", properties));
                }
            }
            default -> throw new IllegalStateException("unchecked trigger " + trigger.type());
        }
        return events;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
