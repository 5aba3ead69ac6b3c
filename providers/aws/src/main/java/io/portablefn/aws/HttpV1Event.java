package io.portablefn.aws;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request in payload format 1.0, as API Gateway REST APIs, HTTP APIs set to payload 1.0
 * and Application Load Balancers send it (the three share these fields and differ in how the
 * path arrives and the query is encoded: docs/mapping.md §1). A null map was absent or JSON null
 * (the console's test events send null maps).
 *
 * @param requestId {@code requestContext.requestId}; ALB sends none
 * @param stage {@code requestContext.stage}, which an HTTP API puts in the path
 */
record HttpV1Event(
        List<String> topLevelKeys,
        EventShape shape,
        String httpMethod,
        String path,
        Map<String, String> headers,
        Map<String, List<String>> multiValueHeaders,
        Map<String, String> queryStringParameters,
        Map<String, List<String>> multiValueQueryStringParameters,
        String body,
        boolean base64Encoded,
        String requestId,
        String stage) implements HttpEvent {
}
