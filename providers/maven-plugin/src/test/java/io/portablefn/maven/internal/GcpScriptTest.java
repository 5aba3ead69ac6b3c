package io.portablefn.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.portablefn.maven.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy.sh run against a gcloud stand-in that records its arguments: the topics, the
 * dead-letter topic of every event deployment, the Cloud Scheduler job, and what it does again.
 */
class GcpScriptTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path root;

    @BeforeEach
    void needsAShell() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    }

    private Path packageWith(String manifest) throws Exception {
        new Packager(new SettingsResolver(new Settings(), Map.of(), List.of()), info -> { }, warning -> { })
                .run(Fixtures.project(root, manifest), root.resolve("out"));
        return root.resolve("out/gcp");
    }

    /**
     * A gcloud stand-in that records its arguments: {@code describe} of a topic, subscription or job
     * succeeds when EXISTS is yes; a function's trigger and the trigger's subscription are named
     * after the function; the configured region and project are empty when CONFIG is none.
     */
    private Path fakeGcloud() throws Exception {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Fixtures.write(bin.resolve("gcloud"), """
                #!/bin/sh
                echo "$*" >> "$CALLS"
                case "$*" in
                  "config get-value functions/region") [ "$CONFIG" = none ] || echo us-east1 ;;
                  "config get-value project") [ "$CONFIG" = none ] || echo q ;;
                  "projects describe "*) echo 123456 ;;
                  "functions describe "*) echo "projects/p/locations/europe-west1/triggers/$3-trigger" ;;
                  "eventarc triggers describe "*) echo "projects/p/subscriptions/eventarc-${4##*/}" ;;
                  *" describe "*) [ "$EXISTS" = yes ] ;;
                esac
                """);
        assertTrue(bin.resolve("gcloud").toFile().setExecutable(true));
        return bin;
    }

    /** Runs deploy.sh against the gcloud stand-in. */
    @Test
    void deployShCreatesTopicsDeadLettersEachEventFunctionAndCreatesThenUpdatesTheJob() throws Exception {
        Path deploy = packageWith(GcpEventsPackagingTest.MANIFEST).resolve("deploy.sh");
        Path bin = fakeGcloud();
        Path calls = root.resolve("calls.txt");

        assertEquals(0, run(deploy, calls, bin, "no", "set", "--region=europe-west1", "--project=p").exitCode());
        List<String> first = Files.readAllLines(calls);
        String agent = "--member=serviceAccount:service-123456@gcp-sa-pubsub.iam.gserviceaccount.com";
        String subscription = "projects/p/subscriptions/eventarc-place-order-trigger";
        assertEquals(List.of(
                "projects describe p --format=value(projectNumber)",
                "pubsub topics describe orders --project=p",
                "pubsub topics create orders --project=p",
                "functions deploy place-order --gen2 --runtime=java17 --entry-point=com.acme.PlaceOrder_GcpFunction"
                        + " --source=function --trigger-topic=orders --retry --memory=512Mi --timeout=30s"
                        + " --region=europe-west1 --project=p",
                "pubsub topics describe place-order-dead-letter --project=p",
                "pubsub topics create place-order-dead-letter --project=p",
                "pubsub subscriptions describe place-order-dead-letter --project=p",
                "pubsub subscriptions create place-order-dead-letter --topic=place-order-dead-letter"
                        + " --message-retention-duration=7d --expiration-period=never --project=p",
                "functions describe place-order --gen2 --region=europe-west1 --project=p"
                        + " --format=value(eventTrigger.trigger)",
                "eventarc triggers describe projects/p/locations/europe-west1/triggers/place-order-trigger"
                        + " --format=value(transport.pubsub.subscription)",
                "pubsub subscriptions update " + subscription
                        + " --dead-letter-topic=projects/p/topics/place-order-dead-letter --max-delivery-attempts=5",
                "pubsub topics add-iam-policy-binding place-order-dead-letter --project=p " + agent
                        + " --role=roles/pubsub.publisher",
                "pubsub subscriptions add-iam-policy-binding " + subscription + " " + agent
                        + " --role=roles/pubsub.subscriber"), first.subList(0, 13));
        for (String unit : List.of("audit", "thumbnails", "thumbnails-deleted", "purge", "nightly-report")) {
            assertTrue(first.contains("pubsub subscriptions update projects/p/subscriptions/eventarc-" + unit + "-trigger"
                    + " --dead-letter-topic=projects/p/topics/" + unit + "-dead-letter --max-delivery-attempts=5"),
                    unit + " in " + first);
        }
        assertTrue(first.contains("pubsub topics create nightly-report-schedule --project=p"), first::toString);
        assertEquals("scheduler jobs create pubsub nightly-report --schedule=0 2 * * * --time-zone=Etc/UTC"
                + " --topic=nightly-report-schedule --message-body=nightly-report --location=europe-west1 --project=p",
                first.get(first.size() - 1));

        Files.delete(calls);
        assertEquals(0, run(deploy, calls, bin, "yes", "set").exitCode());
        List<String> again = Files.readAllLines(calls);
        assertEquals(List.of("config get-value functions/region", "config get-value project",
                "projects describe q --format=value(projectNumber)"), again.subList(0, 3));
        assertTrue(again.stream().noneMatch(call -> call.matches("pubsub (topics|subscriptions) create.*")), again::toString);
        assertTrue(again.contains("pubsub subscriptions update projects/p/subscriptions/eventarc-audit-trigger"
                + " --dead-letter-topic=projects/q/topics/audit-dead-letter --max-delivery-attempts=5"), again::toString);
        assertEquals("scheduler jobs update pubsub nightly-report --schedule=0 2 * * * --time-zone=Etc/UTC"
                + " --topic=nightly-report-schedule --message-body=nightly-report --location=us-east1",
                again.get(again.size() - 1));
    }

    @Test
    void deployShStopsBeforeDeployingWhenItKnowsNoRegionOrProject() throws Exception {
        Path deploy = packageWith(GcpEventsPackagingTest.MANIFEST).resolve("deploy.sh");
        Path calls = root.resolve("calls.txt");
        Result result = run(deploy, calls, fakeGcloud(), "no", "none", "--region=europe-west1");

        assertEquals(2, result.exitCode());
        assertTrue(result.output().contains("pass --region=REGION and --project=PROJECT"), result.output());
        assertEquals(List.of("config get-value project"), Files.readAllLines(calls));
    }

    @Test
    void anHttpOnlyProjectNeedsNoPubSub() throws Exception {
        Path out = packageWith(Fixtures.MANIFEST);
        Path calls = root.resolve("calls.txt");

        assertEquals(0, run(out.resolve("deploy.sh"), calls, fakeGcloud(), "no", "none").exitCode());
        List<String> deployed = Files.readAllLines(calls);
        assertEquals(2, deployed.size(), deployed::toString);
        assertTrue(deployed.stream().allMatch(call -> call.startsWith("functions deploy ")), deployed::toString);
        YAML.readTree(out.resolve("deploy.yaml").toFile()).path("functions")
                .forEach(function -> assertTrue(function.path("deadLetter").isMissingNode(), function::toString));
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path script, Path calls, Path bin, String exists, String config, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", script.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("CALLS", calls.toString());
        builder.environment().put("EXISTS", exists);
        builder.environment().put("CONFIG", config);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "deploy.sh did not finish");
        return new Result(process.exitValue(), output);
    }
}
