package io.portablefn.azure;

import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import io.portablefn.api.FunctionLogger;
import io.portablefn.api.HttpResponse;
import java.util.List;

/** Turns the neutral {@link HttpResponse} into the worker's {@link HttpResponseMessage}. */
final class AzureResponses {

    // HttpStatusType.custom makes a new object per call; these are immutable, so one per status
    // (100 to 599, as HttpResponse allows) is made on first use and kept. A race makes an equal one.
    private static final HttpStatusType[] STATUSES = new HttpStatusType[600];

    private AzureResponses() {
    }

    static HttpStatusType status(int code) {
        HttpStatusType status = STATUSES[code];
        if (status == null) {
            STATUSES[code] = status = HttpStatusType.custom(code);
        }
        return status;
    }

    /**
     * Builds the response. The worker keeps headers in a map with one value per name, and the host
     * adds them to ASP.NET Core's case-insensitive response headers dropping any name it has seen
     * (RawScriptResult), so one line per name is all that can reach the client: repeated values are
     * joined with ", " (RFC 9110 5.3), and only the first Set-Cookie is sent (the rest are logged).
     */
    static HttpResponseMessage encode(HttpResponse response, HttpRequestMessage<?> request, FunctionLogger logger) {
        HttpResponseMessage.Builder builder = request.createResponseBuilder(status(response.status()));
        response.headers().forEach((name, values) ->
                builder.header(name, values.size() == 1 ? values.get(0) : String.join(", ", values)));
        List<String> cookies = response.cookies();
        if (!cookies.isEmpty()) {
            builder.header("set-cookie", cookies.get(0));
            if (cookies.size() > 1) {
                logger.warn("Azure Functions sends one Set-Cookie per response; " + (cookies.size() - 1)
                        + " further cookie(s) were not sent. Combine them into one cookie.");
            }
        }
        // Always bytes: a String body would be re-encoded by the host, and an absent body is sent as
        // the JSON text null, so "no body" is an empty byte array.
        return builder.body(response.body()).build();
    }
}
