package io.portablefn.conformance.azure;

import io.portablefn.conformance.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The host writing the worker's RpcHttp to the client (Azure/azure-functions-host,
 * src/WebJobs.Script/Binding/Http/RawScriptResult.cs and WebJobs.Script.WebHost/Formatters).
 */
final class HostResponses {

    private HostResponses() {
    }

    /** The host's own answer when no function route matches: 404, no body. */
    static WireResponse notFound() {
        return new WireResponse(404, Map.of(), List.of(), new byte[0]);
    }

    /** A failed invocation: the host logs the worker's exception and answers 500 with no body. */
    static WireResponse failed() {
        return new WireResponse(500, Map.of(), List.of(), new byte[0]);
    }

    /**
     * Headers go to ASP.NET Core's case-insensitive response headers in message order;
     * content-type sets the content type, and a name already added (in any case) is dropped
     * ({@code Utility.AccumulateDuplicateHeader} only logs it). A byte[] body is written as is
     * with no content type of its own; a string (and a missing body, written as "") goes through
     * the text formatter, which uses text/plain; charset=utf-8 when no content type is set.
     */
    static WireResponse toWire(RpcHttp http) {
        String contentType = null;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Map.Entry<String, String> header : http.headers().entrySet()) {
            String lower = header.getKey().toLowerCase(Locale.ROOT);
            if (lower.equals("content-type")) {
                contentType = header.getValue();
            } else if (!seen.contains(lower)) {
                seen.add(lower);
                if (lower.equals("set-cookie")) {
                    cookies.add(header.getValue());
                } else {
                    headers.put(header.getKey(), List.of(header.getValue()));
                }
            }
        }
        byte[] body;
        if (http.body() instanceof byte[] bytes) {
            body = bytes;
        } else {
            String text = http.body() instanceof String s ? s : "";
            contentType = contentType != null ? contentType : "text/plain; charset=utf-8";
            body = text.getBytes(StandardCharsets.UTF_8);
        }
        if (contentType != null) {
            headers.put("content-type", List.of(contentType));
        }
        return new WireResponse(Integer.parseInt(http.statusCode()), headers, cookies, body);
    }
}
