package io.portablefn.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trigger's path template such as {@code /orders/{id}}: literal segments and whole-segment
 * parameters, optionally ending with one greedy parameter ({@code /files/{rest+}}, API Gateway's
 * spelling) that takes the rest of the path. The processor validates templates with
 * {@link #parse(String)} at compile time; every provider matches request paths with
 * {@link #match(String)}, so matching is one rule. Which of several matching templates wins is
 * {@link RoutePrecedence}.
 */
public final class PathTemplate {

    private final String template;
    /** The segments before a greedy parameter: literal text, or a parameter's name. */
    private final String[] segments;
    private final boolean[] isParameter;
    /** The greedy parameter's name, or null. */
    private final String greedy;

    private PathTemplate(String template, String[] segments, boolean[] isParameter, String greedy) {
        this.template = template;
        this.segments = segments;
        this.isParameter = isParameter;
        this.greedy = greedy;
    }

    /**
     * Parses a template.
     *
     * @throws PathTemplateException naming what is wrong and what is allowed
     */
    public static PathTemplate parse(String template) {
        if (template == null || !template.startsWith("/")) {
            throw PathTemplateException.malformed(template, "it must start with '/'");
        }
        if (template.equals("/")) {
            return new PathTemplate(template, new String[0], new boolean[0], null);
        }
        if (template.endsWith("/")) {
            throw PathTemplateException.malformed(template, "it must not end with '/'");
        }
        String[] segments = template.substring(1).split("/", -1);
        boolean[] isParameter = new boolean[segments.length];
        Set<String> names = new HashSet<>();
        String greedy = null;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            String greedyName = greedyName(segment);
            String parameter = greedyName != null ? greedyName : parameterName(segment);
            if (parameter != null) {
                if (!names.add(parameter)) {
                    throw PathTemplateException.malformed(template, "parameter {" + parameter + "} appears twice");
                }
                segments[i] = parameter;
                isParameter[i] = true;
            } else if (segment.isEmpty()) {
                throw PathTemplateException.malformed(template, "it has an empty segment ('//')");
            } else if (!isLiteral(segment)) {
                throw PathTemplateException.malformed(template, "segment '" + segment + "' is neither literal text"
                        + " (letters, digits, '-', '.', '_', '~') nor a whole-segment parameter like {id} or {rest+}");
            }
            if (greedyName != null) {
                if (greedy != null) {
                    throw PathTemplateException.severalGreedy(template);
                }
                greedy = greedyName;
            }
        }
        if (greedy == null) {
            return new PathTemplate(template, segments, isParameter, null);
        }
        if (greedyName(template.substring(template.lastIndexOf('/') + 1)) == null) {
            throw PathTemplateException.greedyNotLast(template, greedy);
        }
        int fixed = segments.length - 1;
        return new PathTemplate(template, Arrays.copyOf(segments, fixed), Arrays.copyOf(isParameter, fixed), greedy);
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

    /** The name of {@code {name+}}, or null. */
    private static String greedyName(String segment) {
        if (segment.length() < 4 || !segment.endsWith("+}")) {
            return null;
        }
        return parameterName(segment.substring(0, segment.length() - 2) + "}");
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

    /**
     * The path parameters if {@code path} (decoded) matches, otherwise null. A greedy parameter
     * takes everything after its parent's {@code /}, slashes included: {@code /files/{rest+}}
     * gives {@code a/b} for {@code /files/a/b}, {@code a/} for {@code /files/a/}, and the empty
     * remainder {@code ""} for both {@code /files} and {@code /files/}.
     */
    public Map<String, String> match(String path) {
        if (segments.length == 0 && greedy == null) {
            return path.equals("/") ? Map.of() : null;
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
        if (greedy != null) {
            if (parameters == null) {
                parameters = new LinkedHashMap<>();
            }
            // start is just past the '/' that follows the parent, or one past the end when the
            // path stops at the parent.
            parameters.put(greedy, start > path.length() ? "" : path.substring(start));
            return parameters;
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
        if (greedy != null) {
            names.add(greedy);
        }
        return names;
    }

    /** Whether the template ends with a greedy parameter. */
    public boolean isGreedy() {
        return greedy != null;
    }

    /** The number of segments before a greedy parameter: 2 for {@code /orders/{id}} and for {@code /a/b/{rest+}}. */
    public int fixedSegments() {
        return segments.length;
    }

    /** The literal text of fixed segment {@code index}, or null where it is a parameter. */
    public String literal(int index) {
        return isParameter[index] ? null : segments[index];
    }

    /**
     * The path a greedy template's empty remainder arrives at: {@code /files} for
     * {@code /files/{rest+}}, {@code /} for {@code /{rest+}}. API Gateway's greedy variable does
     * not match its parent, so the SAM template routes the parent too.
     */
    public String parent() {
        if (greedy == null) {
            throw new IllegalStateException(template + " has no greedy parameter");
        }
        int slash = template.lastIndexOf('/');
        return slash == 0 ? "/" : template.substring(0, slash);
    }

    /**
     * The template as an ASP.NET route (Azure Functions' {@code route}): no leading '/', and the
     * greedy parameter spelled as a catch-all, {@code files/{*rest}}.
     */
    public String aspNetRoute() {
        String route = template.substring(1);
        return greedy == null ? route : route.substring(0, route.length() - greedy.length() - 3) + "{*" + greedy + "}";
    }

    @Override
    public String toString() {
        return template;
    }

}
