package io.portablefn.azure;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The container and blob name of a Blob Storage event, from its {@code subject}
 * ({@code /blobServices/default/containers/<container>/blobs/<name>}; the CloudEvents schema
 * may drop the leading slash) and its {@code data.url}.
 *
 * <p>The container comes from the subject, which always names it; the URL's first path segment
 * is the account, not the container, on path-style endpoints (Azurite, custom domains). The name
 * comes from the URL, percent-decoded as a URL path ({@code +} stays {@code +}), because a URL
 * cannot hold a raw space or {@code %}, so it is unambiguous; when the URL is missing or does not
 * decode, the subject's name is taken as written.
 */
final class BlobLocations {

    private static final String CONTAINERS = "blobServices/default/containers/";
    private static final String BLOBS = "/blobs/";

    private BlobLocations() {
    }

    /** A blob's container and name (decoded). */
    record Location(String container, String name) {
    }

    /** The location, or null when neither the subject nor the URL names a container and a blob. */
    static Location of(String subject, String url) {
        Location fromSubject = fromSubject(subject);
        String path = urlPath(url);
        if (fromSubject != null) {
            String name = path == null ? null : nameAfterContainer(path, fromSubject.container());
            return name == null ? fromSubject : new Location(fromSubject.container(), name);
        }
        if (path == null) {
            return null;
        }
        int slash = path.indexOf('/', 1);
        if (slash < 2 || slash == path.length() - 1) {
            return null;
        }
        String container = decode(path.substring(1, slash));
        String name = decode(path.substring(slash + 1));
        return container == null || name == null ? null : new Location(container, name);
    }

    private static Location fromSubject(String subject) {
        if (subject == null) {
            return null;
        }
        String rest = subject.startsWith("/") ? subject.substring(1) : subject;
        if (!rest.startsWith(CONTAINERS)) {
            return null;
        }
        rest = rest.substring(CONTAINERS.length());
        int blobs = rest.indexOf(BLOBS);
        if (blobs <= 0 || blobs + BLOBS.length() == rest.length()) {
            return null;
        }
        return new Location(rest.substring(0, blobs), rest.substring(blobs + BLOBS.length()));
    }

    // The raw path of an absolute URL, such as /container/a%20b.txt; null if there is none.
    private static String urlPath(String url) {
        int scheme = url == null ? -1 : url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int start = url.indexOf('/', scheme + 3);
        if (start < 0) {
            return null;
        }
        int end = url.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = url.indexOf(stop, start);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return url.substring(start, end);
    }

    // The decoded name after the container, which is the first segment or (path-style) the second.
    private static String nameAfterContainer(String path, String container) {
        String[] segments = path.substring(1).split("/", 3);
        for (int i = 0; i < Math.min(2, segments.length - 1); i++) {
            if (container.equals(decode(segments[i]))) {
                String rest = path.substring(1);
                for (int skip = 0; skip <= i; skip++) {
                    rest = rest.substring(rest.indexOf('/') + 1);
                }
                return rest.isEmpty() ? null : decode(rest);
            }
        }
        return null;
    }

    /** Percent-decodes UTF-8 strictly; null for a bad escape or bytes that are not UTF-8. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int percent = raw.indexOf('%', i);
            int end = percent < 0 ? raw.length() : percent;
            // Runs between escapes are copied whole, so surrogate pairs stay together.
            bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            int high = percent + 1 < raw.length() ? Character.digit(raw.charAt(percent + 1), 16) : -1;
            int low = percent + 2 < raw.length() ? Character.digit(raw.charAt(percent + 2), 16) : -1;
            if (high < 0 || low < 0) {
                return null;
            }
            bytes.write(high * 16 + low);
            i = percent + 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
