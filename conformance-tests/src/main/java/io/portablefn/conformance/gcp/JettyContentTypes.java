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

    static {
        for (String type : List.of("text/html", "text/plain", "text/xml", "text/json", "application/json")) {
            for (String charset : List.of("utf-8", "iso-8859-1")) {
                String jetty = type + ";charset=" + charset;
                CANONICAL.put(jetty, jetty);
                CANONICAL.put(type + "; charset=" + charset, jetty);
            }
        }
    }

    private JettyContentTypes() {
    }

    static String onTheWire(String contentType) {
        return CANONICAL.getOrDefault(contentType.toLowerCase(Locale.ROOT), contentType);
    }
}
