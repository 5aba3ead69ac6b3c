package io.portablefn.local;

import java.util.Locale;

/**
 * The request target of a request line (RFC 9112 §3.2), reduced to the raw path and query that
 * the function's request is decoded from. Percent-escapes are left as sent here: decoding is the
 * contract's ({@code Bodies.decodePath}, {@code QueryParameters.parse}), and a malformed escape
 * such as {@code %zz} is kept as sent, as docs/mapping.md §2 says, not refused.
 */
final class RequestTarget {

    private RequestTarget() {
    }

    /**
     * {@code /path?query} from an origin-form target ({@code /path?query}) or an absolute-form one
     * ({@code http://host/path?query}, which proxies send).
     *
     * @throws ProtocolFailure 414 if longer than the limit; 400 for a character that must be
     *     percent-encoded (space, control, non-ASCII) or a target of another form
     */
    static String originForm(String target, ServerSettings limits) throws ProtocolFailure {
        if (target.length() > limits.maxTargetBytes()) {
            throw HeadReader.targetTooLong(limits);
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw new ProtocolFailure(400, "The request target contains a character that must be percent-encoded"
                        + " (a space, a control character or a non-ASCII byte); send it as %XX escapes.");
            }
        }
        int fragment = target.indexOf('#');
        String withoutFragment = fragment < 0 ? target : target.substring(0, fragment);
        if (withoutFragment.startsWith("/")) {
            return withoutFragment;
        }
        String lower = withoutFragment.toLowerCase(Locale.ROOT);
        int afterScheme = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
        if (afterScheme > 0) {
            int path = firstOf(withoutFragment, afterScheme, '/', '?');
            String rest = path < 0 ? "" : withoutFragment.substring(path);
            return rest.startsWith("/") ? rest : "/" + rest;
        }
        throw new ProtocolFailure(400, "The request target must be a path such as /orders?id=1 (or an absolute URL"
                + " such as http://localhost/orders); '" + (target.length() > 64 ? target.substring(0, 64) + "..." : target)
                + "' is neither.");
    }

    private static int firstOf(String text, int from, char a, char b) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == a || text.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
