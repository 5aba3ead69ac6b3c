package io.portablefn.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.portablefn.processor.Sources.MESSAGE_BODY;
import static io.portablefn.processor.Sources.RAW_BODY;
import static io.portablefn.processor.Sources.SCHEDULE_BODY;
import static io.portablefn.processor.Sources.STORAGE_BODY;
import static io.portablefn.processor.Sources.compile;
import static io.portablefn.processor.Sources.fails;
import static io.portablefn.processor.Sources.function;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.portablefn.runtime.cron.Cron;
import io.portablefn.runtime.cron.CronException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One failing compile per rule of the event triggers (queue, topic, storage, schedule) and their
 * handler interfaces: each names its tag, the broken rule and what is allowed.
 */
class EventDiagnosticsTest {

    private static final String FN = "@Function(name = \"fn\")";
    private static final String QUEUE = "@QueueTrigger(queue = \"orders\")";
    private static final String MESSAGES = "public class Fn implements MessageHandler";

    private static Compilation queue(String queueName) {
        return compile(function(FN + "@QueueTrigger(queue = \"" + queueName + "\")", MESSAGES, MESSAGE_BODY));
    }

    @Test
    void severalTriggers() {
        fails(compile(function(FN + "@HttpTrigger(path = \"/fn\")" + QUEUE, "public class Fn implements HttpHandler",
                RAW_BODY)), "several-triggers", "has [@HttpTrigger, @QueueTrigger]: give it exactly one trigger");
    }

    @Test
    void noTriggerListsTheEventTriggersAsAllowed() {
        fails(compile(function(FN, MESSAGES, MESSAGE_BODY)), "no-trigger",
                "allowed: @HttpTrigger, @QueueTrigger, @TopicTrigger, @StorageTrigger, @ScheduleTrigger, @ChangeTrigger");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Orders", "or", "1orders", "orders-", "new--orders", "order_events", "orders.fifo"})
    void queueNameOutsideWhatEveryCloudAccepts(String name) {
        fails(queue(name), "invalid-queue", "The queue name '" + name + "' on test.Fn is not accepted by every cloud:"
                + " use 3 to 63 characters: a lower-case letter first");
    }

    @Test
    void queueNameOfSixtyFourCharacters() {
        fails(queue("q".repeat(64)), "invalid-queue", "use 3 to 63 characters");
    }

    @Test
    void queueNameReservedByPubSub() {
        fails(queue("goog-orders"), "invalid-queue", "Google Cloud Pub/Sub refuses names that start with 'goog'");
    }

    @Test
    void longestAndShortestQueueNamesCompile() {
        assertThat(queue("q".repeat(63))).succeeded();
        assertThat(queue("o-1")).succeeded();
    }

    @Test
    void invalidTopic() {
        fails(compile(function(FN + "@TopicTrigger(topic = \"Order-Events\")", MESSAGES, MESSAGE_BODY)),
                "invalid-topic", "The topic name 'Order-Events' on test.Fn is not accepted by every cloud");
    }

    @Test
    void invalidExplicitSubscription() {
        Compilation compilation = compile(function(FN + "@TopicTrigger(topic = \"order-events\", subscription = \"Audit!\")",
                MESSAGES, MESSAGE_BODY));
        fails(compilation, "invalid-subscription", "The subscription name 'Audit!' on test.Fn");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void defaultSubscriptionFromAFunctionNameThatIsNoValidSubscription() {
        // "fn" is a fine function name but a subscription needs 3 characters.
        Compilation compilation = compile(function(FN + "@TopicTrigger(topic = \"order-events\")", MESSAGES,
                MESSAGE_BODY));
        fails(compilation, "invalid-subscription", "The subscription name 'fn' on test.Fn is not accepted by every"
                + " cloud: use 3 to 63 characters");
        assertThat(compilation).hadErrorContaining("no subscription was given, so it is the function's name in"
                + " lower case: give one with @TopicTrigger(subscription = \"...\")");
    }

    @Test
    void defaultSubscriptionLongerThanServiceBusAllows() {
        String name = "audit-" + "x".repeat(50);
        fails(compile(function("@Function(name = \"" + name + "\")@TopicTrigger(topic = \"order-events\")", MESSAGES,
                MESSAGE_BODY)), "invalid-subscription", "Azure Service Bus allows at most 50 characters in a"
                        + " subscription name, not " + name.length());
    }

    @Test
    void explicitSubscriptionRescuesAFunctionNameThatIsNoValidSubscription() {
        assertThat(compile(function(FN + "@TopicTrigger(topic = \"order-events\", subscription = \"fn-audit\")",
                MESSAGES, MESSAGE_BODY))).succeeded();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Uploads        | use 3 to 63 characters: lower-case letters, digits and single hyphens",
        "my_uploads     | use 3 to 63 characters",
        "my.uploads     | use 3 to 63 characters",
        "-uploads       | starting and ending with a letter or digit",
        "up--loads      | single hyphens",
        "goog-uploads   | Google Cloud Storage refuses names that start with 'goog' or contain 'google'",
        "my-google-docs | Google Cloud Storage refuses names that start with 'goog' or contain 'google'",
        "sthree-uploads | Amazon S3 reserves the prefix 'sthree-'",
        "amzn-s3-demo-x | Amazon S3 reserves the prefix 'amzn-s3-demo-'",
        "files-s3alias  | Amazon S3 reserves the suffix '-s3alias'",
    })
    void invalidBucket(String bucket, String why) {
        Compilation compilation = compile(function(FN + "@StorageTrigger(bucket = \"" + bucket + "\")",
                "public class Fn implements StorageHandler", STORAGE_BODY));
        fails(compilation, "invalid-bucket", "The bucket name '" + bucket + "' on test.Fn is not accepted by every cloud: ");
        assertThat(compilation).hadErrorContaining(why);
    }

    @Test
    void bucketMayStartWithADigit() {
        assertThat(compile(function(FN + "@StorageTrigger(bucket = \"2024-uploads\")",
                "public class Fn implements StorageHandler", STORAGE_BODY))).succeeded();
    }

    @Test
    void noEvents() {
        fails(compile(function(FN + "@StorageTrigger(bucket = \"uploads\", events = {})",
                "public class Fn implements StorageHandler", STORAGE_BODY)), "no-events",
                "lists no events: give at least one of StorageEvent.Kind.CREATED, DELETED");
    }

    /** The compile error carries the reason Cron gives, whichever rule the expression broke. */
    @ParameterizedTest
    @ValueSource(strings = {"0 0 30 2 *", "0 0 ? * *", "0 0 1 * MON", "*/0 * * * *", "0 30 2 * * *",
        "cron(30 2 * * ? *)", "@reboot", "0 0 L * *", "0 25 * * *", ""})
    void invalidCron(String expression) {
        String reason = assertThrows(CronException.class, () -> Cron.parse(expression)).reason();
        Compilation compilation = compile(function(FN + "@ScheduleTrigger(cron = \"" + expression + "\")",
                "public class Fn implements ScheduleHandler", SCHEDULE_BODY));
        fails(compilation, "invalid-cron", "The schedule \"" + expression + "\" on test.Fn is not portable: " + reason);
    }

    @Test
    void queueFunctionImplementingTheStorageHandler() {
        fails(compile(function(FN + QUEUE, "public class Fn implements StorageHandler", STORAGE_BODY)), "handler",
                "test.Fn has @QueueTrigger but implements StorageHandler (the handler of @StorageTrigger): a"
                        + " @QueueTrigger function implements MessageHandler or TypedMessageHandler and no other"
                        + " handler interface");
    }

    @Test
    void messageFunctionThatAlsoImplementsAnotherTriggersHandler() {
        fails(compile(function(FN + QUEUE, "public class Fn implements MessageHandler, ScheduleHandler",
                MESSAGE_BODY + SCHEDULE_BODY)), "handler", "implements ScheduleHandler (the handler of @ScheduleTrigger)");
    }

    @Test
    void scheduleFunctionWithoutItsHandler() {
        fails(compile(function(FN + "@ScheduleTrigger(cron = \"@daily\")", "public class Fn", "")), "handler",
                "test.Fn has @ScheduleTrigger but does not implement its handler: implement ScheduleHandler (one firing)");
    }

    @Test
    void topicFunctionWithoutItsHandlerIsToldBothChoices() {
        fails(compile(function(FN + "@TopicTrigger(topic = \"order-events\", subscription = \"audit\")",
                "public class Fn", "")), "handler", "implement MessageHandler (the message as it came) or"
                        + " TypedMessageHandler (its JSON body bound to a type, e.g. TypedMessageHandler<Order>)");
    }

    @Test
    void bothMessageHandlers() {
        fails(compile(function(FN + QUEUE, "public class Fn implements MessageHandler, TypedMessageHandler<String>",
                MESSAGE_BODY + "public void handle(String body, Message message, Context context) {}")),
                "handler", "implements both MessageHandler and TypedMessageHandler: implement exactly one");
    }

    @Test
    void typedMessageHandlerWithATypeVariable() {
        fails(compile(function(FN + QUEUE, "public class Fn<T> implements TypedMessageHandler<T>",
                "public void handle(T body, Message message, Context context) {}")), "handler",
                "implements TypedMessageHandler with 'T': body types must be concrete classes");
    }

    @Test
    void typedMessageHandlerWithATypeVariableInsideItsBodyType() {
        fails(compile(function(FN + QUEUE, "public class Fn<T> implements TypedMessageHandler<java.util.List<T>>",
                "public void handle(java.util.List<T> body, Message message, Context context) {}")), "handler",
                "with no type variable anywhere in them");
    }

    @Test
    void rawTypedMessageHandler() {
        fails(compile(function(FN + QUEUE, "@SuppressWarnings(\"rawtypes\") public class Fn implements TypedMessageHandler",
                "public void handle(Object body, Message message, Context context) {}")), "handler",
                "implements the raw type TypedMessageHandler: give its type arguments, e.g. TypedMessageHandler<Order>");
    }

    @Test
    void boundedWildcardInsideTheBodyTypeCompiles() {
        assertThat(compile(function(FN + QUEUE,
                "public class Fn implements TypedMessageHandler<java.util.List<? extends Number>>",
                "public void handle(java.util.List<? extends Number> body, Message message, Context context) {}")))
                .succeeded();
    }

    @Test
    void typedBodyFromAGenericSuperclassCompiles() {
        assertThat(compile(
                Sources.source("test.Base", "package test;", "import io.portablefn.api.*;",
                        "public abstract class Base<T> implements TypedMessageHandler<T> {}"),
                function(FN + QUEUE, "public class Fn extends Base<java.util.Map<String, Integer>>",
                        "public void handle(java.util.Map<String, Integer> body, Message message, Context context) {}")))
                .succeeded();
    }
}
