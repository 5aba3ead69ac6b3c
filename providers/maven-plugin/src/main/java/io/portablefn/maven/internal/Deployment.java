package io.portablefn.maven.internal;

import java.util.Map;

/**
 * One function's settings on one cloud, every level applied.
 *
 * @param publicAccess whether anyone may call it; false means callers authenticate with the cloud
 * @param environment sorted by name
 */
public record Deployment(Manifest.Function function, Cloud cloud, int memoryMb, int timeoutSeconds,
        int javaVersion, boolean publicAccess, Map<String, String> environment) {

    public String name() {
        return function.name();
    }

    /** The generated class this cloud calls. */
    public String entryPoint() {
        return function.entryPoints().get(cloud.id());
    }
}
