package io.portablefn.aws;

import static io.portablefn.aws.UndecodableRecord.required;

import java.time.Instant;
import java.util.Map;

/**
 * One DynamoDB Streams record as Lambda hands it over ({@code eventSource} {@code aws:dynamodb}),
 * decoded into the parts a change needs; the items are plain JSON ({@link DynamoJson}).
 *
 * @param eventId {@code eventID}, unique per record
 * @param kind {@code eventName}
 * @param keys {@code dynamodb.Keys}: the item's key attributes, name to value text
 * @param newImage {@code dynamodb.NewImage} as plain JSON; null when the stream view type does
 *     not include it, and for a removal
 * @param oldImage {@code dynamodb.OldImage} as plain JSON; null when the stream view type does
 *     not include it, and for an insertion
 * @param createdAt {@code dynamodb.ApproximateCreationDateTime} (epoch seconds, possibly with a
 *     fraction); null when absent
 * @param sequenceNumber {@code dynamodb.SequenceNumber}, which orders the changes of one item
 * @param table the table named in {@code eventSourceARN}; null when that is no table stream ARN
 */
record DynamoStreamRecord(String eventId, Kind kind, Map<String, String> keys, byte[] newImage, byte[] oldImage,
        Instant createdAt, String sequenceNumber, String table) {

    /** What happened to the item, by DynamoDB's names. */
    enum Kind { INSERT, MODIFY, REMOVE }

    static final String EVENT_SOURCE = "aws:dynamodb";

    /** Decodes a record read by {@link JsonTree}; a missing or malformed part is named in the error. */
    static DynamoStreamRecord decode(Map<String, Object> record) throws UndecodableRecord {
        String name = required(record, "eventName");
        Kind kind = switch (name) {
            case "INSERT" -> Kind.INSERT;
            case "MODIFY" -> Kind.MODIFY;
            case "REMOVE" -> Kind.REMOVE;
            default -> throw new UndecodableRecord("its eventName '" + name + "' is none of INSERT, MODIFY, REMOVE");
        };
        Map<String, Object> dynamodb = JsonTree.object(record.get("dynamodb"));
        if (dynamodb == null) {
            throw new UndecodableRecord("it has no dynamodb object");
        }
        Map<String, Object> keys = JsonTree.object(dynamodb.get("Keys"));
        if (keys == null) {
            throw new UndecodableRecord("it has no dynamodb.Keys object");
        }
        return new DynamoStreamRecord(
                JsonTree.text(record, "eventID"),
                kind,
                DynamoJson.keys(keys, "dynamodb.Keys"),
                image(dynamodb, "NewImage"),
                image(dynamodb, "OldImage"),
                UndecodableRecord.epochSeconds(dynamodb.get("ApproximateCreationDateTime"),
                        "dynamodb.ApproximateCreationDateTime"),
                required(record, "dynamodb", "SequenceNumber"),
                Arns.resourceName(JsonTree.text(record, "eventSourceARN"), "dynamodb", "table"));
    }

    private static byte[] image(Map<String, Object> dynamodb, String name) throws UndecodableRecord {
        Object image = dynamodb.get(name);
        if (image == null) {
            return null;
        }
        Map<String, Object> item = JsonTree.object(image);
        if (item == null) {
            throw new UndecodableRecord("its dynamodb." + name + " is not an object of attributes");
        }
        return DynamoJson.item(item, "dynamodb." + name);
    }
}
