package io.portablefn.benchmarks.cold;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Proves, in one untimed direct start with {@code -Xlog:class+load}, that a variant binds what
 * its row says and takes the path its row claims, so that a row cannot quietly time something
 * else: the POJO variants load the JavaBean, the record and Map variants never do; portablefn's
 * variants read the body with the jackson-core fast path of their body type and load no
 * jackson-databind class at all; the hand-written ones bind with databind (a {@code Map} with its
 * map deserializer). Returns what was loaded, for the report.
 */
public final class BodyCheck {

    private static final String DATABIND = "com.fasterxml.jackson.databind.";
    private static final String BEAN = "io.portablefn.benchmarks.logic.Greeter$PersonBean";

    /** The hand-written variants that bind the body with databind. */
    private static final Set<Variant> HAND_BINDING = EnumSet.of(Variant.AWS_OBJECT_MAPPER,
            Variant.AWS_OBJECT_MAPPER_POJO, Variant.AWS_OBJECT_MAPPER_MAP, Variant.GCP_HAND, Variant.GCP_HAND_POJO,
            Variant.GCP_HAND_MAP, Variant.AZURE_HAND, Variant.AZURE_HAND_POJO, Variant.AZURE_HAND_MAP);

    /** How many classes one start loaded: all of them, jackson-databind's, portablefn's. */
    public record Loaded(int all, int databind, int portablefn) {
    }

    private BodyCheck() {
    }

    public static Loaded check(Launcher launcher, Variant variant, Jvm jvm) throws Exception {
        Process process = launcher.directProcess(variant, jvm.with(jvm.name(), "-Xlog:class+load=info")).start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
        } finally {
            Launcher.stop(process);
        }
        Set<String> loaded = new HashSet<>();
        for (String line : output.split("\n")) {
            int at = line.indexOf("[class,load] ");
            if (at >= 0) {
                String rest = line.substring(at + "[class,load] ".length());
                loaded.add(rest.substring(0, rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' ')));
            }
        }
        List<String> wrong = new ArrayList<>();
        expect(wrong, loaded, variant.entryPoint, true, "its entry point");
        if (!output.contains("RESPONSE ") || !output.contains("Hello, Ada")) {
            wrong.add("it did not answer the greeting");
        }
        if (variant.portable() || HAND_BINDING.contains(variant)) {
            if (variant.body.boundClass != null) {
                expect(wrong, loaded, variant.body.boundClass, true, "the body type it claims to bind");
            }
            expect(wrong, loaded, BEAN, variant.body == Variant.Body.POJO, "the JavaBean body");
        }
        if (variant.portable()) {
            expect(wrong, loaded, DATABIND + "ObjectMapper", false, "databind (the fast path was not taken)");
            expect(wrong, loaded, fastPathShape(variant.body), true, "the fast path's shape for its body type");
        } else if (HAND_BINDING.contains(variant)) {
            expect(wrong, loaded, DATABIND + "ObjectMapper", true, "databind");
            if (variant.body == Variant.Body.MAP) {
                expect(wrong, loaded, DATABIND + "deser.std.MapDeserializer", true, "databind's map deserializer");
            }
        }
        int databind = (int) loaded.stream().filter(name -> name.startsWith(DATABIND)).count();
        int portablefn = (int) loaded.stream().filter(name -> name.startsWith("io.portablefn.")).count();
        Loaded counts = new Loaded(loaded.size(), databind, portablefn);
        if (!wrong.isEmpty()) {
            throw new IllegalStateException(variant + " (" + variant.body.label + " body) does not measure what its row"
                    + " says: " + String.join("; ", wrong) + " (" + counts + ")");
        }
        return counts;
    }

    private static String fastPathShape(Variant.Body body) {
        return switch (body) {
            case RECORD -> "io.portablefn.runtime.RecordShapes$RecordOf";
            case POJO -> "io.portablefn.runtime.PojoShape";
            case MAP -> "io.portablefn.runtime.MapShape";
        };
    }

    private static void expect(List<String> wrong, Set<String> loaded, String name, boolean present, String what) {
        if (loaded.contains(name) != present) {
            wrong.add(what + " (" + name + ") was " + (present ? "not " : "") + "loaded");
        }
    }
}
