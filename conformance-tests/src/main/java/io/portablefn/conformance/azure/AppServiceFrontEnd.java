package io.portablefn.conformance.azure;

import io.portablefn.conformance.WireRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * App Service's front end, which every request to a deployed function app passes before the
 * Functions host: it percent-decodes the path, {@code %2F} included, and forwards it, while the
 * path and query as the client sent them travel in the {@code X-Waws-Unencoded-Url} header.
 * Evidence: Azure/azure-functions-host issue 9290 and Azure/Azure-Functions issue 1042 (an
 * encoded slash reaches the host as a separator; clients double-encode to get past it),
 * Azure/Azure-Functions issue 2506, and Azure/azure-functions-host pull request 9402 and
 * LogOtter/log-otter pull request 188 (the header holds the original path and query).
 *
 * <p>The forwarded path keeps a decoded {@code %} as a {@code %}, so Kestrel decodes what follows
 * it a second time (which is why double-encoding works around the slash); only what a request
 * target cannot hold (space, non-ASCII) is escaped again for the wire.
 */
final class AppServiceFrontEnd {

    /** The header in which App Service passes the client's path and query unchanged. */
    static final String UNENCODED_URL = "X-Waws-Unencoded-Url";

    private AppServiceFrontEnd() {
    }

    /**
     * What the host receives for a client's request under {@code /routePrefix}: the path decoded
     * once (as seen from under the prefix) and the original URL in {@link #UNENCODED_URL}.
     */
    static WireRequest forward(WireRequest request, String routePrefix) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers());
        String query = request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery();
        headers.add(Map.entry(UNENCODED_URL, "/" + routePrefix + request.rawPath() + query));
        return new WireRequest(request.method(), forwardedPath(request.rawPath()), request.rawQuery(), headers,
                request.body());
    }

    /** The client's path decoded once, every escape included, then made sendable again. */
    static String forwardedPath(String rawPath) {
        String decoded = KestrelPaths.percentDecode(rawPath, false);
        StringBuilder out = new StringBuilder();
        for (byte b : decoded.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            // '?' and '#' would end the path on the wire; how App Service forwards them is not known.
            if (c > 0x20 && c < 0x7f && c != '?' && c != '#') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
