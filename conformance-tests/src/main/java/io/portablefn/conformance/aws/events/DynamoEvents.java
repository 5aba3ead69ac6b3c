package io.portablefn.conformance.aws.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.api.Change;
import io.portablefn.conformance.events.WireChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB Streams batches as Lambda hands them over, shaped like AWS's own samples
 * (aws-lambda-java-libs {@code dynamodb_event.json}): {@code eventID}, {@code eventName}
 * ({@code INSERT}, {@code MODIFY}, {@code REMOVE}), {@code eventVersion 1.1}, {@code eventSource
 * aws:dynamodb}, {@code awsRegion}, {@code dynamodb} with {@code ApproximateCreationDateTime}
 * (epoch seconds), {@code Keys}, {@code NewImage}, {@code OldImage} (the template's view type is
 * {@code NEW_AND_OLD_IMAGES}), {@code SequenceNumber} (the change's position), {@code SizeBytes}
 * and {@code StreamViewType}, and the table's stream ARN. Items are written as attribute values:
 * strings {@code S}, numbers {@code N} with their exact digits, booleans {@code BOOL}, null
 * {@code NULL}, objects {@code M}, arrays {@code L}.
 */
final class DynamoEvents {

    static final String REGION = "eu-west-1";

    private DynamoEvents() {
    }

    static ObjectNode batch(List<WireChange> changes, String table) {
        ObjectNode event = NativeEvents.JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (WireChange change : changes) {
            ObjectNode record = records.addObject();
            record.put("eventID", "c" + change.position());
            record.put("eventName", switch (change.kind()) {
                case CREATED -> "INSERT";
                case DELETED -> "REMOVE";
                default -> "MODIFY";
            });
            record.put("eventVersion", "1.1").put("eventSource", "aws:dynamodb").put("awsRegion", REGION);
            ObjectNode dynamodb = record.putObject("dynamodb");
            dynamodb.put("ApproximateCreationDateTime", epochSeconds(change.time()));
            ObjectNode keys = dynamodb.putObject("Keys");
            change.key().forEach((name, value) -> keys.putObject(name).put("S", value));
            if (change.newItem() != null) {
                dynamodb.set("NewImage", item(change.newItem()));
            }
            if (change.oldItem() != null && change.kind() != Change.Kind.CREATED) {
                dynamodb.set("OldImage", item(change.oldItem()));
            }
            dynamodb.put("SequenceNumber", change.position()).put("SizeBytes", 26)
                    .put("StreamViewType", "NEW_AND_OLD_IMAGES");
            record.put("eventSourceARN", "arn:aws:dynamodb:" + REGION + ":123456789012:table/" + table
                    + "/stream/2026-01-01T00:00:00.000");
        }
        return event;
    }

    /**
     * The positions Lambda delivers again after this answer: from the first reported sequence
     * number on, since it retries the shard from there (none when nothing was reported).
     */
    static List<String> redelivered(List<String> positions, Set<String> reported) {
        for (int i = 0; i < positions.size(); i++) {
            if (reported.contains(positions.get(i))) {
                return new ArrayList<>(positions.subList(i, positions.size()));
            }
        }
        return List.of();
    }

    private static BigDecimal epochSeconds(Instant time) {
        return BigDecimal.valueOf(time.getEpochSecond()).add(BigDecimal.valueOf(time.getNano(), 9))
                .stripTrailingZeros();
    }

    private static ObjectNode item(String json) {
        try {
            JsonNode plain = NativeEvents.JSON.readTree(json);
            ObjectNode item = NativeEvents.JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = plain.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                item.set(field.getKey(), attribute(field.getValue()));
            }
            return item;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode attribute(JsonNode value) {
        ObjectNode attribute = NativeEvents.JSON.createObjectNode();
        if (value.isTextual()) {
            attribute.put("S", value.textValue());
        } else if (value.isNumber()) {
            attribute.put("N", value.asText());
        } else if (value.isBoolean()) {
            attribute.put("BOOL", value.booleanValue());
        } else if (value.isNull()) {
            attribute.put("NULL", true);
        } else if (value.isArray()) {
            ArrayNode list = attribute.putArray("L");
            value.forEach(element -> list.add(attribute(element)));
        } else {
            ObjectNode map = attribute.putObject("M");
            value.fields().forEachRemaining(field -> map.set(field.getKey(), attribute(field.getValue())));
        }
        return attribute;
    }
}
