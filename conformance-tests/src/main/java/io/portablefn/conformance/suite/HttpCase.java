package io.portablefn.conformance.suite;

import io.portablefn.conformance.WireRequest;
import java.util.List;

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
 */
public record HttpCase(String id, String description, List<String> rules, Class<?> function, WireRequest request,
        Expectation expect, String source) {

    public HttpCase {
        rules = List.copyOf(rules);
    }

    @Override
    public String toString() {
        return id;
    }
}
