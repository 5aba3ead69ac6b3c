package io.portablefn.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A trigger's path template such as {@code /orders/{id}}: literal segments and whole-segment
 * parameters. The processor validates templates with {@link #parse(String)} at compile time;
 * every provider matches request paths with {@link #match(String)}, so routing is one rule.
 */
public final class PathTemplate {

    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

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
            var parameter = PARAMETER.matcher(segment);
            if (parameter.matches()) {
                if (!names.add(parameter.group(1))) {
                    throw invalid(template, "parameter {" + parameter.group(1) + "} appears twice");
                }
                segments[i] = parameter.group(1);
                isParameter[i] = true;
            } else if (segment.isEmpty()) {
                throw invalid(template, "it has an empty segment ('//')");
            } else if (!LITERAL.matcher(segment).matches()) {
                throw invalid(template, "segment '" + segment + "' is neither literal text"
                        + " (letters, digits, '-', '.', '_', '~') nor a whole-segment parameter like {id}");
            }
        }
        return new PathTemplate(template, segments, isParameter);
    }

    /** The path parameters if {@code path} (decoded) matches, otherwise null. */
    public Map<String, String> match(String path) {
        String[] parts = path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
        if (parts.length != segments.length) {
            return null;
        }
        Map<String, String> parameters = null;
        for (int i = 0; i < segments.length; i++) {
            if (isParameter[i]) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                if (parameters == null) {
                    parameters = new LinkedHashMap<>();
                }
                parameters.put(segments[i], parts[i]);
            } else if (!segments[i].equals(parts[i])) {
                return null;
            }
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
