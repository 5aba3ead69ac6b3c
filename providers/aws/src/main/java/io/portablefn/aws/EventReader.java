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
 * Reads an AWS event with Jackson's streaming parser: one pass, only the fields
 * {@link NativeEvent} holds, no data binding. Cold start is why: an ObjectMapper and event
 * classes cost far more class loading than the event is worth. Fields may come in any order
 * and with unexpected types; an unexpected value is skipped, not an error. The one reader
 * serves HTTP and every other kind of event alike, so that each adapter can tell what it was
 * sent ({@link EventKind}).
 */
final class EventReader {

    static final JsonFactory JSON = JsonFactory.builder().build();

    private EventReader() {
    }

    /** The event's fields, or null when the input is not JSON or not a JSON object. */
    static NativeEvent readOrNull(InputStream in) throws IOException {
        try {
            return read(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return null;
        }
    }

    /**
     * The event's fields, or null when the JSON is not an object.
     *
     * @throws com.fasterxml.jackson.core.JsonProcessingException when the input is not JSON
     */
    static NativeEvent read(InputStream in) throws IOException {
        try (JsonParser json = JSON.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            NativeEvent event = new NativeEvent();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                event.topLevelKeys.add(field);
                json.nextToken();
                readField(field, json, event);
            }
            return event;
        }
    }

    private static void readField(String field, JsonParser json, NativeEvent event) throws IOException {
        switch (field) {
            case "version": event.version = text(json); break;
            case "httpMethod": event.httpMethod = text(json); break;
            case "path": event.path = text(json); break;
            case "rawPath": event.rawPath = text(json); break;
            case "rawQueryString": event.rawQueryString = text(json); break;
            case "headers": event.headers = stringMap(json); break;
            case "multiValueHeaders": event.multiValueHeaders = listMap(json); break;
            case "queryStringParameters": event.queryStringParameters = stringMap(json); break;
            case "multiValueQueryStringParameters": event.multiValueQueryStringParameters = listMap(json); break;
            case "cookies": event.cookies = list(json); break;
            case "body": event.body = text(json); break;
            case "isBase64Encoded": event.base64Encoded = flag(json); break;
            case "requestContext": readRequestContext(json, event); break;
            case "Records": readRecords(json, event); break;
            case "source": event.source = text(json); break;
            case "detail-type": event.detailType = text(json); break;
            case "id": event.id = text(json); break;
            case "time": event.time = text(json); break;
            default: json.skipChildren();
        }
    }

    /**
     * The records as plain values. An element that is not an object ({@code 42}, {@code "junk"},
     * {@code null}) is not a record: it is left out of {@code records} and named in
     * {@code strayRecords}, so the adapter can fail what it cannot hand on instead of
     * acknowledging it unseen.
     */
    private static void readRecords(JsonParser json, NativeEvent event) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return;
        }
        List<Map<String, Object>> records = new ArrayList<>();
        List<String> stray = new ArrayList<>();
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
                event.recordSource = source;
            } else if (!Objects.equals(source, event.recordSource)) {
                event.mixedRecordSources = true;
            }
        }
        event.records = records;
        event.strayRecords = stray.isEmpty() ? List.of() : List.copyOf(stray);
        event.recordCount = position;
    }

    private static void readRequestContext(JsonParser json, NativeEvent event) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return;
        }
        event.hasRequestContext = true;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "requestId": event.requestId = text(json); break;
                case "stage": event.stage = text(json); break;
                case "domainName": event.domainName = text(json); break;
                case "elb":
                    event.elb = value == JsonToken.START_OBJECT;
                    json.skipChildren();
                    break;
                case "http": readHttp(json, event); break;
                default: json.skipChildren();
            }
        }
    }

    private static void readHttp(JsonParser json, NativeEvent event) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if (field.equals("method")) {
                event.contextHttpMethod = text(json);
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
