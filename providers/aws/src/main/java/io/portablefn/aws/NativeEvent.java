package io.portablefn.aws;

import java.util.List;
import java.util.Map;

/**
 * The fields of an AWS HTTP event that portablefn reads, as they arrived; everything else in
 * the event is skipped while parsing. A null field was absent or JSON null (the console's test
 * events send null maps). Filled by {@link EventReader}, read by {@link EventShape} and
 * {@link RequestDecoder}; never leaves the invocation that parsed it.
 */
final class NativeEvent {

    String version;
    String httpMethod;
    String path;
    String rawPath;
    String rawQueryString;
    Map<String, String> headers;
    Map<String, List<String>> multiValueHeaders;
    Map<String, String> queryStringParameters;
    Map<String, List<String>> multiValueQueryStringParameters;
    List<String> cookies;
    String body;
    boolean base64Encoded;

    boolean hasRequestContext;
    boolean elb;
    String requestId;
    String stage;
    String domainName;
    /** requestContext.http.method: payload 2.0 carries the method only there. */
    String contextHttpMethod;
}
