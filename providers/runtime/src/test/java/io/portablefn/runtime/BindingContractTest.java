package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.portablefn.api.HttpException;
import io.portablefn.api.RejectUnknownProperties;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * docs/mapping.md §4, rule by rule, on every kind of body type: the same JSON gives the same
 * answer whether the body is a record, a POJO with public fields, one with setters or one with an
 * annotated creator. Each expected detail is the whole 400 detail, position included.
 */
class BindingContractTest {

    record Person(String name, int age) {
    }

    public static class PersonFields {
        public String name;
        public int age;
    }

    public static class PersonSetters {
        private String name;
        private int age;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getAge() {
            return age;
        }

        public void setAge(int age) {
            this.age = age;
        }
    }

    public static class PersonCreator {
        final String name;
        final int age;

        @JsonCreator
        PersonCreator(@JsonProperty("name") String name, @JsonProperty("age") int age) {
            this.name = name;
            this.age = age;
        }
    }

    /** A creator for one property, the other a setter that databind keeps aside until the creator ran. */
    public static class HalfCreator {
        final String name;
        int age;

        @JsonCreator
        HalfCreator(@JsonProperty("name") String name) {
            this.name = name;
        }

        public void setAge(int age) {
            this.age = age;
        }
    }

    public static class Team {
        public PersonFields lead;
        public List<PersonSetters> members;
    }

    public static class OneArgument {
        final int x;

        public OneArgument(int x) {
            this.x = x;
        }
    }

    public static class Delegating {
        final int x;

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Delegating(int x) {
            this.x = x;
        }
    }

    @RejectUnknownProperties
    record StrictPerson(String name, int age) {
    }

    @RejectUnknownProperties
    public static class StrictFields {
        public String name;
        public int age;
    }

    enum Colour { RED, GREEN }

    record Nicknamed(Optional<String> nick, OptionalInt rank) {
    }

    public static class NicknamedFields {
        public Optional<String> nick;
        public OptionalInt rank;
    }

    public static class NicknamedSetters {
        private Optional<String> nick;
        private OptionalInt rank;

        public void setNick(Optional<String> nick) {
            this.nick = nick;
        }

        public void setRank(OptionalInt rank) {
            this.rank = rank;
        }
    }

    private static final List<Class<?>> PEOPLE = List.of(Person.class, PersonFields.class, PersonSetters.class,
            PersonCreator.class);

    @Test
    void everyPersonShapeAnswersTheSameWay() {
        String lacks = "The request body lacks $.age, which is required (line 1, column 12).";
        for (Class<?> type : PEOPLE) {
            assertRefused("null", type, "The request body is null; this function expects a JSON value.");
            assertRefused(" null ", type, "The request body is null; this function expects a JSON value.");
            assertRefused("{\"name\":\"a\"}", type, lacks);
            assertRefused("{\"name\":\"a\",\"age\":null}", type,
                    "The request body has null at $.age, which must be a value (line 1, column 19).");
            assertRefused("{\"name\":\"a\",\"age\":3.7}", type, shape("$.age", 1, 19));
            assertRefused("{\"name\":\"a\",\"age\":1.0}", type, shape("$.age", 1, 19));
            assertRefused("{\"name\":\"a\",\"age\":\"36\"}", type, shape("$.age", 1, 19));
            assertRefused("{\"name\":\"a\",\"age\":true}", type, shape("$.age", 1, 19));
            assertRefused("{\"name\":36,\"age\":1}", type, shape("$.name", 1, 9));
            assertRefused("{\"name\":false,\"age\":1}", type, shape("$.name", 1, 9));
            assertRefused("{\"name\":\"a\",\n  \"age\":  \"thirty-six\"}", type, shape("$.age", 2, 11));
            assertRefused("{\"name\":\"a\",\"name\":\"b\",\"age\":1}", type, duplicate("$.name", 19));
            assertRefused("{\"name\":\"a\",\"age\":1,\"x\":1,\"x\":2}", type, duplicate("$.x", 30));
            assertRefused("5", type, shape("$", 1, 1));
            assertBinds("{\"age\":7}", type);
            assertBinds("{\"name\":\"a\",\"age\":7,\"extra\":[1,{\"k\":null}]}", type);
        }
    }

    @Test
    void nestedObjectsAndListsNameThePathOfTheMissingPrimitive() {
        assertRefused("{\"lead\":{\"name\":\"a\"}}", Team.class,
                "The request body lacks $.lead.age, which is required (line 1, column 20).");
        assertRefused("{\"lead\":{\"age\":1},\"members\":[{\"age\":2},{\"name\":\"b\"}]}", Team.class,
                "The request body lacks $.members[1].age, which is required (line 1, column 51).");
        assertBinds("{\"lead\":{\"age\":1},\"members\":[{\"age\":2}]}", Team.class);
        assertBinds("{\"lead\":null}", Team.class);
    }

    @Test
    void aSetterKeptAsideUntilTheCreatorRanCountsAsSet() {
        HalfCreator read = (HalfCreator) Json.readBody(bytes("{\"age\":4,\"name\":\"a\"}"), HalfCreator.class);
        assertEquals(4, read.age);
        assertRefused("{\"name\":\"a\"}", HalfCreator.class, "The request body lacks $.age, which is required"
                + " (line 1, column 12).");
    }

    @Test
    void mapsListsEnumsAndTimesFollowTheSameRules() {
        Type counts = new BodyType<Map<String, Integer>>() {}.type();
        assertRefused("null", counts, "The request body is null; this function expects a JSON value.");
        assertRefused("{\"a\":1,\"a\":2}", counts, duplicate("$.a", 11));
        assertRefused("{\"a\":\"1\"}", counts, shape("$.a", 1, 6));
        assertRefused("{\"a\":1.5}", counts, shape("$.a", 1, 6));
        assertEquals(Map.of("a", 1), Json.readBody(bytes("{\"a\":1}"), counts));
        Type numbers = new BodyType<List<Integer>>() {}.type();
        assertRefused("[1,\"2\"]", numbers, shape("$[1]", 1, 4));
        assertRefused("null", numbers, "The request body is null; this function expects a JSON value.");
        assertRefused("0", Colour.class, shape("$", 1, 1));
        assertRefused("\"red\"", Colour.class, shape("$", 1, 1));
        assertEquals(Colour.GREEN, Json.readBody(bytes("\"GREEN\""), Colour.class));
        assertRefused("1234", Instant.class, shape("$", 1, 1));
        assertRefused("[2026,1,31]", LocalDate.class, shape("$", 1, 1));
        assertEquals(LocalDate.of(2026, 1, 31), Json.readBody(bytes("\"2026-01-31\""), LocalDate.class));
        assertRefused("5", String.class, shape("$", 1, 1));
        assertRefused("\"5\"", int.class, shape("$", 1, 1));
        assertRefused("null", int.class, "The request body is null; this function expects a JSON value.");
        assertEquals(com.fasterxml.jackson.databind.node.NullNode.getInstance(),
                Json.readBody(bytes("null"), com.fasterxml.jackson.databind.JsonNode.class));
        assertRefused("2147483648", int.class, shape("$", 1, 1));
        assertRefused("{\"name\":\"a\",\"age\":2147483648}", PersonFields.class, shape("$.age", 1, 19));
        assertRefused("[1,null]", int[].class, "The request body has null at $[1], which must be a value (line 1, column 4).");
    }

    /** Absent or null, an optional is empty, never null, whether a record's or a POJO's. */
    @Test
    void optionalsAreEmptyWhenAbsentOrNullInEveryShape() throws Exception {
        for (Class<?> type : List.of(Nicknamed.class, NicknamedFields.class, NicknamedSetters.class)) {
            for (String json : List.of("{}", "{\"nick\":null,\"rank\":null}")) {
                assertEquals(Map.of("nick", Optional.empty(), "rank", OptionalInt.empty()),
                        PojoTwins.tree(Json.readBody(bytes(json), type)), () -> json + " as " + type);
            }
            assertEquals(Map.of("nick", Optional.of("Ada"), "rank", OptionalInt.of(3)),
                    PojoTwins.tree(Json.readBody(bytes("{\"nick\":\"Ada\",\"rank\":3}"), type)));
            assertRefused("{\"nick\":5}", type, shape("$.nick", 1, 9));
            assertRefused("{\"rank\":\"3\"}", type, shape("$.rank", 1, 9));
        }
        Type maybe = new BodyType<Optional<Person>>() {}.type();
        assertEquals(Optional.empty(), Json.readBody(bytes("null"), maybe));
        assertEquals(Optional.of(new Person("a", 1)), Json.readBody(bytes("{\"name\":\"a\",\"age\":1}"), maybe));
        assertRefused("{\"name\":\"a\"}", maybe, "The request body lacks $.age, which is required (line 1, column 12).");
    }

    @Test
    void aOneArgumentConstructorIsNoCreatorUnlessAnnotated() {
        for (String json : List.of("5", "{\"x\":1}")) {
            IllegalStateException bug = assertThrows(IllegalStateException.class,
                    () -> Json.readBody(bytes(json), OneArgument.class));
            assertTrue(bug.getMessage().contains("annotated @JsonCreator"), bug.getMessage());
        }
        assertEquals(5, ((Delegating) Json.readBody(bytes("5"), Delegating.class)).x);
    }

    @Test
    void unknownPropertiesAreRefusedWhereTheTypeAsksForIt() {
        for (Class<?> strict : List.of(StrictPerson.class, StrictFields.class)) {
            assertRefused("{\"name\":\"a\",\"age\":1,\"extra\":1}", strict, "The request body has $.extra, a property"
                    + " this function does not accept (line 1, column 29).");
            assertBinds("{\"name\":\"a\",\"age\":1}", strict);
        }
        assertBinds("{\"name\":\"a\",\"age\":1,\"extra\":1}", Person.class);
    }

    @Test
    void aMessageBodyIsNamedAsSuch() {
        HttpException refused = assertThrows(HttpException.class,
                () -> Json.readBody(bytes("null"), Person.class, "message body"));
        assertEquals("The message body is null; this function expects a JSON value.", refused.getMessage());
    }

    private static String shape(String path, int line, int column) {
        return "The request body does not fit the expected JSON shape at " + path + " (line " + line + ", column "
                + column + ").";
    }

    private static String duplicate(String path, int column) {
        return "The request body has the property " + path + " more than once (line 1, column " + column + ")."
                + " A property may occur only once in an object.";
    }

    private static void assertRefused(String json, Type type, String detail) {
        HttpException refused = assertThrows(HttpException.class, () -> Json.readBody(bytes(json), type),
                () -> json + " as " + type.getTypeName());
        assertEquals(400, refused.status());
        assertEquals(detail, refused.getMessage(), () -> json + " as " + type.getTypeName());
    }

    private static void assertBinds(String json, Type type) {
        Object bound = Json.readBody(bytes(json), type);
        assertTrue(bound != null, () -> json + " as " + type.getTypeName());
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
