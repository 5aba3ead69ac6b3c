package io.portablefn.gcp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A {@link CloudLogging} sink writing into memory, and its lines read back as Cloud Logging would. */
final class CloudLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final CloudLogging sink;

    CloudLog(String project) {
        sink = new CloudLogging(new PrintStream(bytes, true, StandardCharsets.UTF_8), project);
    }

    /** Every line written so far, each checked to be one JSON object. */
    List<JsonNode> records() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        List<JsonNode> records = new ArrayList<>();
        if (text.isEmpty()) {
            return records;
        }
        assertTrue(text.endsWith("\n"), "every record ends its line: " + text);
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            try {
                JsonNode record = JSON.readTree(line);
                assertTrue(record != null && record.isObject(), "a JSON object: " + line);
                records.add(record);
            } catch (IOException notJson) {
                throw new UncheckedIOException("not one JSON record per line: " + line, notJson);
            }
        }
        return records;
    }

    void clear() {
        bytes.reset();
    }
}
