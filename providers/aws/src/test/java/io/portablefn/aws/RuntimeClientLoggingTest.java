package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.api.client.logging.FramedTelemetryLogSink;
import com.amazonaws.services.lambda.runtime.api.client.logging.LambdaContextLogger;
import com.amazonaws.services.lambda.runtime.logging.LogFormat;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portablefn.api.Provider;
import io.portablefn.runtime.InvocationContext;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records through the logger of Lambda's own runtime interface client, configured as Lambda
 * configures it for a function with the JSON log format and application log level WARN, writing
 * frames to the telemetry descriptor as on Lambda: each record is one frame whose bytes are
 * portablefn's JSON, not wrapped again by the client, with the frame type of its level and format;
 * records below the level never reach the descriptor.
 */
class RuntimeClientLoggingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One frame of the client's telemetry log: type, then length, then a microsecond time, then the bytes. */
    private record Frame(int type, String text) { }

    @Test
    void eachRecordIsOneUnwrappedJsonFrameAtItsLevel(@TempDir Path dir) throws IOException {
        Path telemetry = dir.resolve("telemetry");
        try (FileOutputStream file = new FileOutputStream(telemetry.toFile())) {
            LambdaContextLogger client = new LambdaContextLogger(new FramedTelemetryLogSink(file.getFD()),
                    LogLevel.WARN, LogFormat.JSON);
            // As on Lambda: the format and level come from the same environment the client read.
            InvocationContext context = new InvocationContext(Provider.AWS, "req-1", "orders",
                    Instant.now().plusSeconds(30), new LambdaLogging(client, true, LogLevel.WARN));
            context.logger().info("below the level");
            context.logger().warn("careful\nsecond line");
            context.logger().error("failed", new IllegalStateException("boom"));
        }

        List<Frame> frames = frames(Files.readAllBytes(telemetry));
        assertEquals(2, frames.size(), frames::toString);
        assertEquals(frameType(LogLevel.WARN), frames.get(0).type());
        assertEquals(frameType(LogLevel.ERROR), frames.get(1).type());
        JsonNode warning = JSON.readTree(frames.get(0).text());
        assertEquals("careful\nsecond line", warning.get("message").asText(), "our record, not the client's around it");
        assertEquals("WARN", warning.get("level").asText());
        assertEquals("req-1", warning.get("AWSRequestId").asText());
        JsonNode error = JSON.readTree(frames.get(1).text());
        assertEquals("java.lang.IllegalStateException", error.get("errorType").asText());
        assertTrue(error.get("stackTrace").isArray() && error.get("stackTrace").size() > 0, error::toString);
    }

    // The client's FrameType: a magic number, the level's ordinal, "timestamp present", the format's ordinal.
    private static int frameType(LogLevel level) {
        return 0xa55a0000 | (level.ordinal() << 2) | (1 << 1) | LogFormat.JSON.ordinal();
    }

    private static List<Frame> frames(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        List<Frame> frames = new ArrayList<>();
        while (buffer.remaining() >= 16) {
            int type = buffer.getInt();
            int length = buffer.getInt();
            buffer.getLong(); // the time, in microseconds
            byte[] text = new byte[length];
            buffer.get(text);
            frames.add(new Frame(type, new String(text, StandardCharsets.UTF_8)));
        }
        assertEquals(0, buffer.remaining(), "whole frames only");
        return frames;
    }
}
