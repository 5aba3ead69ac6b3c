package io.portablefn.conformance.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.runtime.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The channel by which a function running in a child JVM (a cloud's real runtime) tells the suite
 * what it saw: the suite creates a file and starts the child with {@code -D}{@value #PROPERTY}
 * {@code =<file>} ({@link #jvmArgument()}); there {@link Seen} appends one JSON line per handler
 * call, {@code {"function": <class name>, "id": ..., "view": {...}}}; after each call the target
 * {@link #relayNew() relays} the new lines into the suite's {@link Seen.Watch}, so the engine judges
 * the call exactly as in process. The same idea as Google's functions-framework-conformance, whose
 * test functions write what they were given to {@code function_output.json} for its client to read
 * (GoogleCloudPlatform/functions-framework-conformance, README.md), with a line per call here
 * instead of one file per call.
 *
 * <p>A runtime answers only after the handler returned, and the line is written (file closed) before
 * the handler returns, so the lines are complete when the answer arrives; a trailing partial line
 * is left for the next read all the same.
 */
public final class SeenLog implements AutoCloseable {

    /** The system property naming the file a child JVM's functions append their views to. */
    public static final String PROPERTY = "portablefn.conformance.seen-log";

    /** In a child JVM, where to append; null in the suite's JVM and in production. */
    static final Path CHILD_FILE = childFile();

    private final Path file;
    private long offset;

    /** A new, empty log in a temporary file, deleted by {@link #close()}. */
    public SeenLog() throws IOException {
        this.file = Files.createTempFile("portablefn-seen-", ".jsonl");
    }

    /** The file; the child appends to it. */
    Path file() {
        return file;
    }

    /** The JVM option that makes a child's functions write to this log. */
    public String jvmArgument() {
        return "-D" + PROPERTY + "=" + file;
    }

    /** Hands every line written since the last call to the watch on its function, if any. */
    public synchronized void relayNew() throws IOException {
        byte[] bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= offset) {
                return;
            }
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - offset));
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) >= 0) {
                // read until full
            }
            bytes = buffer.array();
        }
        int end = lastNewline(bytes);
        if (end < 0) {
            return;
        }
        offset += end + 1;
        for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                relay(line);
            }
        }
    }

    private void relay(String line) throws IOException {
        JsonNode entry = Json.mapper().readTree(line);
        JsonNode view = entry.path("view");
        if (!entry.path("function").isTextual() || !view.isObject()) {
            throw new IOException("A line of " + file + " is not {\"function\", \"id\", \"view\"}: " + line);
        }
        Seen.relay(entry.get("function").asText(), new Seen.View(entry.path("id").asText(null), (ObjectNode) view));
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** In the child: appends one view as a line; a failure to write fails the handler call, loudly. */
    static void append(String function, Seen.View view) {
        append(CHILD_FILE, function, view);
    }

    static synchronized void append(Path file, String function, Seen.View view) {
        ObjectNode entry = Json.mapper().createObjectNode();
        entry.put("function", function);
        entry.put("id", view.id());
        entry.set("view", view.fields());
        try {
            Files.writeString(file, entry + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record what the function saw in " + file
                    + " (set by -D" + PROPERTY + ")", e);
        }
    }

    private static Path childFile() {
        String file = System.getProperty(PROPERTY);
        return file == null || file.isBlank() ? null : Path.of(file);
    }

    /** Deletes the file. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file; the OS cleans it up
        }
    }
}
