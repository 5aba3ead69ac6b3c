package io.portablefn.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trigger's path template such as {@code /orders/{id}}: literal segments and whole-segment
 * parameters. The processor validates templates with {@link #parse(String)} at compile time;
 * every provider matches request paths with {@link #match(String)}, so routing is one rule.
 */
public final class PathTemplate {


    private final String template;
    private final String[] segments;
    private final boolean[] isParameter;

    private PathTemplate(String template, String[] segments, boolean[] isParameter) {
        this.template = template;
        this.segments = segments;
        this.isParameter = isParameter;
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public static PathTemplate parse(String template) {
        if (template == null || !template.startsWith("/")) {
            throw invalid(template, "it must start with '/'");
        }
        if (template.equals("/")) {
            return new PathTemplate(template, new String[0], new boolean[0]);
        }
        if (template.endsWith("/")) {
            throw invalid(template, "it must not end with '/'");
        }
        String[] segments = template.substring(1).split("/", -1);
        boolean[] isParameter = new boolean[segments.length];
        Set<String> names = new HashSet<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            String parameter = parameterName(segment);
            if (parameter != null) {
                if (!names.add(parameter)) {
                    throw invalid(template, "parameter {" + parameter + "} appears twice");
                }
                segments[i] = parameter;
                isParameter[i] = true;
            } else if (segment.isEmpty()) {
                throw invalid(template, "it has an empty segment ('//')");
            } else if (!isLiteral(segment)) {
                throw invalid(template, "segment '" + segment + "' is neither literal text"
                        + " (letters, digits, '-', '.', '_', '~') nor a whole-segment parameter like {id}");
            }
        }
        return new PathTemplate(template, segments, isParameter);
    }

    // Character checks rather than regular expressions: templates are parsed at cold start, and
    // java.util.regex would be loaded for nothing else.
    private static String parameterName(String segment) {
        if (segment.length() < 3 || segment.charAt(0) != '{' || segment.charAt(segment.length() - 1) != '}') {
            return null;
        }
        String name = segment.substring(1, segment.length() - 1);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return null;
            }
        }
        return name;
    }

    private static boolean isLiteral(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '~' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return !segment.isEmpty();
    }

    /** The path parameters if {@code path} (decoded) matches, otherwise null. */
    public Map<String, String> match(String path) {
        if (path.equals("/")) {
            return segments.length == 0 ? Map.of() : null;
        }
        // Walks the segments in place (after the leading '/'): this runs on every request, and
        // only a parameter's value needs a String of its own.
        Map<String, String> parameters = null;
        int start = 1;
        for (int i = 0; i < segments.length; i++) {
            if (start > path.length()) {
                return null;
            }
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (isParameter[i]) {
                if (end == start) {
                    return null;
                }
                if (parameters == null) {
                    parameters = new LinkedHashMap<>();
                }
                parameters.put(segments[i], path.substring(start, end));
            } else if (end - start != segments[i].length() || !path.startsWith(segments[i], start)) {
                return null;
            }
            start = end + 1;
        }
        if (start != path.length() + 1) {
            return null;
        }
        return parameters == null ? Map.of() : parameters;
    }

    /** The parameter names, in order. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            if (isParameter[i]) {
                names.add(segments[i]);
            }
        }
        return names;
    }

    @Override
    public String toString() {
        return template;
    }

    private static IllegalArgumentException invalid(String template, String why) {
        return new IllegalArgumentException("Invalid path template '" + template + "': " + why
                + ". A template starts with '/' and has literal segments or whole-segment parameters,"
                + " e.g. /orders/{id}/items");
    }
}
