package io.portablefn.conformance.gcp;

import io.portablefn.conformance.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invoker answers {@code /favicon.ico} and {@code /robots.txt} itself with Jetty's 404 page,
 * before any function runs ({@code Invoker.NotFoundHandler}), so a browser's extra requests do
 * not reach the function. This is that answer as java-function-invoker 1.4.1 sends it.
 */
final class InvokerNotFound {

    static final Set<String> PATHS = Set.of("/favicon.ico", "/robots.txt");

    private InvokerNotFound() {
    }

    static WireResponse response(String rawPath) {
        String page = "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=ISO-8859-1\"/>\n"
                + "<title>Error 404 Not Found</title>\n</head>\n<body><h2>HTTP ERROR 404 Not Found</h2>\n<table>\n"
                + "<tr><th>URI:</th><td>" + rawPath + "</td></tr>\n<tr><th>STATUS:</th><td>404</td></tr>\n"
                + "<tr><th>MESSAGE:</th><td>Not Found</td></tr>\n<tr><th>SERVLET:</th><td>-</td></tr>\n</table>\n"
                + "<hr/><a href=\"https://jetty.org/\">Powered by Jetty:// 9.4.57.v20241219</a><hr/>\n\n</body>\n</html>\n";
        return new WireResponse(404, Map.of("content-type", List.of("text/html;charset=iso-8859-1"),
                "cache-control", List.of("must-revalidate,no-cache,no-store")), List.of(),
                page.getBytes(StandardCharsets.ISO_8859_1));
    }
}
