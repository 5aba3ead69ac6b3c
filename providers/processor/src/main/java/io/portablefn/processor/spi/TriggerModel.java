package io.portablefn.processor.spi;

import io.portablefn.api.HttpMethod;
import io.portablefn.api.QueueTrigger;
import io.portablefn.api.StorageEvent;
import java.util.List;

/**
 * A function's trigger, checked, as generators see it: one record per trigger annotation.
 * Generators switch over the permitted records; a new trigger kind is a compile error in every
 * generator that does not handle it yet.
 */
public sealed interface TriggerModel {

    /** The kind's name in the function manifest: {@code http}, {@code queue}, and so on. */
    String type();

    /**
     * {@code @HttpTrigger}.
     *
     * @param methods the accepted methods, in declaration order
     * @param path the path template, already validated
     */
    record Http(List<HttpMethod> methods, String path) implements TriggerModel {
        public Http {
            methods = List.copyOf(methods);
        }

        @Override
        public String type() {
            return "http";
        }
    }

    /** {@code @QueueTrigger}: the queue's name (checked) and the Azure service that holds it. */
    record Queue(String queue, QueueTrigger.AzureService azureService) implements TriggerModel {
        @Override
        public String type() {
            return "queue";
        }
    }

    /** {@code @TopicTrigger}: the topic and the subscription (the function's name when not given). */
    record Topic(String topic, String subscription) implements TriggerModel {
        @Override
        public String type() {
            return "topic";
        }
    }

    /** {@code @StorageTrigger}: the bucket and the events wanted (at least one, no repeats). */
    record Storage(String bucket, List<StorageEvent.Kind> events) implements TriggerModel {
        public Storage {
            events = List.copyOf(events);
        }

        @Override
        public String type() {
            return "storage";
        }
    }

    /**
     * {@code @ScheduleTrigger}: the portable cron expression and its translations, made at
     * compile time (docs/schedules.md).
     *
     * @param cron the portable expression, as written
     * @param eventBridge for AWS, such as {@code cron(0 2 * * ? *)}
     * @param ncrontab for Azure's timer trigger, such as {@code 0 0 2 * * *}
     * @param unixCron for Google Cloud Scheduler, such as {@code 0 2 * * *}
     */
    record Schedule(String cron, String eventBridge, String ncrontab, String unixCron) implements TriggerModel {
        @Override
        public String type() {
            return "schedule";
        }
    }

    /**
     * {@code @ChangeTrigger} (docs/events.md §9).
     *
     * @param table the DynamoDB table, Cosmos DB container or Firestore collection (checked)
     * @param database the Cosmos DB and Firestore database, or empty for each cloud's default
     * @param batchSize at most this many changes per invocation (1 to 1000)
     * @param azureConnection the Azure app setting holding the Cosmos DB connection
     */
    record Change(String table, String database, int batchSize, String azureConnection) implements TriggerModel {
        /** Cosmos DB has no default database: this one stands for it when none is given. */
        public static final String COSMOS_DEFAULT_DATABASE = "default";
        /** Firestore's default database. */
        public static final String FIRESTORE_DEFAULT_DATABASE = "(default)";

        @Override
        public String type() {
            return "change";
        }

        /** The Cosmos DB database the Azure trigger reads. */
        public String cosmosDatabase() {
            return database.isEmpty() ? COSMOS_DEFAULT_DATABASE : database;
        }

        /** The Firestore database the Eventarc trigger watches. */
        public String firestoreDatabase() {
            return database.isEmpty() ? FIRESTORE_DEFAULT_DATABASE : database;
        }
    }

    /**
     * {@code @StreamTrigger}: the stream's name, the retries before a record is given up and the
     * most records per invocation, all checked (docs/events.md §10).
     */
    record Stream(String stream, int retries, int batchSize) implements TriggerModel {
        @Override
        public String type() {
            return "stream";
        }
    }
}
