package io.portablefn.runtime;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.portablefn.runtime.SampleRecords.Point;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Types RecordJson must leave to databind, each with a JSON text and a value of it. */
final class UnsupportedShapes {

    private UnsupportedShapes() {
    }

    /** {@code value} is null where there is no value to write (a type only read). */
    record Case(Type type, String json, Object value) {
    }

    record Renamed(@JsonProperty("n") String name) { }
    record Ignored(String name, @JsonIgnore String secret) { }
    record Created(String name) {
        @JsonCreator Created { }
    }
    @JsonInclude(JsonInclude.Include.NON_NULL) record Included(String name, Integer count) { }
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class) record Snake(String firstName) { }
    @JsonIgnoreProperties(ignoreUnknown = false) record Strict(String name) { }
    @JsonPropertyOrder({"b", "a"}) record Ordered(String a, String b) { }
    record Aliased(@JsonAlias("nm") String name) { }
    record Formatted(@JsonFormat(shape = JsonFormat.Shape.STRING) int count) { }
    record Serialized(@JsonSerialize(using = ToStringSerializer.class) long id) { }
    record Deserialized(@JsonDeserialize(as = ArrayList.class) List<String> names) { }
    record AnnotatedAccessor(String name) {
        @JsonProperty("n") @Override public String name() { return name; }
    }
    record Valued(String name) {
        @JsonValue @Override public String name() { return name; }
    }
    interface Labelled {
        @JsonProperty("label") String name();
    }
    record LabelledByInterface(String name) implements Labelled { }
    @JsonPropertyOrder(alphabetic = true) interface Alphabetic { }
    record OrderedByInterface(String zeta, String alpha) implements Alphabetic { }
    interface Described {
        default String getDescription() { return "described"; }
    }
    record DescribedByInterface(String name) implements Described { }
    record Box<T>(T value) { }
    record Tagged<T>(String name, List<String> tags) { }
    record WithGetter(String name) {
        public String getUpper() { return name.toUpperCase(java.util.Locale.ROOT); }
    }
    record WithIsser(String name) {
        public boolean isBlank() { return name.isBlank(); }
    }
    record WithGetterOfComponent(String name) {
        public String getName() { return "other " + name; }
    }
    // Databind takes any public getX/isX for a property, whatever follows the prefix.
    record WithLowercaseGetter(String name) {
        public String getfoo() { return "foo"; }
    }
    record WithLowercaseIsser(String name) {
        public boolean isbar() { return true; }
    }
    record WithUnderscoreGetter(String name) {
        public int get_x() { return 1; }
    }
    record WithDigitGetter(String name) {
        public int get1() { return 1; }
    }
    record WithDollarGetter(String name) {
        public String get$y() { return "y"; }
    }
    /** Databind also adds to the list such a getter returns (USE_GETTERS_AS_SETTERS) when reading. */
    record WithLowercaseListGetter(List<String> tags) {
        public List<String> getextras() { return tags; }
    }
    interface LowercaseDescribed {
        default String getdescription() { return "described"; }
    }
    record LowercaseDescribedByInterface(String name) implements LowercaseDescribed { }
    record WithConstructorProperties(String name, int count) {
        @java.beans.ConstructorProperties({"name"})
        WithConstructorProperties(String name) {
            this(name, 0);
        }
    }
    record SelfWriting(String name) implements com.fasterxml.jackson.databind.JsonSerializable {
        @Override
        public void serialize(com.fasterxml.jackson.core.JsonGenerator json,
                com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
            json.writeString(name);
        }

        @Override
        public void serializeWithType(com.fasterxml.jackson.core.JsonGenerator json,
                com.fasterxml.jackson.databind.SerializerProvider provider,
                com.fasterxml.jackson.databind.jsontype.TypeSerializer types) throws java.io.IOException {
            serialize(json, provider);
        }
    }
    enum LabelledColor { @JsonProperty("red") RED, GREEN }
    enum ValuedColor {
        RED;
        @JsonValue
        String code() {
            return "r";
        }
    }
    enum CreatedColor {
        RED;
        @JsonCreator
        static CreatedColor of(String name) {
            return RED;
        }
    }
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    enum NumberedColor { RED }
    record WithLabelledColor(LabelledColor color) { }
    record WithValuedColor(ValuedColor color) { }
    record WithCreatedColor(CreatedColor color) { }
    record WithNumberedColor(NumberedColor color) { }
    record WithMap(Map<Integer, String> values) { }
    record WithObject(Object value) { }
    record WithArray(String[] names) { }
    record WithIntArray(int[] numbers) { }
    record WithInstant(Instant at) { }
    record WithDate(LocalDate day) { }
    record WithOptional(Optional<String> name) { }
    record WithBigDecimal(BigDecimal amount) { }
    record WithBigInteger(BigInteger n) { }
    record WithFloat(float f) { }
    record WithFloatBox(Float f) { }
    record WithShort(short s) { }
    record WithByte(byte b) { }
    record WithChar(char c) { }
    record WithCharacter(Character c) { }
    record WithSet(Set<String> names) { }
    record WithCollection(Collection<String> names) { }
    record WithArrayList(ArrayList<String> names) { }
    record WithWildcard(List<?> items) { }
    record WithBounded(List<? extends Point> items) { }
    @SuppressWarnings("rawtypes") record WithRawList(List items) { }
    record WithListOfMaps(List<Map<Integer, String>> rows) { }
    record WithUuid(UUID id) { }
    record WithNumber(Number n) { }
    record WithCharSequence(CharSequence s) { }
    record WithJsonNode(JsonNode node) { }
    record WithNestedUnsupported(String name, WithMap inner) { }
    record WithNestedAnnotated(String name, Renamed inner) { }
    record WithListOfUnsupported(List<WithMap> items) { }

    /** A bean with a getter of no field (databind writes it): RecordJson leaves it alone. */
    static final class Bean {
        private String name = "bean";

        public String getUpper() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case(Renamed.class, "{\"n\":\"a\"}", new Renamed("a")),
                new Case(Ignored.class, "{\"name\":\"a\",\"secret\":\"s\"}", new Ignored("a", "s")),
                new Case(Created.class, "{\"name\":\"a\"}", new Created("a")),
                new Case(Included.class, "{\"name\":\"a\",\"count\":null}", new Included("a", null)),
                new Case(Snake.class, "{\"first_name\":\"a\"}", new Snake("a")),
                new Case(Strict.class, "{\"name\":\"a\"}", new Strict("a")),
                new Case(Ordered.class, "{\"a\":\"1\",\"b\":\"2\"}", new Ordered("1", "2")),
                new Case(Aliased.class, "{\"name\":\"a\"}", new Aliased("a")),
                new Case(Formatted.class, "{\"count\":1}", new Formatted(1)),
                new Case(Serialized.class, "{\"id\":1}", new Serialized(1)),
                new Case(Deserialized.class, "{\"names\":[\"a\"]}", new Deserialized(List.of("a"))),
                new Case(AnnotatedAccessor.class, "{\"name\":\"a\"}", new AnnotatedAccessor("a")),
                new Case(Valued.class, "{\"name\":\"a\"}", new Valued("a")),
                new Case(LabelledByInterface.class, "{\"name\":\"a\"}", new LabelledByInterface("a")),
                new Case(OrderedByInterface.class, "{\"zeta\":\"z\",\"alpha\":\"a\"}", new OrderedByInterface("z", "a")),
                new Case(DescribedByInterface.class, "{\"name\":\"a\"}", new DescribedByInterface("a")),
                new Case(Box.class, "{\"value\":\"a\"}", new Box<>("a")),
                new Case(new TypeReference<Box<String>>() { }.getType(), "{\"value\":\"a\"}", null),
                new Case(new TypeReference<Tagged<String>>() { }.getType(), "{\"name\":\"a\",\"tags\":[]}",
                        new Tagged<String>("a", List.of())),
                new Case(WithGetter.class, "{\"name\":\"a\"}", new WithGetter("a")),
                new Case(WithIsser.class, "{\"name\":\"a\"}", new WithIsser("a")),
                new Case(WithGetterOfComponent.class, "{\"name\":\"a\"}", new WithGetterOfComponent("a")),
                new Case(WithLowercaseGetter.class, "{\"name\":\"a\"}", new WithLowercaseGetter("a")),
                new Case(WithLowercaseIsser.class, "{\"name\":\"a\"}", new WithLowercaseIsser("a")),
                new Case(WithUnderscoreGetter.class, "{\"name\":\"a\"}", new WithUnderscoreGetter("a")),
                new Case(WithDigitGetter.class, "{\"name\":\"a\"}", new WithDigitGetter("a")),
                new Case(WithDollarGetter.class, "{\"name\":\"a\"}", new WithDollarGetter("a")),
                new Case(WithLowercaseListGetter.class, "{\"tags\":[\"a\"],\"extras\":[\"x\"]}",
                        new WithLowercaseListGetter(new ArrayList<>(List.of("a")))),
                new Case(LowercaseDescribedByInterface.class, "{\"name\":\"a\"}", new LowercaseDescribedByInterface("a")),
                new Case(WithConstructorProperties.class, "{\"name\":\"a\",\"count\":1}", new WithConstructorProperties("a")),
                new Case(SelfWriting.class, "{\"name\":\"a\"}", new SelfWriting("a")),
                new Case(WithMap.class, "{\"values\":{}}", new WithMap(Map.of())),
                new Case(WithObject.class, "{\"value\":\"a\"}", new WithObject("a")),
                new Case(WithLabelledColor.class, "{\"color\":\"red\"}", new WithLabelledColor(LabelledColor.RED)),
                new Case(WithValuedColor.class, "{\"color\":\"r\"}", new WithValuedColor(ValuedColor.RED)),
                new Case(WithCreatedColor.class, "{\"color\":\"RED\"}", new WithCreatedColor(CreatedColor.RED)),
                new Case(WithNumberedColor.class, "{\"color\":0}", new WithNumberedColor(NumberedColor.RED)),
                new Case(WithArray.class, "{\"names\":[\"a\"]}", new WithArray(new String[] {"a"})),
                new Case(WithIntArray.class, "{\"numbers\":[1]}", new WithIntArray(new int[] {1})),
                new Case(WithInstant.class, "{\"at\":\"2026-01-01T00:00:00Z\"}", new WithInstant(Instant.EPOCH)),
                new Case(WithDate.class, "{\"day\":\"2026-01-01\"}", new WithDate(LocalDate.EPOCH)),
                new Case(WithOptional.class, "{\"name\":\"a\"}", new WithOptional(Optional.of("a"))),
                new Case(WithBigDecimal.class, "{\"amount\":1.5}", new WithBigDecimal(BigDecimal.ONE)),
                new Case(WithBigInteger.class, "{\"n\":1}", new WithBigInteger(BigInteger.ONE)),
                new Case(WithFloat.class, "{\"f\":1.5}", new WithFloat(1.5f)),
                new Case(WithFloatBox.class, "{\"f\":1.5}", new WithFloatBox(1.5f)),
                new Case(WithShort.class, "{\"s\":1}", new WithShort((short) 1)),
                new Case(WithByte.class, "{\"b\":1}", new WithByte((byte) 1)),
                new Case(WithChar.class, "{\"c\":\"a\"}", new WithChar('a')),
                new Case(WithCharacter.class, "{\"c\":\"a\"}", new WithCharacter('a')),
                new Case(WithSet.class, "{\"names\":[\"a\"]}", new WithSet(Set.of("a"))),
                new Case(WithCollection.class, "{\"names\":[\"a\"]}", new WithCollection(List.of("a"))),
                new Case(WithArrayList.class, "{\"names\":[\"a\"]}", new WithArrayList(new ArrayList<>(List.of("a")))),
                new Case(WithWildcard.class, "{\"items\":[\"a\"]}", new WithWildcard(List.of("a"))),
                new Case(WithBounded.class, "{\"items\":[{\"x\":1,\"y\":2}]}", new WithBounded(List.of(new Point(1, 2)))),
                new Case(WithRawList.class, "{\"items\":[\"a\"]}", new WithRawList(List.of("a"))),
                new Case(WithListOfMaps.class, "{\"rows\":[{}]}", new WithListOfMaps(List.of(Map.of()))),
                new Case(WithUuid.class, "{\"id\":\"00000000-0000-0000-0000-000000000000\"}", new WithUuid(new UUID(0, 0))),
                new Case(WithNumber.class, "{\"n\":1}", new WithNumber(1)),
                new Case(WithCharSequence.class, "{\"s\":\"a\"}", new WithCharSequence("a")),
                new Case(WithJsonNode.class, "{\"node\":{}}", null),
                new Case(WithNestedUnsupported.class, "{\"name\":\"a\",\"inner\":{\"values\":{}}}",
                        new WithNestedUnsupported("a", new WithMap(Map.of()))),
                new Case(WithNestedAnnotated.class, "{\"name\":\"a\",\"inner\":{\"n\":\"b\"}}",
                        new WithNestedAnnotated("a", new Renamed("b"))),
                new Case(WithListOfUnsupported.class, "{\"items\":[]}", new WithListOfUnsupported(List.of())),
                // Top-level types other than a record or a list of records.
                new Case(String.class, "\"a\"", "a"),
                new Case(Integer.class, "1", 1),
                new Case(int.class, "1", null),
                new Case(long.class, "1", 1L),
                new Case(double.class, "1.5", 1.5),
                new Case(boolean.class, "true", true),
                new Case(Object.class, "{}", new Object()),
                new Case(new TypeReference<Map<Integer, Object>>() { }.getType(), "{}", Map.of(1, "a")),
                new Case(new TypeReference<Map<String, Set<String>>>() { }.getType(), "{}", Map.of("k", Set.of("a"))),
                new Case(new TypeReference<Map<String, Object>>() { }.getType(), "{\"k\":1e400}", Map.of("k", 1.5f)),
                new Case(new TypeReference<Map<String, Object>>() { }.getType(), "{\"k\":1e400}",
                        new java.util.concurrent.ConcurrentSkipListMap<>(Map.of("k", new Point(1, 2)))),
                new Case(new TypeReference<Set<Point>>() { }.getType(), "[]", Set.of(new Point(1, 2))),
                new Case(new TypeReference<Optional<Point>>() { }.getType(), "{\"x\":1,\"y\":2}", Optional.of(new Point(1, 2))),
                new Case(Point[].class, "[{\"x\":1,\"y\":2}]", new Point[] {new Point(1, 2)}),
                new Case(int[].class, "[1]", new int[] {1}),
                new Case(Bean.class, "{\"name\":\"a\"}", new Bean()),
                // POJOs whose properties databind finds in a way PojoShape does not follow.
                new Case(UnsupportedBeans.GetterOnly.class, "{\"name\":\"a\"}", new UnsupportedBeans.GetterOnly()),
                new Case(UnsupportedBeans.GetterAndField.class, "{\"name\":\"a\"}", new UnsupportedBeans.GetterAndField()),
                new Case(UnsupportedBeans.FinalField.class, "{\"name\":\"a\"}", new UnsupportedBeans.FinalField()),
                new Case(UnsupportedBeans.TransientField.class, "{\"name\":\"a\"}", new UnsupportedBeans.TransientField()),
                new Case(UnsupportedBeans.CapitalSecond.class, "{\"uRL\":\"a\"}", new UnsupportedBeans.CapitalSecond()),
                new Case(UnsupportedBeans.PrivateSetter.class, "{\"name\":\"a\"}", new UnsupportedBeans.PrivateSetter()),
                new Case(UnsupportedBeans.FluentSetter.class, "{\"name\":\"a\"}", new UnsupportedBeans.FluentSetter()),
                new Case(UnsupportedBeans.OtherTypeSetter.class, "{\"name\":1}", new UnsupportedBeans.OtherTypeSetter()),
                new Case(UnsupportedBeans.WithArgumentConstructor.class, "{\"name\":\"a\"}",
                        new UnsupportedBeans.WithArgumentConstructor("a")),
                new Case(UnsupportedBeans.Child.class, "{\"name\":\"a\"}", new UnsupportedBeans.Child()),
                new Case(UnsupportedBeans.Annotated.class, "{\"n\":\"a\"}", new UnsupportedBeans.Annotated()),
                new Case(UnsupportedBeans.Generic.class, "{\"value\":\"a\"}", new UnsupportedBeans.Generic<String>()),
                new Case(UnsupportedBeans.WithInterfaceGetter.class, "{\"name\":\"a\"}",
                        new UnsupportedBeans.WithInterfaceGetter()),
                new Case(UnsupportedBeans.Inner.class, "{\"name\":\"a\"}", null),
                new Case(UnsupportedBeans.WithOptional.class, "{\"name\":\"a\"}", new UnsupportedBeans.WithOptional()),
                new Case(UnsupportedBeans.BothIsAndGet.class, "{\"on\":true}", new UnsupportedBeans.BothIsAndGet()),
                new Case(SampleRecords.Size.class, "\"SMALL\"", SampleRecords.Size.SMALL),
                new Case(JsonNode.class, "{}", null),
                new Case(Record.class, "{}", null),
                new Case(List.class, "[]", new ArrayList<>()),
                new Case(new TypeReference<List<? extends Point>>() { }.getType(), "[]", null),
                new Case(new TypeReference<ArrayList<Point>>() { }.getType(), "[]", null),
                new Case(new TypeReference<List<Point>[]>() { }.getType(), "[]", null));
    }
}
