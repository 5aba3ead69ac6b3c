package io.portablefn.runtime;

/**
 * A path template that breaks a rule, with the {@link Kind} of rule so that the processor can
 * report each under its own tag (docs/processor.md). The message names the template, what is
 * wrong and what is allowed.
 */
public final class PathTemplateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Which rule a template broke. */
    public enum Kind {
        /** Not a template at all: a bad segment, an empty segment, a missing or trailing '/'. */
        MALFORMED,
        /** A greedy parameter such as {@code {rest+}} that is not the last segment. */
        GREEDY_NOT_LAST,
        /** More than one greedy parameter. */
        SEVERAL_GREEDY
    }

    private final Kind kind;

    private PathTemplateException(Kind kind, String template, String why) {
        super("Invalid path template '" + template + "': " + why + ". A template starts with '/' and has literal"
                + " segments or whole-segment parameters, e.g. /orders/{id}/items, and may end with one greedy"
                + " parameter that takes the rest of the path, e.g. /files/{rest+}");
        this.kind = kind;
    }

    static PathTemplateException malformed(String template, String why) {
        return new PathTemplateException(Kind.MALFORMED, template, why);
    }

    static PathTemplateException greedyNotLast(String template, String parameter) {
        return new PathTemplateException(Kind.GREEDY_NOT_LAST, template, "the greedy parameter {" + parameter
                + "+} takes the rest of the path, so it must be the last segment");
    }

    static PathTemplateException severalGreedy(String template) {
        return new PathTemplateException(Kind.SEVERAL_GREEDY, template, "it has more than one greedy parameter;"
                + " one function owns at most one subtree, so give it one {name+}, as the last segment");
    }

    public Kind kind() {
        return kind;
    }
}
