package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Where two JSON trees differ, as one line per difference with a JSONPath-like location
 * ({@code body $.query[2][1]: expected "3", was "2"}), so a failure reads without diffing two
 * long documents by eye. Member order is ignored; array order is not. Event cases use it for
 * what a handler saw ({@code seen m-1 $.attributes.tenant: expected "acme", was absent}).
 */
final class JsonDiff {

    private static final int MAX = 10;

    private JsonDiff() {
    }

    static List<String> differences(JsonNode expected, JsonNode actual) {
        return differences("body", expected, actual);
    }

    /** The differences, each line starting with {@code label} ("body", "seen m-1"). */
    static List<String> differences(String label, JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        walk(label, "$", expected, actual, out);
        return capped(label, out);
    }

    /**
     * The differences in the top-level members {@code expected} names, and no others: a view
     * holds more fields than a case checks. A member {@code actual} lacks reads as JSON null.
     */
    static List<String> memberDifferences(String label, JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode value = actual.path(member.getKey());
            walk(label, "$." + member.getKey(), member.getValue(),
                    value.isMissingNode() ? NullNode.getInstance() : value, out);
        }
        return capped(label, out);
    }

    private static List<String> capped(String label, List<String> out) {
        if (out.size() > MAX) {
            int more = out.size() - MAX;
            out = new ArrayList<>(out.subList(0, MAX));
            out.add(label + ": ... and " + more + " more differences");
        }
        return out;
    }

    private static void walk(String label, String at, JsonNode expected, JsonNode actual, List<String> out) {
        // Jackson's int and long nodes of one value are not equal; a view's sizes are longs.
        if (expected.equals(actual) || expected.isIntegralNumber() && actual.isIntegralNumber()
                && expected.bigIntegerValue().equals(actual.bigIntegerValue())) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                String path = at + "." + member.getKey();
                if (!actual.has(member.getKey())) {
                    out.add(label + " " + path + ": expected " + member.getValue() + ", was absent");
                } else {
                    walk(label, path, member.getValue(), actual.get(member.getKey()), out);
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!expected.has(name)) {
                    out.add(label + " " + at + "." + name + ": not expected, was " + actual.get(name));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                walk(label, at + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else {
            out.add(label + " " + at + ": expected " + expected + ", was " + actual);
        }
    }
}
