package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The known-gap ledger: where a target cannot keep the contract, and why. Each entry is a
 * (target, case, cause, observed): the cause is a behaviour of the cloud outside portablefn's
 * reach, and {@code observed} pins the difference it makes, in the words of the report
 * ({@link #observed}). A ledger cell passes only when the target fails the case with exactly
 * that difference: one that now matches ("gap now passes") or differs in another way
 * ("different gap") fails the run, so the ledger can neither go stale nor hide a new bug. The
 * file is a JSON array of {@code {"target", "case", "cause", "observed"}}.
 */
public final class KnownGaps {

    /** portablefn's own ledger for the built-in catalogue (documented in docs/mapping.md, section 8). */
    public static final String BUILT_IN = "io/portablefn/conformance/known-gaps.json";
    /** portablefn's own ledger for the built-in event cases (documented in docs/events.md, "Known gaps"). */
    public static final String BUILT_IN_EVENTS = "io/portablefn/conformance/known-gaps-events.json";

    /**
     * One ledger entry.
     *
     * @param observed the difference the gap makes ({@link #observed}), or null when the entry does
     *     not record it yet (then the cell fails and prints the text to record)
     */
    public record Gap(String target, String caseId, String cause, String observed) {
    }

    /** Between the differing fields in {@link #observed}. */
    public static final String SEPARATOR = "; ";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Gap> gaps;

    private KnownGaps(List<Gap> gaps) {
        this.gaps = List.copyOf(gaps);
    }

    public static KnownGaps none() {
        return new KnownGaps(List.of());
    }

    /** The built-in HTTP cases' ledger. */
    public static KnownGaps builtIn() {
        return fromClasspath(BUILT_IN, KnownGaps.class.getClassLoader());
    }

    /** The built-in event cases' ledger. */
    public static KnownGaps builtInEvents() {
        return fromClasspath(BUILT_IN_EVENTS, KnownGaps.class.getClassLoader());
    }

    public static KnownGaps fromClasspath(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource.replaceAll("^/+", ""))) {
            if (in == null) {
                throw new CaseFileException("No known-gap ledger '" + resource + "' on the classpath");
            }
            return parse(JSON.readTree(in), resource);
        } catch (IOException e) {
            throw new CaseFileException(resource + ": not a readable JSON ledger: " + e.getMessage(), e);
        }
    }

    public static KnownGaps fromFile(Path file) {
        try {
            return parse(JSON.readTree(Files.readAllBytes(file)), file.toString());
        } catch (IOException e) {
            throw new CaseFileException(file + ": not a readable JSON ledger: " + e.getMessage(), e);
        }
    }

    private static KnownGaps parse(JsonNode json, String source) {
        if (json == null || !json.isArray()) {
            throw new CaseFileException(source + ": a ledger is a JSON array of {\"target\", \"case\", \"cause\","
                    + " \"observed\"}");
        }
        List<Gap> gaps = new ArrayList<>();
        for (JsonNode entry : json) {
            String target = entry.path("target").asText("");
            String caseId = entry.path("case").asText("");
            String cause = entry.path("cause").asText("");
            if (target.isEmpty() || caseId.isEmpty() || cause.isEmpty()) {
                throw new CaseFileException(source + ": entry " + entry + " needs a target, a case and a cause"
                        + " (and the observed difference)");
            }
            JsonNode observed = entry.path("observed");
            if (!observed.isMissingNode() && !observed.isTextual()) {
                throw new CaseFileException(source + ": entry " + entry + ": \"observed\" is the text of the"
                        + " difference, as the report shows it");
            }
            entry.fieldNames().forEachRemaining(field -> {
                if (!List.of("target", "case", "cause", "observed").contains(field)) {
                    throw new CaseFileException(source + ": entry " + entry + ": unknown field \"" + field
                            + "\"; an entry has target, case, cause and observed");
                }
            });
            gaps.add(new Gap(target, caseId, cause, observed.isTextual() ? observed.asText() : null));
        }
        return new KnownGaps(gaps);
    }

    /** This ledger and {@code other} together. */
    public KnownGaps plus(KnownGaps other) {
        List<Gap> all = new ArrayList<>(gaps);
        all.addAll(other.gaps);
        return new KnownGaps(all);
    }

    /** The gap of {@code target} on {@code caseId}, or null when the target must pass the case. */
    public Gap gap(String target, String caseId) {
        for (Gap gap : gaps) {
            if (gap.target().equals(target) && gap.caseId().equals(caseId)) {
                return gap;
            }
        }
        return null;
    }

    /** The cause of the gap of {@code target} on {@code caseId}, or null when the target must pass the case. */
    public String cause(String target, String caseId) {
        Gap gap = gap(target, caseId);
        return gap == null ? null : gap.cause();
    }

    /**
     * The text a ledger entry records as {@code observed}: the differing fields of the outcome,
     * one after the other, as the report lists them ({@code set-cookie: expected [a=1, b=2], was
     * [b=2]}). Stable because cases keep their inputs fixed.
     */
    public static String observed(List<String> differences) {
        return String.join(SEPARATOR, differences);
    }

    public List<Gap> entries() {
        return gaps;
    }
}
