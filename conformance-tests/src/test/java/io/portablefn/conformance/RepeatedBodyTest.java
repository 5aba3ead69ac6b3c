package io.portablefn.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.suite.CaseFileException;
import io.portablefn.conformance.suite.CaseFiles;
import io.portablefn.conformance.suite.HttpCase;
import io.portablefn.conformance.suite.Suite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bodyRepeat} states a large body in a few bytes of case file, and refuses what makes no body. */
class RepeatedBodyTest {

    private static final String CASE = """
            {"id": "big", "function": "Echo", "request": {"method": "POST", "path": "/echo/1", %s},
             "expect": {"status": 200}}
            """;

    @TempDir
    Path work;

    private HttpCase read(String bodyFields) throws IOException {
        Files.writeString(work.resolve("big.json"), CASE.formatted(bodyFields));
        return CaseFiles.fromDirectory(work, Suite.FIXTURES).get(0);
    }

    private String refusal(String bodyFields) {
        return assertThrows(CaseFileException.class, () -> read(bodyFields)).getMessage();
    }

    @Test
    void theTextIsRepeatedAsUtf8TheGivenNumberOfTimes() throws IOException {
        assertArrayEquals("abababab".getBytes(StandardCharsets.UTF_8),
                read("\"bodyRepeat\": {\"text\": \"ab\", \"times\": 4}").request().body());
        assertArrayEquals("ééé".getBytes(StandardCharsets.UTF_8),
                read("\"bodyRepeat\": {\"text\": \"é\", \"times\": 3}").request().body());
    }

    @Test
    void aBodyOverEveryFrontDoorsLimitTakesOneLine() throws IOException {
        HttpCase big = read("\"bodyRepeat\": {\"text\": \"a\", \"times\": 7340032}");
        assertEquals(7 * 1024 * 1024, big.request().bodyLength());
        assertEquals('a', big.request().body()[7 * 1024 * 1024 - 1]);
    }

    @Test
    void onlyOneWayOfGivingTheBody() {
        String message = refusal("\"body\": \"x\", \"bodyRepeat\": {\"text\": \"a\", \"times\": 2}");
        assertTrue(message.contains("big.json: request: give the body one way only: \"body\" (text), \"bodyBase64\" or"
                + " \"bodyRepeat\""), message);
    }

    @Test
    void nonsenseIsAnErrorNamingTheFieldAndWhatIsAllowed() {
        assertTrue(refusal("\"bodyRepeat\": \"aaaa\"").contains("request.bodyRepeat must be a JSON object"));
        assertTrue(refusal("\"bodyRepeat\": {\"text\": \"a\", \"times\": 2, \"size\": 3}")
                .contains("request.bodyRepeat has an unknown field \"size\"; allowed: [text, times]"));
        assertTrue(refusal("\"bodyRepeat\": {\"times\": 2}")
                .contains("request.bodyRepeat.text must be a non-empty string"));
        assertTrue(refusal("\"bodyRepeat\": {\"text\": \"\", \"times\": 2}")
                .contains("request.bodyRepeat.text must be a non-empty string"));
        for (String times : new String[] {"0", "-1", "2.5", "\"7\"", "99999999999999999999999"}) {
            assertTrue(refusal("\"bodyRepeat\": {\"text\": \"a\", \"times\": " + times + "}")
                    .contains("request.bodyRepeat.times must be a whole number of at least 1"), times);
        }
    }

    @Test
    void aBodyOverTheCapIsRefusedBeforeItIsMade() {
        String message = refusal("\"bodyRepeat\": {\"text\": \"abcd\", \"times\": 100000000}");
        assertTrue(message.contains("request.bodyRepeat makes 400000000 bytes; at most 268435456 (256 MiB) are allowed"),
                message);
        assertTrue(refusal("\"bodyRepeat\": {\"text\": \"a\", \"times\": 9000000000000000000}")
                .contains("request.bodyRepeat makes too many bytes"));
    }
}
