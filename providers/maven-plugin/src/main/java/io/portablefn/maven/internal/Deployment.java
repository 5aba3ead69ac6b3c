package io.portablefn.maven.internal;

import java.util.Map;

/**
 * One function's settings on one cloud, every level applied.
 *
 * @param publicAccess whether anyone may call it; false means callers authenticate with the cloud
 * @param environment sorted by name
 * @param api on AWS, the API Gateway API in front of an HTTP function: {@link #HTTP_API} or
 *     {@link #REST_API}; {@link #HTTP_API} on the other clouds
 */
public record Deployment(Manifest.Function function, Cloud cloud, int memoryMb, int timeoutSeconds,
        int javaVersion, boolean publicAccess, Map<String, String> environment, String api) {

    /** An API Gateway HTTP API (payload 2.0), the default. */
    public static final String HTTP_API = "http";
    /** An API Gateway REST API (payload 1.0). */
    public static final String REST_API = "rest";

    public String name() {
        return function.name();
    }

    /** Whether AWS puts this HTTP function behind a REST API rather than an HTTP API. */
    public boolean restApi() {
        return api.equals(REST_API);
    }

    /** The generated class this cloud calls. */
    public String entryPoint() {
        return function.entryPoints().get(cloud.id());
    }
}
