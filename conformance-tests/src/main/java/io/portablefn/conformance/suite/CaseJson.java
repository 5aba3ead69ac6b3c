package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of one case file strictly, for {@link CaseParser} and {@link EventCaseParser}:
 * an unknown field, a missing one or one of the wrong type is an error naming the file, the field
 * and what is allowed.
 */
final class CaseJson {

    private final String source;

    CaseJson(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    /** Fails unless {@code json} is an object whose fields are all in {@code allowed}. */
    void fields(JsonNode json, String where, Set<String> allowed) {
        if (json == null || !json.isObject()) {
            throw error(where + " must be a JSON object");
        }
        json.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                throw error(where + " has an unknown field \"" + name + "\"; allowed: " + new TreeSet<>(allowed));
            }
        });
    }

    /** A required non-empty string. */
    String text(JsonNode json, String field) {
        if (!json.path(field).isTextual() || json.get(field).asText().isEmpty()) {
            throw error("\"" + field + "\" is missing or not a non-empty string");
        }
        return json.get(field).asText();
    }

    /** An optional string: null when absent or JSON null. */
    String optionalText(JsonNode json, String field, String where) {
        JsonNode value = json.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(where + "." + field + " must be a string");
        }
        return value.asText();
    }

    /** An array of strings; empty when absent. */
    List<String> strings(JsonNode json, String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = json.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return values;
        }
        if (!array.isArray()) {
            throw error("\"" + field + "\" must be an array of strings");
        }
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /**
     * A case's {@code notApplicable}: target name to the provider's reason why the case cannot
     * apply there; empty when absent. Each reason must say something: an exclusion without one
     * would hide a target as silently as a skip did.
     */
    java.util.Map<String, String> notApplicable(JsonNode json) {
        java.util.Map<String, String> reasons = new java.util.LinkedHashMap<>();
        JsonNode given = json.path("notApplicable");
        if (given.isMissingNode()) {
            return reasons;
        }
        if (!given.isObject()) {
            throw error("\"notApplicable\" must be an object of target name to the reason the case cannot apply"
                    + " there, e.g. {\"azure\": \"Azure's host answers unrouted requests itself\"}");
        }
        given.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                throw error("notApplicable." + entry.getKey() + " must give the reason, as a non-empty string");
            }
            reasons.put(entry.getKey(), entry.getValue().asText());
        });
        return reasons;
    }

    byte[] base64(JsonNode json, String field) {
        try {
            return Base64.getDecoder().decode(json.path(field).asText(""));
        } catch (IllegalArgumentException e) {
            throw error("\"" + field + "\" is not valid base64 (RFC 4648, with padding)");
        }
    }

    CaseFileException error(String problem) {
        return new CaseFileException(source + ": " + problem);
    }
}
