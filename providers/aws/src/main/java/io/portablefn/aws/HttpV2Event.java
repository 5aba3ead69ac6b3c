package io.portablefn.aws;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request in payload format 2.0, as HTTP APIs and Lambda Function URLs send it. A null
 * map or list was absent or JSON null.
 *
 * @param method {@code requestContext.http.method}: payload 2.0 carries the method only there
 * @param cookies the {@code cookies} array, where API Gateway moves the Cookie header
 * @param stage {@code requestContext.stage}, which an HTTP API puts in {@code rawPath}
 */
record HttpV2Event(
        List<String> topLevelKeys,
        EventShape shape,
        String method,
        String rawPath,
        String rawQueryString,
        Map<String, String> headers,
        Map<String, String> queryStringParameters,
        List<String> cookies,
        String body,
        boolean base64Encoded,
        String requestId,
        String stage) implements HttpEvent {
}
