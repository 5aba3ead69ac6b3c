package io.portablefn.conformance.gcp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Content-Type the invoker's Jetty 9.4 puts on the wire for the one its function set.
 * Jetty keeps a value as given, except one of its own known types with a charset
 * ({@code MimeTypes.Type}, matched ignoring case, with or without a space before
 * {@code charset}): that is rewritten to Jetty's spelling, so {@code text/plain; charset=UTF-8}
 * reaches the client as {@code text/plain;charset=utf-8}. Checked against the real invoker in
 * GcpTargetsTest.
 */
final class JettyContentTypes {

    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Map<String, String> PARSED = new HashMap<>();

    static {
        for (String type : List.of("text/html", "text/plain", "text/xml", "text/json", "application/json")) {
            for (String charset : List.of("utf-8", "iso-8859-1")) {
                String jetty = type + ";charset=" + charset;
                CANONICAL.put(jetty, jetty);
                CANONICAL.put(type + "; charset=" + charset, jetty);
            }
        }
    }

    // A request's Content-Type line that matches an entry of the header cache of Jetty 9.4's
    // HttpParser (its static CACHE: these six types, ";charset=" or "; charset=", utf-8 or
    // iso-8859-1; matched ignoring case, the upper-case charset entry added last) is replaced by
    // that entry: "text/plain; charset=utf-8" reaches the function as "text/plain; charset=UTF-8".
    static {
        for (String type : List.of("text/plain", "text/html", "text/xml", "text/json", "application/json",
                "application/x-www-form-urlencoded")) {
            for (String charset : List.of("utf-8", "iso-8859-1")) {
                for (String separator : List.of(";charset=", "; charset=")) {
                    PARSED.put(type + separator + charset, type + separator + charset.toUpperCase(Locale.ROOT));
                }
            }
        }
    }

    private JettyContentTypes() {
    }

    /** The Content-Type a function reads on the invoker for the one the client sent. */
    static String asParsed(String contentType) {
        return PARSED.getOrDefault(contentType.toLowerCase(Locale.ROOT), contentType);
    }

    static String onTheWire(String contentType) {
        return CANONICAL.getOrDefault(contentType.toLowerCase(Locale.ROOT), contentType);
    }
}
