package io.portablefn.conformance.azure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * How ASP.NET Core treats a request path before the host builds the worker's URL: Kestrel
 * percent-decodes it as UTF-8 but leaves {@code %2F} encoded (a decoded slash would change the
 * segments), and {@code PathString.ToUriComponent} escapes again what a URI path cannot hold.
 * The result decodes to the same text as the client's path.
 */
final class KestrelPaths {

    private KestrelPaths() {
    }

    /** The path as the host writes it into the URL. */
    static String pathString(String rawPath) {
        String decoded = percentDecode(rawPath, true);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '%' && isHex(decoded, i + 1) && isHex(decoded, i + 2)) {
                out.append(c);
            } else if (allowedInPath(c)) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < decoded.length() ? i + 2 : i + 1;
                for (byte b : decoded.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    /** One path segment as the router compares it (decoded, %2F kept). */
    static String decodeSegment(String rawSegment) {
        return percentDecode(rawSegment, true);
    }

    /**
     * Decodes runs of {@code %XX} as UTF-8; a run that is not valid UTF-8, or a malformed escape,
     * is kept as sent. With {@code keepSlash}, {@code %2F} stays encoded.
     */
    static String percentDecode(String raw, boolean keepSlash) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            int start = i;
            ByteArrayOutputStream run = new ByteArrayOutputStream();
            while (i < raw.length() && raw.charAt(i) == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)
                    && !(keepSlash && raw.regionMatches(true, i, "%2F", 0, 3))) {
                run.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 3;
            }
            if (i > start) {
                byte[] bytes = run.toByteArray();
                out.append(HostRequests.validUtf8(bytes)
                        ? new String(bytes, StandardCharsets.UTF_8) : raw.substring(start, i));
            } else {
                out.append(raw.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int index) {
        return index < s.length() && Character.digit(s.charAt(index), 16) >= 0;
    }

    // RFC 3986 pchar and '/': unreserved, sub-delims, ':' and '@'.
    private static boolean allowedInPath(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }
}
