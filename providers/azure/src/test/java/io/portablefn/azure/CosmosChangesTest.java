package io.portablefn.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.RetryContext;
import com.microsoft.azure.functions.RpcException;
import io.portablefn.api.Change;
import io.portablefn.runtime.BodyType;
import io.portablefn.runtime.EventFunction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The Cosmos DB trigger's batches: decoding (a real document too), order, and what a failure tells the host. */
class CosmosChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GAVE_UP =
            "(?s)function=audit invocation=\\S* trace=[0-9a-f]{32} Function 'audit' gave up change ";

    private final List<Change<Map<String, Object>>> seen = new ArrayList<>();
    private final List<String> errors = new ArrayList<>(); // the "gave up" errors only

    private AzureEventAdapter adapter() {
        return new AzureEventAdapter(EventFunction.changes("audit", 30, (Change<Map<String, Object>> change, io.portablefn.api.Context c) -> {
            seen.add(change);
            if ("poison".equals(change.newItem().orElseThrow().get("state"))) {
                throw new IllegalStateException("handler's own words");
            }
        }, new BodyType<Map<String, Object>>() { }));
    }

    @Test
    void aRealDocumentWithItsLsnIsAWrittenChangeWithoutSystemProperties() throws Exception {
        String document = sample("cosmos/document-created-sdk-java.json");
        String withLsn = document.substring(0, document.length() - 1) + ",\"_lsn\":176}";

        CosmosChanges.Batch batch = CosmosChanges.decode("[" + withLsn + "]");

        Change<byte[]> change = batch.changes().get(0);
        assertEquals(Change.Kind.WRITTEN, change.kind());
        assertEquals(Map.of("id", "1946c04a-070b-48c0-8e36-517c8d2f92ed"), change.key());
        assertEquals("176", change.position());
        assertEquals(Instant.ofEpochSecond(1689561604), change.time().orElseThrow());
        assertEquals(JSON.readTree("{\"id\":\"1946c04a-070b-48c0-8e36-517c8d2f92ed\",\"mypk\":\"mypk-1\","
                + "\"prop\":\"Johnson\"}"), JSON.readTree(change.newItem().orElseThrow()));
        assertTrue(change.oldItem().isEmpty(), "the latest-version feed keeps no old image");
    }

    @Test
    void aRealDocumentWithoutLsnIsRefusedByName() throws Exception {
        CosmosChanges.Batch batch = CosmosChanges.decode("[" + sample("cosmos/document-created-sdk-java.json") + "]");
        assertEquals(List.of(), batch.changes());
        assertEquals("document 0 of the batch (id '1946c04a-070b-48c0-8e36-517c8d2f92ed') has no '_lsn', its position"
                + " in the change feed", batch.problem());
    }

    @Test
    void numbersKeepTheirDigitsAndUsersUnderscorePropertiesStay() throws Exception {
        Change<byte[]> change = CosmosChanges.decode("[{\"id\":\"a\",\"_lsn\":7,\"_ts\":1,\"_mine\":1,"
                + "\"price\":12345678901234567890.123456789}]").changes().get(0);
        JsonNode item = JSON.readTree(change.newItem().orElseThrow());
        assertTrue(new String(change.newItem().orElseThrow(), StandardCharsets.UTF_8)
                .contains("\"price\":12345678901234567890.123456789"), "the digits as stored");
        assertEquals(1, item.path("_mine").asInt());
    }

    @Test
    void aBatchStopsAtTheFailedChangeAndTheHostIsToldWhichOne() {
        String batch = "[{\"id\":\"a\",\"_lsn\":1,\"state\":\"ok\"},{\"id\":\"b\",\"_lsn\":2,\"state\":\"poison\"},"
                + "{\"id\":\"c\",\"_lsn\":3,\"state\":\"ok\"}]";

        EventFailure failure = assertThrows(EventFailure.class, () -> adapter().cosmosChanges(batch, context(1, 5)));

        assertEquals(List.of("a", "b"), seen.stream().map(c -> c.key().get("id")).toList(), "c is held back");
        assertEquals("Function 'audit' did not complete change {id=b} at position 2 (and 1 later change(s) of the"
                + " batch); " + CosmosBatchFailure.NEXT, failure.getMessage());
        assertEquals(List.of(), errors, "retries remain: nothing is given up yet");
    }

    @Test
    void onTheLastRetryEachChangeGivenUpIsLoggedWithKeyAndPosition() {
        String batch = "[{\"id\":\"b\",\"_lsn\":2,\"state\":\"poison\"},{\"id\":\"c\",\"_lsn\":3,\"state\":\"ok\"}]";

        assertThrows(EventFailure.class, () -> adapter().cosmosChanges(batch, context(5, 5)));

        assertEquals(2, errors.size(), errors::toString);
        // Each record is stamped with the invocation's names first (runtime log.PlainText, #17).
        assertTrue(errors.get(0).matches(GAVE_UP + "\\{id=b\\} at position 2 after 5 retries.*"), errors.get(0));
        assertTrue(errors.get(1).matches(GAVE_UP + "\\{id=c\\} at position 3 after 5 retries.*"), errors.get(1));
    }

    @Test
    void aDocumentThatCannotBeDecodedStopsTheBatchAfterTheOnesBeforeIt() {
        EventFailure failure = assertThrows(EventFailure.class, () -> adapter().cosmosChanges(
                "[{\"id\":\"a\",\"_lsn\":1,\"state\":\"ok\"},{\"_lsn\":2}]", context(0, 5)));
        assertEquals(1, seen.size());
        assertTrue(failure.getMessage().startsWith("Function 'audit' cannot decode a Cosmos DB change feed batch:"
                + " document 1 of the batch has no 'id'"), failure.getMessage());
    }

    @Test
    void aTriggerValueThatIsNotAnArrayIsUndecodable() {
        EventFailure failure = assertThrows(EventFailure.class, () -> adapter().cosmosChanges("{\"id\":\"a\"}",
                context(0, 5)));
        assertTrue(failure.getMessage().contains("the trigger value is not a JSON array of documents"));
    }

    @Test
    void aMessageFunctionRefusesAChangeFeedBatch() {
        AzureEventAdapter messages = new AzureEventAdapter(EventFunction.messages("orders", 30,
                EventFunction.Kind.QUEUE, (message, c) -> { }));
        EventFailure failure = assertThrows(EventFailure.class, () -> messages.cosmosChanges("[]", context(0, 5)));
        assertEquals("Function 'orders' takes queue messages, but received a Cosmos DB change feed batch; check the"
                + " trigger that invokes it.", failure.getMessage());
    }

    private ExecutionContext context(int retry, int maxRetries) {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.SEVERE && record.getMessage().contains(" gave up ")) {
                    errors.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return new ExecutionContext() {
            @Override
            public Logger getLogger() {
                return logger;
            }

            @Override
            public String getInvocationId() {
                return "inv-1";
            }

            @Override
            public String getFunctionName() {
                return "audit";
            }

            @Override
            public RetryContext getRetryContext() {
                return new RetryContext() {
                    @Override
                    public int getRetrycount() {
                        return retry;
                    }

                    @Override
                    public int getMaxretrycount() {
                        return maxRetries;
                    }

                    @Override
                    public RpcException getException() {
                        return null;
                    }
                };
            }
        };
    }

    private static String sample(String path) throws Exception {
        try (InputStream in = CosmosChangesTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
