package io.portablefn.azure;

import java.util.Map;

/**
 * The host's route prefix ({@code extensions.http.routePrefix}, {@code api} unless configured),
 * which precedes every function's route in the URL. A template of fixed length finds its path by
 * keeping the URL path's last segments, whatever the prefix; a greedy template
 * ({@code /files/{rest+}}, route {@code files/{*rest}}) has no fixed length, so it drops the
 * prefix's segments from the left instead, and needs to know the prefix.
 *
 * <p>The worker cannot read host.json, but app settings reach it as environment variables, and
 * the host reads {@code AzureFunctionsJobHost__extensions__http__routePrefix} as that host.json
 * value (MicrosoftDocs/azure-docs, articles/azure-functions/functions-host-json.md, "Override host.json
 * values"). So: that
 * setting when present, otherwise the host's default {@code api}. The plugin's host.json sets no
 * prefix; docs/deploying.md says to change it through the setting only.
 */
final class RoutePrefix {

    static final String SETTING = "AzureFunctionsJobHost__extensions__http__routePrefix";
    static final String DEFAULT = "api";

    private RoutePrefix() {
    }

    /** The number of path segments the prefix takes in the URL: 1 for {@code api}, 0 for none. */
    static int segments(Map<String, String> environment) {
        String prefix = environment.getOrDefault(SETTING, DEFAULT).strip();
        while (prefix.startsWith("/")) {
            prefix = prefix.substring(1);
        }
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix.isEmpty() ? 0 : prefix.split("/").length;
    }

    /**
     * How many of a raw URL path's last segments are the function's path, once the prefix's
     * {@code prefixSegments} are dropped: {@code /api/files/a/b} with a one-segment prefix gives
     * 3. A trailing slash does not count, as the decoder keeps it apart.
     */
    static int pathSegments(String rawPath, int prefixSegments) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            return 0;
        }
        String path = rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        int segments = 0;
        for (int i = 0; i < path.length(); i++) {
            segments += path.charAt(i) == '/' ? 1 : 0;
        }
        return Math.max(segments - prefixSegments, 0);
    }
}
