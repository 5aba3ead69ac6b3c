package io.portablefn.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link DynamoJson}: DynamoDB attribute values become plain JSON with numbers exact, and a
 * malformed value is an error naming where it is, never quoting the item's data.
 */
class DynamoJsonTest {

    /** A JSON object read as the adapter reads records ({@link JsonTree}). */
    static Map<String, Object> tree(String json) {
        try (JsonParser parser = EventReader.JSON.createParser(json)) {
            parser.nextToken();
            return JsonTree.object(JsonTree.read(parser));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(String image) throws UndecodableRecord {
        return new String(DynamoJson.item(tree(image), "dynamodb.NewImage"), StandardCharsets.UTF_8);
    }

    private static String problem(String image) {
        return assertThrows(UndecodableRecord.class, () -> plain(image)).getMessage();
    }

    @Test
    void everyTypeBecomesItsPlainJsonInTheOrderSent() throws UndecodableRecord {
        assertEquals("{\"s\":\"text\",\"n\":42,\"b\":\"AAEqQQ==\",\"t\":true,\"f\":false,\"nothing\":null,"
                + "\"ss\":[\"Giraffe\",\"Zebra\"],\"ns\":[1234,567.8],\"bs\":[\"AAEqQQ==\",\"QSoBAA==\"],\"empty\":[]}",
                plain("""
                        {"s":{"S":"text"},"n":{"N":"42"},"b":{"B":"AAEqQQ=="},"t":{"BOOL":true},"f":{"BOOL":false},
                         "nothing":{"NULL":true},"ss":{"SS":["Giraffe","Zebra"]},"ns":{"NS":["1234","567.8"]},
                         "bs":{"BS":["AAEqQQ==","QSoBAA=="]},"empty":{"SS":[]}}"""));
    }

    @Test
    void mapsAndListsNest() throws UndecodableRecord {
        assertEquals("{\"order\":{\"id\":\"o-1\",\"lines\":[{\"sku\":\"a\",\"qty\":2},[1,[\"deep\"]],{}]}}",
                plain("""
                        {"order":{"M":{"id":{"S":"o-1"},"lines":{"L":[
                            {"M":{"sku":{"S":"a"},"qty":{"N":"2"}}},
                            {"L":[{"N":"1"},{"L":[{"S":"deep"}]}]},
                            {"M":{}}]}}}}"""));
    }

    @Test
    void numbersAreWrittenAsSentNeverThroughADouble() throws UndecodableRecord {
        assertEquals("{\"big\":1E+30,\"tiny\":0.000001,\"negativeZero\":-0,\"long\":12345678901234567890.123456789,"
                + "\"huge\":9.9999999999999999999999999999999999999E+125,\"small\":1E-130,\"e\":-2.5e-3}",
                plain("""
                        {"big":{"N":"1E+30"},"tiny":{"N":"0.000001"},"negativeZero":{"N":"-0"},
                         "long":{"N":"12345678901234567890.123456789"},
                         "huge":{"N":"9.9999999999999999999999999999999999999E+125"},"small":{"N":"1E-130"},
                         "e":{"N":"-2.5e-3"}}"""));
    }

    @Test
    void aNumberJsonCannotSpellAsSentIsWrittenAsItsExactDecimal() throws UndecodableRecord {
        assertEquals("{\"a\":0.5,\"b\":5,\"c\":7,\"d\":[0.25]}",
                plain("{\"a\":{\"N\":\".5\"},\"b\":{\"N\":\"+5\"},\"c\":{\"N\":\"007\"},\"d\":{\"NS\":[\".25\"]}}"));
    }

    @Test
    void keysAreNameToValueText() throws UndecodableRecord {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("pk", "user#1");
        expected.put("sk", "1E+30");
        expected.put("bin", "AAEqQQ==");
        assertEquals(expected, DynamoJson.keys(tree(
                "{\"pk\":{\"S\":\"user#1\"},\"sk\":{\"N\":\"1E+30\"},\"bin\":{\"B\":\"AAEqQQ==\"}}"), "dynamodb.Keys"));
    }

    @Test
    void aKeyOfAnotherTypeIsNamed() {
        String problem = assertThrows(UndecodableRecord.class, () -> DynamoJson.keys(
                tree("{\"pk\":{\"M\":{}}}"), "dynamodb.Keys")).getMessage();
        assertEquals("dynamodb.Keys.pk: a key attribute is S, N or B, not M", problem);
    }

    @Test
    void aMalformedValueIsNamedByItsPathWithoutItsData() {
        assertEquals("dynamodb.NewImage.price: N is not a number", problem("{\"price\":{\"N\":\"card-4111\"}}"));
        assertEquals("dynamodb.NewImage.order.lines[2].qty: N is not a number", problem("""
                {"order":{"M":{"lines":{"L":[{"S":"a"},{"S":"b"},{"M":{"qty":{"N":"NaN"}}}]}}}}"""));
        assertEquals("dynamodb.NewImage.tags[1]: SS member is not a string", problem("{\"tags\":{\"SS\":[\"a\",3]}}"));
        assertEquals("dynamodb.NewImage.n: N is not a string", problem("{\"n\":{\"N\":3}}"));
        assertEquals("dynamodb.NewImage.flag: BOOL is not true or false", problem("{\"flag\":{\"BOOL\":\"yes\"}}"));
        assertEquals("dynamodb.NewImage.m: M is not an object", problem("{\"m\":{\"M\":[]}}"));
        assertEquals("dynamodb.NewImage.l: L is not an array", problem("{\"l\":{\"L\":{}}}"));
        assertEquals("dynamodb.NewImage.x: the type X is none of S, N, B, BOOL, NULL, M, L, SS, NS, BS",
                problem("{\"x\":{\"X\":\"1\"}}"));
        assertEquals("dynamodb.NewImage.two: an attribute value has exactly one type key, not 2",
                problem("{\"two\":{\"S\":\"a\",\"N\":\"1\"}}"));
        assertEquals("dynamodb.NewImage.bare: an attribute value is an object such as {\"S\":\"text\"}",
                problem("{\"bare\":\"card-4111\"}"));
        String notBase64 = problem("{\"blob\":{\"B\":\"card-4111!\"}}");
        assertTrue(notBase64.startsWith("dynamodb.NewImage.blob: B is not base64 text"), notBase64);
        assertFalse(notBase64.contains("card-4111"), notBase64);
        assertTrue(problem("{\"bs\":{\"BS\":[\"AAEqQQ==\",\"%%\"]}}").startsWith("dynamodb.NewImage.bs[1]: BS member"));
    }

    @Test
    void jsonNumberTextIsRecognisedByTheRfc8259Grammar() {
        for (String yes : new String[] {"0", "-0", "7", "-12.5", "1e5", "1E+30", "0.000001", "2.5E-3", "10"}) {
            assertTrue(JsonNumbers.isJsonNumber(yes), yes);
        }
        for (String no : new String[] {"", "-", "+1", ".5", "5.", "01", "1e", "1e+", "NaN", "Infinity", "1_000",
                " 1", "1 ", "0x10", "--1", "1.2.3"}) {
            assertFalse(JsonNumbers.isJsonNumber(no), no);
        }
    }
}
