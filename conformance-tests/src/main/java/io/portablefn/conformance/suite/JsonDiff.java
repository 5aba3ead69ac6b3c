package io.portablefn.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Where two JSON trees differ, as one line per difference with a JSONPath-like location
 * ({@code body $.query[2][1]: expected "3", was "2"}), so a failure reads without diffing two
 * long documents by eye. Member order is ignored; array order is not.
 */
final class JsonDiff {

    private static final int MAX = 10;

    private JsonDiff() {
    }

    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        walk("$", expected, actual, out);
        if (out.size() > MAX) {
            int more = out.size() - MAX;
            out = new ArrayList<>(out.subList(0, MAX));
            out.add("body: ... and " + more + " more differences");
        }
        return out;
    }

    private static void walk(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                String path = at + "." + member.getKey();
                if (!actual.has(member.getKey())) {
                    out.add("body " + path + ": expected " + member.getValue() + ", was absent");
                } else {
                    walk(path, member.getValue(), actual.get(member.getKey()), out);
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!expected.has(name)) {
                    out.add("body " + at + "." + name + ": not expected, was " + actual.get(name));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                walk(at + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else {
            out.add("body " + at + ": expected " + expected + ", was " + actual);
        }
    }
}
