package io.portablefn.conformance.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.fixtures.QueueEcho;
import io.portablefn.conformance.fixtures.TopicEcho;
import io.portablefn.runtime.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/** Views a child JVM writes reach the watch on their function, each once, and only complete lines. */
class SeenLogTest {

    private static Seen.View view(String id, String body) {
        return new Seen.View(id, Json.mapper().createObjectNode().put("id", id).put("body", body));
    }

    @Test
    void eachNewLineReachesTheWatchOnItsFunctionOnce() throws Exception {
        try (SeenLog log = new SeenLog(); Seen.Watch watch = Seen.watch(QueueEcho.class)) {
            assertEquals("-D" + SeenLog.PROPERTY + "=" + log.file(), log.jvmArgument());
            SeenLog.append(log.file(), QueueEcho.class.getName(), view("m-1", "héllo"));
            SeenLog.append(log.file(), TopicEcho.class.getName(), view("t-1", "not watched"));
            log.relayNew();
            SeenLog.append(log.file(), QueueEcho.class.getName(), view("m-2", "again"));
            log.relayNew();
            log.relayNew();
            assertEquals(2, watch.views().size(), watch.views()::toString);
            assertEquals("m-1", watch.views().get(0).id());
            assertEquals("héllo", watch.views().get(0).fields().path("body").asText());
            assertEquals("m-2", watch.views().get(1).id());
        }
    }

    @Test
    void aLineStillBeingWrittenWaitsForTheNextRead() throws Exception {
        try (SeenLog log = new SeenLog(); Seen.Watch watch = Seen.watch(QueueEcho.class)) {
            String line = "{\"function\":\"" + QueueEcho.class.getName() + "\",\"id\":\"m-1\",\"view\":{\"id\":\"m-1\"}}";
            Files.writeString(log.file(), line.substring(0, 20), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            log.relayNew();
            assertEquals(0, watch.views().size());
            Files.writeString(log.file(), line.substring(20) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            log.relayNew();
            assertEquals(1, watch.views().size());
        }
    }

    @Test
    void aLineThatIsNoViewIsAnError() throws Exception {
        try (SeenLog log = new SeenLog()) {
            Files.writeString(log.file(), "{\"id\":\"m-1\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            IOException error = assertThrows(IOException.class, log::relayNew);
            assertTrue(error.getMessage().contains("is not {\"function\", \"id\", \"view\"}"), error.getMessage());
        }
    }
}
