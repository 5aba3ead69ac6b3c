package io.portablefn.maven.internal;

import java.util.List;

/**
 * {@code gcp/deploy.sh}: for each {@link GcpWriter.Unit}, its {@code gcloud functions deploy}, and
 * for an event function what makes its deliveries safe and its trigger fire:
 * <ul>
 *   <li>the Pub/Sub topic it reads (a queue's, topic's or stream's, or a schedule's {@code NAME-schedule}),
 *       created unless it exists;
 *   <li>a dead-letter topic {@code NAME-dead-letter} with a subscription of the same name that
 *       keeps what reaches it (7 days, never expiring for lack of readers), set on the Pub/Sub
 *       subscription Eventarc made for the function's trigger (found through the function's
 *       {@code eventTrigger.trigger} and that trigger's {@code transport.pubsub.subscription}) with
 *       {@value GcpWriter#MAX_DELIVERY_ATTEMPTS} delivery attempts (a stream function's retries and
 *       one); Pub/Sub's service agent
 *       ({@code service-PROJECT_NUMBER@gcp-sa-pubsub.iam.gserviceaccount.com}) is granted publisher
 *       on the dead-letter topic and subscriber on that subscription, which it needs to move a
 *       message. With the policy set, Pub/Sub also counts deliveries ({@code deliveryAttempt});
 *   <li>for a schedule, the Cloud Scheduler job, created on the first run and updated on the next.
 * </ul>
 * Every step can run again: what exists is kept or updated, so the script deploys changes too.
 */
final class GcpScript {

    private GcpScript() {
    }

    static String write(List<GcpWriter.Unit> units) {
        StringBuilder script = new StringBuilder("""
                #!/bin/sh
                # Written by portablefn-maven-plugin: deploys every function of this project to Cloud Functions
                # (2nd gen). Extra arguments go to every gcloud functions deploy command, e.g.
                #   ./deploy.sh --region=europe-west1 --project=my-project
                # The Pub/Sub, Eventarc and Cloud Scheduler commands take --project and --region from them.
                set -eu
                cd "$(dirname "$0")"
                """);
        if (units.stream().anyMatch(unit -> unit.deadLetterTopic() != null)) {
            script.append('\n').append(PREAMBLE);
        }
        for (GcpWriter.Unit unit : units) {
            script.append('\n');
            if (unit.topic() != null) {
                script.append("topic ").append(GcpWriter.shellQuote(unit.topic())).append('\n');
            }
            if (unit.storageEvent() != null) {
                script.append("# The trigger's location must be the bucket's; if they differ, pass --trigger-location.\n");
            }
            script.append("gcloud functions deploy");
            for (String argument : GcpWriter.arguments(unit)) {
                script.append(" \\\n  ").append(GcpWriter.shellQuote(argument));
            }
            script.append(" \\\n  \"$@\"\n");
            if (unit.deadLetterTopic() != null) {
                script.append("dead_letter ").append(GcpWriter.shellQuote(unit.name())).append(' ')
                        .append(GcpWriter.shellQuote(unit.deadLetterTopic())).append(' ')
                        .append(unit.deliveryAttempts()).append('\n');
            }
            if (unit.type().equals("schedule")) {
                // Created on the first run, updated on the next: a changed cron reaches the job.
                script.append("job=create\n")
                        .append("if gcloud scheduler jobs describe ").append(GcpWriter.shellQuote(unit.name()))
                        .append(" \"$location\" $project >/dev/null 2>&1; then job=update; fi\n")
                        .append("gcloud scheduler jobs \"$job\" pubsub");
                for (String argument : GcpWriter.schedulerArguments(unit)) {
                    script.append(" \\\n  ").append(GcpWriter.shellQuote(argument));
                }
                script.append(" \\\n  \"$location\" $project\n");
            }
        }
        return script.toString();
    }

    // Shell functions, and the project and region every command of an event function needs.
    private static final String PREAMBLE = """
            project=""
            project_id=""
            region=""
            for argument in "$@"; do
              case "$argument" in
                --project=*) project="$argument"; project_id="${argument#--project=}" ;;
                --region=*) region="${argument#--region=}" ;;
              esac
            done
            if [ -z "$region" ]; then region="$(gcloud config get-value functions/region 2>/dev/null || true)"; fi
            if [ -z "$project_id" ]; then project_id="$(gcloud config get-value project 2>/dev/null || true)"; fi
            if [ -z "$region" ] || [ -z "$project_id" ]; then
              echo "deploy.sh: pass --region=REGION and --project=PROJECT (or set gcloud config functions/region and project)" >&2
              exit 2
            fi
            location="--location=$region"
            # The Pub/Sub service agent moves a message that failed its last delivery attempt to the dead-letter topic.
            pubsub_agent="serviceAccount:service-$(gcloud projects describe "$project_id" --format="value(projectNumber)")@gcp-sa-pubsub.iam.gserviceaccount.com"

            # Creates Pub/Sub topic $1 unless it exists.
            topic() {
              gcloud pubsub topics describe "$1" $project >/dev/null 2>&1 || gcloud pubsub topics create "$1" $project
            }

            # Dead-letters what function $1 fails $3 times to topic $2, whose subscription $2 keeps it for 7 days.
            dead_letter() {
              topic "$2"
              if ! gcloud pubsub subscriptions describe "$2" $project >/dev/null 2>&1; then
                gcloud pubsub subscriptions create "$2" "--topic=$2" --message-retention-duration=7d --expiration-period=never $project
              fi
              trigger="$(gcloud functions describe "$1" --gen2 "--region=$region" $project --format="value(eventTrigger.trigger)")"
              subscription="$(gcloud eventarc triggers describe "$trigger" --format="value(transport.pubsub.subscription)")"
              if [ -z "$subscription" ]; then
                echo "deploy.sh: found no Pub/Sub subscription for the Eventarc trigger $trigger of function $1" >&2
                exit 1
              fi
              gcloud pubsub subscriptions update "$subscription" "--dead-letter-topic=projects/$project_id/topics/$2" "--max-delivery-attempts=$3"
              gcloud pubsub topics add-iam-policy-binding "$2" $project "--member=$pubsub_agent" --role=roles/pubsub.publisher >/dev/null
              gcloud pubsub subscriptions add-iam-policy-binding "$subscription" "--member=$pubsub_agent" --role=roles/pubsub.subscriber >/dev/null
            }
            """;
}
