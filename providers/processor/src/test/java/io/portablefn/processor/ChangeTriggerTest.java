package io.portablefn.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.portablefn.processor.Sources.compile;
import static io.portablefn.processor.Sources.fails;
import static io.portablefn.processor.Sources.function;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @ChangeTrigger}: one failing compile per rule of its attributes and handler, and what a
 * change function becomes (its definition and its manifest entry).
 */
class ChangeTriggerTest {

    private static final String FN = "@Function(name = \"fn\")";
    private static final String CHANGES = "public class Fn implements ChangeHandler<java.util.Map<String, Object>>";
    private static final String CHANGE_BODY =
            "public void handle(Change<java.util.Map<String, Object>> change, Context context) {}";

    private static Compilation change(String attributes) {
        return compile(function(FN + "@ChangeTrigger(" + attributes + ")", CHANGES, CHANGE_BODY));
    }

    @Test
    void aChangeFunctionCompilesToItsDefinitionAndManifestEntry() throws Exception {
        Compilation compilation = change("table = \"orders\", database = \"shop\", batchSize = 25");
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.Fn_PortableFunction").contentsAsUtf8String()
                .contains("EventFunction.changes(\"fn\", 60, new Fn(), new BodyType<Map<String, Object>>() {");
        String manifest = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, FunctionManifestWriter.MANIFEST)
                .orElseThrow().getCharContent(true).toString();
        JsonNode trigger = new ObjectMapper().readTree(manifest).path("functions").get(0).path("trigger");
        assertEquals(new ObjectMapper().readTree("""
                {"type": "change", "table": "orders", "cosmosDatabase": "shop", "firestoreDatabase": "shop",
                 "batchSize": "25", "azureConnection": "CosmosDBConnection"}"""), trigger, manifest);
    }

    @Test
    void anEmptyDatabaseIsEachCloudsDefault() throws Exception {
        Compilation compilation = change("table = \"orders\"");
        assertThat(compilation).succeeded();
        String manifest = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, FunctionManifestWriter.MANIFEST)
                .orElseThrow().getCharContent(true).toString();
        JsonNode trigger = new ObjectMapper().readTree(manifest).path("functions").get(0).path("trigger");
        assertEquals("default", trigger.path("cosmosDatabase").asText());
        assertEquals("(default)", trigger.path("firestoreDatabase").asText());
        assertEquals("100", trigger.path("batchSize").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"or", "orders/2026", "orders#1", "..", "__orders__", "orders?"})
    void tableNameOutsideWhatEveryCloudAccepts(String table) {
        fails(change("table = \"" + table + "\""), "invalid-table", "The table name '" + table
                + "' on test.Fn is not accepted by every cloud: use 3 to 255 characters of letters, digits");
    }

    @Test
    void tableNamesEveryCloudAcceptsCompile() {
        assertThat(change("table = \"Order_Events.v2\"")).succeeded();
        assertThat(change("table = \"" + "t".repeat(255) + "\"")).succeeded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shop", "abc", "shop_db", "shop-", "1shop"})
    void databaseNameOutsideFirestoresRule(String database) {
        fails(change("table = \"orders\", database = \"" + database + "\""), "invalid-database",
                "The database name '" + database + "' on test.Fn is not accepted by every cloud: leave it empty");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001})
    void batchSizeOutOfRange(int size) {
        fails(change("table = \"orders\", batchSize = " + size), "invalid-batch-size",
                "batchSize = " + size + " on test.Fn is out of range: use 1 to 1000");
    }

    @Test
    void azureConnectionMustBeAnAppSettingName() {
        fails(change("table = \"orders\", azureConnection = \"cosmos connection\""), "invalid-connection",
                "azureConnection = 'cosmos connection' on test.Fn is not an Azure app setting name");
    }

    @Test
    void aChangeFunctionImplementsChangeHandler() {
        fails(compile(function(FN + "@ChangeTrigger(table = \"orders\")", "public class Fn implements MessageHandler",
                "public void handle(Message message, Context context) {}")), "handler",
                "test.Fn has @ChangeTrigger but implements MessageHandler (the handler of @QueueTrigger and"
                        + " @TopicTrigger): a @ChangeTrigger function implements ChangeHandler and no other");
    }

    @Test
    void aChangeFunctionWithoutHandlerIsToldWhichToImplement() {
        fails(compile(function(FN + "@ChangeTrigger(table = \"orders\")", "public class Fn", "")), "handler",
                "test.Fn has @ChangeTrigger but does not implement its handler: implement ChangeHandler (each change,"
                        + " its items bound to a type, e.g. ChangeHandler<Order>)");
    }

    @Test
    void theItemTypeMustBeConcrete() {
        fails(compile(function(FN + "@ChangeTrigger(table = \"orders\")", "public class Fn<T> implements ChangeHandler<T>",
                "public void handle(Change<T> change, Context context) {}")), "handler",
                "implements ChangeHandler with 'T': body types must be concrete");
    }
}
