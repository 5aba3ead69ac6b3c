package io.portablefn.aws;

import java.util.List;

/**
 * What Lambda was sent, told from the event itself, for every adapter: one detection shared by
 * HTTP and event functions, so that each names what it got when it got the wrong thing (an SQS
 * batch sent to an HTTP function, an API Gateway request sent to a queue function).
 * <ul>
 *   <li>{@link #HTTP}: one of the four HTTP shapes ({@link EventShape});
 *   <li>{@link #SQS}, {@link #SNS}, {@link #S3}, {@link #KINESIS}: {@code Records} whose
 *       {@code eventSource} (SNS: {@code EventSource}) is {@code aws:sqs}, {@code aws:sns},
 *       {@code aws:s3} or {@code aws:kinesis};
 *   <li>{@link #DYNAMODB}: {@code Records} of {@code aws:dynamodb} (a table's stream);
 *   <li>{@link #SCHEDULE}: detail-type {@code Scheduled Event} from {@code aws.events} (an
 *       EventBridge rule) or {@code aws.scheduler} (EventBridge Scheduler's default payload);
 *   <li>{@link #OTHER}: anything else: other records, other EventBridge events, other JSON,
 *       or none at all.
 * </ul>
 * Loaded only off HTTP's normal path (a request of a known shape never asks), so HTTP cold
 * starts do not pay for it.
 */
enum EventKind {
    HTTP, SQS, SNS, S3, KINESIS, SCHEDULE, DYNAMODB, OTHER;

    static final String SCHEDULED_EVENT = "Scheduled Event";

    /** The kind of the event; null (not a JSON object) is {@link #OTHER}. */
    static EventKind of(AwsEvent event) {
        if (event instanceof HttpEvent) {
            return HTTP;
        }
        if (event instanceof RecordsEvent records) {
            if (records.records().isEmpty() || records.mixedSources() || records.source() == null) {
                return OTHER;
            }
            return switch (records.source()) {
                case "aws:sqs" -> SQS;
                case "aws:sns" -> SNS;
                case "aws:s3" -> S3;
                case KinesisRecord.EVENT_SOURCE -> KINESIS;
                case DynamoStreamRecord.EVENT_SOURCE -> DYNAMODB;
                default -> OTHER;
            };
        }
        if (event instanceof EventBridgeEvent bridge) {
            boolean scheduler = "aws.events".equals(bridge.source()) || "aws.scheduler".equals(bridge.source());
            return scheduler && SCHEDULED_EVENT.equals(bridge.detailType()) ? SCHEDULE : OTHER;
        }
        return OTHER;
    }

    /**
     * What the event is, for error messages, with an article: "an SQS event (a batch of queue
     * messages)", "an EventBridge event 'Object Created' from aws.s3", "input that is not JSON".
     */
    static String describe(AwsEvent event) {
        if (event == null) {
            return "input that is not a JSON object";
        }
        return switch (of(event)) {
            case HTTP -> "an HTTP request (" + ((HttpEvent) event).shape() + ")";
            case SQS -> "an SQS event (a batch of queue messages)";
            case SNS -> "an SNS event (a topic message)";
            case S3 -> "an S3 event notification";
            case KINESIS -> "a Kinesis event (a batch of stream records)";
            case SCHEDULE -> "an EventBridge scheduled event (from " + ((EventBridgeEvent) event).source() + ")";
            case DYNAMODB -> "a DynamoDB Streams event (a batch of table changes)";
            case OTHER -> other(event);
        };
    }

    /**
     * What the event is and its top-level keys, for the warning about an event a function does
     * not take: "an SQS event (a batch of queue messages); top-level keys: Records". Keys only,
     * never values; at most {@value #KEYS_SHOWN} keys of at most {@value #KEY_LENGTH} characters,
     * control characters shown as {@code ?}, since the keys too came from whoever sent the event.
     */
    static String shape(AwsEvent event) {
        if (event == null || event.topLevelKeys().isEmpty()) {
            return describe(event);
        }
        StringBuilder keys = new StringBuilder();
        List<String> all = event.topLevelKeys();
        for (int i = 0; i < Math.min(all.size(), KEYS_SHOWN); i++) {
            keys.append(i == 0 ? "" : ", ").append(printable(all.get(i)));
        }
        if (all.size() > KEYS_SHOWN) {
            keys.append(" and ").append(all.size() - KEYS_SHOWN).append(" more");
        }
        return describe(event) + "; top-level keys: " + keys;
    }

    static final int KEYS_SHOWN = 12;
    static final int KEY_LENGTH = 40;

    private static String printable(String key) {
        StringBuilder shown = new StringBuilder();
        key.codePoints().limit(KEY_LENGTH).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return key.codePointCount(0, key.length()) > KEY_LENGTH ? shown + "..." : shown.toString();
    }

    private static String other(AwsEvent event) {
        if (event instanceof RecordsEvent records) {
            if (records.records().isEmpty()) {
                return records.strayRecords().isEmpty() ? "an event with no records"
                        : "an event whose Records hold no object: " + String.join(", ", records.strayRecords());
            }
            if (records.mixedSources()) {
                return "an event whose records come from several sources";
            }
            if (records.source() == null) {
                return "an event of records that name no event source";
            }
            return switch (records.source()) {
                case "aws:dynamodb" -> "a DynamoDB Streams event";
                default -> "an event of records from '" + records.source() + "'";
            };
        }
        if (event instanceof EventBridgeEvent bridge) {
            return "an EventBridge event '" + bridge.detailType() + "' from " + bridge.source();
        }
        return "a JSON object of no known AWS event shape";
    }
}
