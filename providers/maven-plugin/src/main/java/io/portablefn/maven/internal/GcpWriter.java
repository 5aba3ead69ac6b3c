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
 * {@code gcp/deploy.sh} ({@link GcpScript}): one {@code gcloud functions deploy} (2nd gen) per
 * deployment, with the Pub/Sub topics, dead-letter topic and Cloud Scheduler job an event function
 * needs; {@code gcp/deploy.yaml}: the same data for other tools.
 *
 * <p>Event functions are deployed with {@code --retry}: a failed event is delivered again with
 * exponential backoff (10 s to 600 s); without it a failure would be dropped at once. After
 * {@value #MAX_DELIVERY_ATTEMPTS} deliveries it goes to the dead-letter topic
 * {@code NAME-dead-letter} that {@link GcpScript} sets on the subscription Eventarc made, rather
 * than being dropped when Eventarc's 24-hour message retention ends. Queue and topic functions
 * take the topic's messages through the push subscription Eventarc creates and names
 * ({@code eventarc-REGION-...}), so a {@code @TopicTrigger} subscription name is not used here. A storage
 * function gets one deployment per event type, because an Eventarc trigger filters on one type:
 * {@code NAME} for its first event, {@code NAME-deleted} (or {@code NAME-created}) for the second. A
 * schedule is a Pub/Sub function on topic {@code NAME-schedule}, to which a Cloud Scheduler job
 * named {@code NAME} publishes in UTC.
 */
final class GcpWriter implements CloudWriter {

    static final String SOURCE = "function";
    /** Deliveries of an event before it goes to the dead-letter topic (Pub/Sub allows 5 to 100). */
    static final int MAX_DELIVERY_ATTEMPTS = 5;
    static final String FINALIZED = "google.cloud.storage.object.v1.finalized";
    static final String DELETED = "google.cloud.storage.object.v1.deleted";

    /**
     * One {@code gcloud functions deploy}: a function, or one event type of a storage function.
     *
     * @param storageEvent for storage, the CloudEvent type; null otherwise
     */
    record Unit(String name, Deployment deployment, String storageEvent) {

        String type() {
            return deployment.function().trigger().type();
        }

        /** The topic that failed events go to: every event function's, none for HTTP. */
        String deadLetterTopic() {
            return type().equals("http") ? null : name + "-dead-letter";
        }

        /** The Pub/Sub topic that triggers it, or null for HTTP and storage. */
        String topic() {
            return switch (type()) {
                case "queue" -> deployment.function().trigger().attribute("queue");
                case "topic" -> deployment.function().trigger().attribute("topic");
                case "schedule" -> deployment.name() + "-schedule";
                case "stream" -> deployment.function().trigger().attribute("stream");
                default -> null;
            };
        }

        /** Deliveries before the dead-letter topic: a stream's retries and its first delivery, else the default. */
        int deliveryAttempts() {
            return type().equals("stream")
                    ? Integer.parseInt(deployment.function().trigger().attribute("retries")) + 1 : MAX_DELIVERY_ATTEMPTS;
        }
    }

    @Override
    public Cloud cloud() {
        return Cloud.GCP;
    }

    @Override
    public List<String> triggers() {
        return List.of("http", "queue", "topic", "storage", "schedule", "change", "stream");
    }

    @Override
    public List<ConfigException> check(List<Deployment> deployments) {
        List<ConfigException> errors = new ArrayList<>();
        for (Deployment deployment : deployments) {
            for (Unit unit : units(deployment)) {
                // The function's own name is checked by Limits; a derived one ("-deleted") here.
                if (!unit.name().equals(deployment.name()) && !Cloud.GCP.allowsName(unit.name())) {
                    errors.add(ConfigException.name(unit.name(), Cloud.GCP));
                }
                for (String topic : java.util.Arrays.asList(unit.topic(), unit.deadLetterTopic())) {
                    if (topic != null && topic.startsWith("goog")) {
                        errors.add(ConfigException.derivedName(deployment.name(), Cloud.GCP, "Pub/Sub topic", topic,
                                "Pub/Sub topic names must not start with 'goog'"));
                    }
                }
            }
        }
        return errors;
    }

    /** The deployments of one function: one, or one per storage event type. */
    static List<Unit> units(Deployment deployment) {
        Manifest.Trigger trigger = deployment.function().trigger();
        if (!trigger.type().equals("storage")) {
            return List.of(new Unit(deployment.name(), deployment, null));
        }
        List<Unit> units = new ArrayList<>();
        for (String event : trigger.events()) {
            String type = event.equals("DELETED") ? DELETED : FINALIZED;
            String name = units.isEmpty() ? deployment.name() : deployment.name() + "-" + event.toLowerCase(java.util.Locale.ROOT);
            units.add(new Unit(name, deployment, type));
        }
        return units;
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
        List<Unit> units = deployments.stream().flatMap(d -> units(d).stream()).toList();
        for (Deployment deployment : deployments) {
            if (deployment.publicAccess() && !deployment.function().trigger().type().equals("http")) {
                contents.warnings().accept("Function '" + deployment.name() + "' on " + Cloud.GCP.title()
                        + ": auth 'public' applies to HTTP functions only; an event function is invoked by Eventarc");
            }
        }
        Path script = directory.resolve("deploy.sh");
        Files.writeString(script, GcpScript.write(units));
        script.toFile().setExecutable(true);
        Path yaml = directory.resolve("deploy.yaml");
        Files.writeString(yaml, Yaml.write(Map.of("functions", units.stream().map(GcpWriter::yaml).toList())));
        return List.of(jar, script, yaml);
    }

    /**
     * A change function takes every Firestore write of its collection's documents: one Eventarc
     * trigger of type {@code written} (created, updated and deleted alike; the adapter tells them
     * apart) on the path pattern {@code <collection>/{id}} (docs/events.md §9).
     */
    static final String FIRESTORE_WRITTEN = "google.cloud.firestore.document.v1.written";

    static String firestoreDocuments(Manifest.Trigger change) {
        return change.attribute("table") + "/{id}";
    }

    static String memory(int memoryMb) {
        return memoryMb + "Mi";
    }

    /** The gcloud arguments after {@code gcloud functions deploy}, in a fixed order. */
    static List<String> arguments(Unit unit) {
        Deployment deployment = unit.deployment();
        List<String> arguments = new ArrayList<>(List.of(unit.name(), "--gen2",
                "--runtime=java" + deployment.javaVersion(), "--entry-point=" + deployment.entryPoint(),
                "--source=" + SOURCE));
        switch (unit.type()) {
            case "http" -> {
                arguments.add("--trigger-http");
                arguments.add(deployment.publicAccess() ? "--allow-unauthenticated" : "--no-allow-unauthenticated");
            }
            case "queue", "topic", "schedule", "stream" -> {
                arguments.add("--trigger-topic=" + unit.topic());
                arguments.add("--retry");
            }
            case "storage" -> {
                arguments.add("--trigger-event-filters=type=" + unit.storageEvent());
                arguments.add("--trigger-event-filters=bucket=" + deployment.function().trigger().attribute("bucket"));
                arguments.add("--retry");
            }
            case "change" -> {
                Manifest.Trigger change = deployment.function().trigger();
                arguments.add("--trigger-event-filters=type=" + FIRESTORE_WRITTEN);
                arguments.add("--trigger-event-filters=database=" + change.attribute("firestoreDatabase"));
                arguments.add("--trigger-event-filters-path-pattern=document=" + firestoreDocuments(change));
                arguments.add("--retry");
            }
            default -> throw new IllegalStateException("unchecked trigger " + unit.type());
        }
        arguments.add("--memory=" + memory(deployment.memoryMb()));
        arguments.add("--timeout=" + deployment.timeoutSeconds() + "s");
        if (!deployment.environment().isEmpty()) {
            arguments.add("--set-env-vars=" + environment(deployment.environment()));
        }
        return arguments;
    }

    /** The Cloud Scheduler arguments after {@code gcloud scheduler jobs create pubsub}, for a schedule. */
    static List<String> schedulerArguments(Unit unit) {
        return List.of(unit.name(), "--schedule=" + unit.deployment().function().trigger().attribute("unixCron"),
                "--time-zone=Etc/UTC", "--topic=" + unit.topic(), "--message-body=" + unit.name());
    }

    // gcloud splits the list on ','; a value holding one needs gcloud's "^delimiter^" form.
    private static String environment(Map<String, String> variables) {
        boolean comma = variables.values().stream().anyMatch(value -> value.contains(","));
        String pairs = variables.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(comma ? "|" : ","));
        return comma ? "^|^" + pairs : pairs;
    }

    static String shellQuote(String argument) {
        if (argument.matches("[A-Za-z0-9_./=:@%+-]+")) {
            return argument;
        }
        return "'" + argument.replace("'", "'\\''") + "'";
    }

    private static Map<String, Object> yaml(Unit unit) {
        Deployment deployment = unit.deployment();
        Map<String, Object> function = new LinkedHashMap<>();
        function.put("name", unit.name());
        function.put("function", deployment.name());
        function.put("gen2", true);
        function.put("runtime", "java" + deployment.javaVersion());
        function.put("entryPoint", deployment.entryPoint());
        function.put("source", SOURCE);
        Manifest.Trigger trigger = deployment.function().trigger();
        Map<String, Object> detail = new LinkedHashMap<>();
        switch (unit.type()) {
            case "http" -> {
                detail.put("methods", trigger.methods());
                detail.put("path", trigger.path());
                function.put("trigger", Map.of("http", detail));
                function.put("allowUnauthenticated", deployment.publicAccess());
            }
            case "storage" -> {
                detail.put("type", unit.storageEvent());
                detail.put("bucket", trigger.attribute("bucket"));
                function.put("trigger", Map.of("event", detail));
                function.put("retry", true);
            }
            case "change" -> {
                detail.put("type", FIRESTORE_WRITTEN);
                detail.put("database", trigger.attribute("firestoreDatabase"));
                detail.put("document", firestoreDocuments(trigger));
                function.put("trigger", Map.of("event", detail));
                function.put("retry", true);
            }
            default -> {
                detail.put("topic", unit.topic());
                function.put("trigger", Map.of("pubsub", detail));
                function.put("retry", true);
            }
        }
        if (unit.deadLetterTopic() != null) {
            Map<String, Object> deadLetter = new LinkedHashMap<>();
            deadLetter.put("topic", unit.deadLetterTopic());
            deadLetter.put("subscription", unit.deadLetterTopic());
            deadLetter.put("maxDeliveryAttempts", unit.deliveryAttempts());
            function.put("deadLetter", deadLetter);
        }
        function.put("memory", memory(deployment.memoryMb()));
        function.put("timeout", deployment.timeoutSeconds() + "s");
        function.put("environment", deployment.environment());
        function.put("command", "gcloud functions deploy " + arguments(unit).stream()
                .map(GcpWriter::shellQuote).collect(Collectors.joining(" ")));
        if (unit.type().equals("schedule")) {
            Map<String, Object> schedule = new LinkedHashMap<>();
            schedule.put("job", unit.name());
            schedule.put("cron", trigger.attribute("unixCron"));
            schedule.put("timeZone", "Etc/UTC");
            schedule.put("topic", unit.topic());
            schedule.put("command", "gcloud scheduler jobs create pubsub " + schedulerArguments(unit).stream()
                    .map(GcpWriter::shellQuote).collect(Collectors.joining(" ")));
            function.put("schedule", schedule);
        }
        return function;
    }
}
