package io.portablefn.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an AWS event with Jackson's streaming parser: one pass, only the fields some
 * {@link AwsEvent} holds, no data binding. Cold start is why: an ObjectMapper and event classes
 * cost far more class loading than the event is worth. Fields may come in any order and with
 * unexpected types; an unexpected value is skipped, not an error. The one reader serves HTTP and
 * every other kind of event alike, so that each adapter can tell what it was sent
 * ({@link EventKind}).
 *
 * <p>An instance is the reading of one event: its fields collect what has been read so far, and
 * once the object ends {@link #event()} builds the one member of the family it turned out to be.
 * It is the only mutable object on the way, and never leaves {@link #read}.
 */
final class EventReader {

    static final JsonFactory JSON = JsonFactory.builder().build();

    private final List<String> topLevelKeys = new ArrayList<>();

    private String version;
    private String httpMethod;
    private String path;
    private String rawPath;
    private String rawQueryString;
    private Map<String, String> headers;
    private Map<String, List<String>> multiValueHeaders;
    private Map<String, String> queryStringParameters;
    private Map<String, List<String>> multiValueQueryStringParameters;
    private List<String> cookies;
    private String body;
    private boolean base64Encoded;

    private boolean elb;
    private String requestId;
    private String stage;
    private String domainName;
    private String contextHttpMethod;

    /** Set when the event has a {@code Records} array. */
    private RecordsEvent records;

    private String source;
    private String detailType;
    private String id;
    private String time;

    private EventReader() {
    }

    /** The event, or null when the input is not JSON or not a JSON object. */
    static AwsEvent readOrNull(InputStream in) throws IOException {
        try {
            return read(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return null;
        }
    }

    /**
     * The event, or null when the JSON is not an object.
     *
     * @throws com.fasterxml.jackson.core.JsonProcessingException when the input is not JSON
     */
    static AwsEvent read(InputStream in) throws IOException {
        try (JsonParser json = JSON.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            EventReader event = new EventReader();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                event.topLevelKeys.add(field);
                json.nextToken();
                event.readField(field, json);
            }
            return event.event();
        }
    }

    /**
     * What the event turned out to be. An HTTP shape wins over everything else, then
     * {@code Records}, then EventBridge's fields: the order in which {@link EventKind} has always
     * told them apart.
     */
    private AwsEvent event() {
        boolean multiValue = multiValueHeaders != null || multiValueQueryStringParameters != null;
        EventShape shape = EventShape.of(elb, multiValue, version, httpMethod, contextHttpMethod, domainName);
        if (shape != null) {
            return shape.payloadV2()
                    ? new HttpV2Event(topLevelKeys, shape, contextHttpMethod, rawPath, rawQueryString, headers,
                            queryStringParameters, cookies, body, base64Encoded, requestId, stage)
                    : new HttpV1Event(topLevelKeys, shape, httpMethod, path, headers, multiValueHeaders,
                            queryStringParameters, multiValueQueryStringParameters, body, base64Encoded, requestId,
                            stage);
        }
        if (records != null) {
            return records;
        }
        if (source != null || detailType != null) {
            return new EventBridgeEvent(topLevelKeys, source, detailType, id, time);
        }
        return new UnknownEvent(topLevelKeys);
    }

    private void readField(String field, JsonParser json) throws IOException {
        switch (field) {
            case "version": version = text(json); break;
            case "httpMethod": httpMethod = text(json); break;
            case "path": path = text(json); break;
            case "rawPath": rawPath = text(json); break;
            case "rawQueryString": rawQueryString = text(json); break;
            case "headers": headers = stringMap(json); break;
            case "multiValueHeaders": multiValueHeaders = listMap(json); break;
            case "queryStringParameters": queryStringParameters = stringMap(json); break;
            case "multiValueQueryStringParameters": multiValueQueryStringParameters = listMap(json); break;
            case "cookies": cookies = list(json); break;
            case "body": body = text(json); break;
            case "isBase64Encoded": base64Encoded = flag(json); break;
            case "requestContext": readRequestContext(json); break;
            case "Records": records = readRecords(json); break;
            case "source": source = text(json); break;
            case "detail-type": detailType = text(json); break;
            case "id": id = text(json); break;
            case "time": time = text(json); break;
            default: json.skipChildren();
        }
    }

    /**
     * The records as plain values, or null when {@code Records} is not an array. An element that
     * is not an object ({@code 42}, {@code "junk"}, {@code null}) is not a record: it is left out
     * of the records and named among the strays. The event takes the reader's list of top-level
     * keys as it stands, which is complete by the time {@link #read} returns the event.
     */
    private RecordsEvent readRecords(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return null;
        }
        List<Map<String, Object>> records = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        String firstSource = null;
        boolean mixed = false;
        int position = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            position++;
            JsonToken token = json.currentToken();
            Map<String, Object> record = JsonTree.object(JsonTree.read(json));
            if (record == null) {
                stray.add("element " + position + " (" + JsonTree.kindOf(token) + ")");
                continue;
            }
            records.add(record);
            // SQS and S3 records say eventSource; SNS records say EventSource.
            String source = JsonTree.text(record, "eventSource");
            source = source != null ? source : JsonTree.text(record, "EventSource");
            if (records.size() == 1) {
                firstSource = source;
            } else if (!Objects.equals(source, firstSource)) {
                mixed = true;
            }
        }
        return new RecordsEvent(topLevelKeys, records, firstSource, mixed, stray.isEmpty() ? List.of() : List.copyOf(stray),
                position);
    }

    private void readRequestContext(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "requestId": requestId = text(json); break;
                case "stage": stage = text(json); break;
                case "domainName": domainName = text(json); break;
                case "elb":
                    elb = value == JsonToken.START_OBJECT;
                    json.skipChildren();
                    break;
                case "http": readHttp(json); break;
                default: json.skipChildren();
            }
        }
    }

    private void readHttp(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if (field.equals("method")) {
                contextHttpMethod = text(json);
            } else {
                json.skipChildren();
            }
        }
    }

    /** A scalar as text; null for JSON null, objects and arrays (skipped). */
    private static String text(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return json.getValueAsString();
        }
        json.skipChildren();
        return null;
    }

    private static boolean flag(JsonParser json) throws IOException {
        String value = text(json);
        return value != null && value.equalsIgnoreCase("true");
    }

    private static Map<String, String> stringMap(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            String value = text(json);
            if (value != null) {
                map.put(name, value);
            }
        }
        return map;
    }

    private static Map<String, List<String>> listMap(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return null;
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            List<String> values = list(json);
            if (values != null) {
                map.put(name, values);
            }
        }
        return map;
    }

    private static List<String> list(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return null;
        }
        List<String> values = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            String value = text(json);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }
}
