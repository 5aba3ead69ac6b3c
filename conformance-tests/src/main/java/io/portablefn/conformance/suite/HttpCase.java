package io.portablefn.conformance.suite;

import io.portablefn.conformance.WireRequest;
import java.util.List;
import java.util.Map;

/**
 * One conformance case, as read from its file: a request to one fixture function and the
 * response every target must give. See docs/conformance.md for the file format.
 *
 * @param id a stable id, the file's name without {@code .json}
 * @param description what the case shows, for a person reading the report
 * @param rules the ids of the docs/mapping.md rules this case proves
 * @param function the user class (annotated {@code @Function}) the request goes to
 * @param request what the client sends
 * @param expect what every target must answer
 * @param source where the case was read from, for error messages
 * @param notApplicable target name to the reason this case cannot apply there; those targets are
 *     excluded from the case, not run
 */
public record HttpCase(String id, String description, List<String> rules, Class<?> function, WireRequest request,
        Expectation expect, String source, Map<String, String> notApplicable) {

    public HttpCase {
        rules = List.copyOf(rules);
        notApplicable = Map.copyOf(notApplicable);
    }

    /** A case that applies to every target. */
    public HttpCase(String id, String description, List<String> rules, Class<?> function, WireRequest request,
            Expectation expect, String source) {
        this(id, description, rules, function, request, expect, source, Map.of());
    }

    @Override
    public String toString() {
        return id;
    }
}
