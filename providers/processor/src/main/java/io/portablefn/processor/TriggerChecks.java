package io.portablefn.processor;

import io.portablefn.api.ChangeTrigger;
import io.portablefn.api.HttpTrigger;
import io.portablefn.api.QueueTrigger;
import io.portablefn.api.ScheduleTrigger;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.StorageTrigger;
import io.portablefn.api.StreamTrigger;
import io.portablefn.api.TopicTrigger;
import io.portablefn.processor.spi.TriggerModel;
import io.portablefn.runtime.PathTemplate;
import io.portablefn.runtime.PathTemplateException;
import io.portablefn.runtime.cron.Cron;
import io.portablefn.runtime.cron.CronException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;

/**
 * The rules of each trigger annotation's attributes, each under its own tag (docs/processor.md),
 * and the {@link TriggerModel} a trigger becomes when they hold.
 */
final class TriggerChecks {

    /** Every trigger annotation; a function has exactly one. */
    static final List<Class<? extends Annotation>> TRIGGERS = List.of(HttpTrigger.class, QueueTrigger.class,
            TopicTrigger.class, StorageTrigger.class, ScheduleTrigger.class, ChangeTrigger.class,
            StreamTrigger.class);

    /** Names every cloud accepts for queues, topics and subscriptions (Azure Storage queues are the strictest). */
    private static final Pattern CHANNEL = Pattern.compile("[a-z](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]");
    /** Names every cloud accepts for buckets (Azure containers are the strictest). */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]");
    private static final String CHANNEL_RULE = "use 3 to 63 characters: a lower-case letter first, then lower-case"
            + " letters, digits and single hyphens, ending with a letter or digit (what Azure Storage queues and"
            + " Pub/Sub both accept)";
    /** Azure Service Bus subscription names are shorter than its queue and topic names. */
    private static final int SUBSCRIPTION_MAX = 50;
    private static final String BUCKET_RULE = "use 3 to 63 characters: lower-case letters, digits and single"
            + " hyphens, starting and ending with a letter or digit (Azure containers allow no more)";

    /** Where the local server takes event deliveries (docs/local-server.md); no HTTP function may answer there. */
    static final String RESERVED_PATH = "/_portablefn";

    private final Diagnostics diagnostics;

    TriggerChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The trigger's model, or null when a rule is broken (errors are reported). */
    TriggerModel check(TypeElement type, String functionName, Annotation trigger) {
        if (trigger instanceof HttpTrigger http) {
            return http(type, http);
        }
        if (trigger instanceof QueueTrigger queue) {
            return name(type, queue, "queue", queue.queue(), CHANNEL, CHANNEL_RULE, "")
                    ? new TriggerModel.Queue(queue.queue(), queue.azureService()) : null;
        }
        if (trigger instanceof TopicTrigger topic) {
            boolean derived = topic.subscription().isEmpty();
            String subscription = derived ? functionName.toLowerCase(Locale.ROOT) : topic.subscription();
            boolean ok = name(type, topic, "topic", topic.topic(), CHANNEL, CHANNEL_RULE, "")
                    & name(type, topic, "subscription", subscription, CHANNEL, CHANNEL_RULE, derived
                            ? "; no subscription was given, so it is the function's name in lower case: give one"
                                    + " with @TopicTrigger(subscription = \"...\")" : "");
            return ok ? new TriggerModel.Topic(topic.topic(), subscription) : null;
        }
        if (trigger instanceof StorageTrigger storage) {
            return storage(type, storage);
        }
        if (trigger instanceof StreamTrigger stream) {
            return new StreamTriggerChecks(this, diagnostics).check(type, stream);
        }
        if (trigger instanceof ChangeTrigger change) {
            return new ChangeTriggerChecks(diagnostics).check(type, change);
        }
        return schedule(type, (ScheduleTrigger) trigger);
    }

    private TriggerModel http(TypeElement type, HttpTrigger http) {
        boolean ok = true;
        try {
            PathTemplate.parse(http.path());
            if (http.path().equals(RESERVED_PATH) || http.path().startsWith(RESERVED_PATH + "/")) {
                diagnostics.error("invalid-path", "The path '" + http.path() + "' on " + type + " is reserved: the"
                        + " local server delivers events under " + RESERVED_PATH + "/; choose another first segment",
                        type, HttpTrigger.class.getName());
                ok = false;
            }
        } catch (PathTemplateException invalid) {
            String tag = switch (invalid.kind()) {
                case GREEDY_NOT_LAST -> "greedy-not-last";
                case SEVERAL_GREEDY -> "several-greedy";
                case MALFORMED -> "invalid-path";
            };
            diagnostics.error(tag, invalid.getMessage() + " (on " + type + ")", type, HttpTrigger.class.getName());
            ok = false;
        }
        if (http.methods().length == 0) {
            diagnostics.error("no-methods", "@HttpTrigger on " + type + " lists no methods: give at least one,"
                    + " e.g. methods = HttpMethod.GET", type, HttpTrigger.class.getName());
            ok = false;
        }
        return ok ? new TriggerModel.Http(new ArrayList<>(new LinkedHashSet<>(Arrays.asList(http.methods()))),
                http.path()) : null;
    }

    private TriggerModel storage(TypeElement type, StorageTrigger storage) {
        boolean ok = name(type, storage, "bucket", storage.bucket(), BUCKET, BUCKET_RULE, "");
        if (storage.events().length == 0) {
            diagnostics.error("no-events", "@StorageTrigger on " + type + " lists no events: give at least one of"
                    + " StorageEvent.Kind.CREATED, DELETED", type, StorageTrigger.class.getName());
            ok = false;
        }
        List<StorageEvent.Kind> events = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(storage.events())));
        return ok ? new TriggerModel.Storage(storage.bucket(), events) : null;
    }

    private TriggerModel schedule(TypeElement type, ScheduleTrigger schedule) {
        try {
            Cron cron = Cron.parse(schedule.cron());
            return new TriggerModel.Schedule(cron.expression(), cron.toEventBridge(), cron.toNcrontab(),
                    cron.toUnixCron());
        } catch (CronException invalid) {
            diagnostics.error("invalid-cron", "The schedule \"" + schedule.cron() + "\" on " + type + " is not"
                    + " portable: " + invalid.reason(), type, ScheduleTrigger.class.getName());
            return null;
        }
    }

    /** Checks a name by the queue and topic rule, under the tag {@code invalid-<what>}. */
    boolean channelName(TypeElement type, Annotation trigger, String what, String value) {
        return name(type, trigger, what, value, CHANNEL, CHANNEL_RULE, "");
    }

    /** Checks one resource name; {@code hint} ends the message (say where the name came from). */
    private boolean name(TypeElement type, Annotation trigger, String what, String value, Pattern rule, String allowed,
            String hint) {
        String broken = rule.matcher(value).matches() ? reserved(what, value) : allowed;
        if (broken == null) {
            return true;
        }
        diagnostics.error("invalid-" + what, "The " + what + " name '" + value + "' on " + type + " is not accepted"
                + " by every cloud: " + broken + hint, type, trigger.annotationType().getName());
        return false;
    }

    /** Why a well-formed name is still refused by one of the clouds, or null when none refuses it. */
    private static String reserved(String what, String value) {
        if (what.equals("bucket")) {
            if (value.startsWith("goog") || value.contains("google")) {
                return "Google Cloud Storage refuses names that start with 'goog' or contain 'google'; choose another";
            }
            for (String prefix : List.of("sthree-", "amzn-s3-demo-")) {
                if (value.startsWith(prefix)) {
                    return "Amazon S3 reserves the prefix '" + prefix + "'; choose another name";
                }
            }
            return value.endsWith("-s3alias")
                    ? "Amazon S3 reserves the suffix '-s3alias' for access point aliases; choose another name" : null;
        }
        if (value.startsWith("goog")) {
            return "Google Cloud Pub/Sub refuses names that start with 'goog'; choose another";
        }
        return what.equals("subscription") && value.length() > SUBSCRIPTION_MAX
                ? "Azure Service Bus allows at most " + SUBSCRIPTION_MAX + " characters in a subscription name, not "
                        + value.length() : null;
    }
}
