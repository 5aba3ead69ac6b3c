package io.portablefn.maven;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deployment settings, each optional: an unset value falls through to the next, less specific
 * level (see {@link PackageMojo}). In a POM:
 *
 * <pre>{@code
 * <memoryMb>512</memoryMb>
 * <timeoutSeconds>30</timeoutSeconds>
 * <javaVersion>21</javaVersion>
 * <auth>public</auth>
 * <api>rest</api>
 * <environment><GREETING>Hello</GREETING></environment>
 * }</pre>
 */
public class Settings {

    /** Memory in MB. Built-in default 512. */
    Integer memoryMb;

    /** Timeout in seconds. Built-in default: the function's {@code @Function(timeoutSeconds)}. */
    Integer timeoutSeconds;

    /** Java runtime version, 17 or 21. Built-in default 17. */
    Integer javaVersion;

    /**
     * {@code private} (the default: callers must authenticate with the cloud) or {@code public}
     * (anyone may call the function's URL).
     */
    String auth;

    /**
     * AWS only: the API Gateway API in front of an HTTP function, {@code http} (the default: an HTTP
     * API, payload 2.0) or {@code rest} (a REST API, payload 1.0). Allowed in {@code <defaults>}, a
     * function's entry and {@code <aws>} blocks; Azure and Google Cloud have one kind of HTTP
     * trigger, so an {@code <azure>} or {@code <gcp>} block that sets it is an error.
     */
    String api;

    /** Environment variables; merged level by level, a more specific level wins per name. */
    Map<String, String> environment = new LinkedHashMap<>();

    public Settings() {
    }

    public Settings memoryMb(Integer value) {
        memoryMb = value;
        return this;
    }

    public Settings timeoutSeconds(Integer value) {
        timeoutSeconds = value;
        return this;
    }

    public Settings javaVersion(Integer value) {
        javaVersion = value;
        return this;
    }

    public Settings auth(String value) {
        auth = value;
        return this;
    }

    public Settings api(String value) {
        api = value;
        return this;
    }

    public Settings environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public Integer memoryMb() {
        return memoryMb;
    }

    public Integer timeoutSeconds() {
        return timeoutSeconds;
    }

    public Integer javaVersion() {
        return javaVersion;
    }

    public String auth() {
        return auth;
    }

    public String api() {
        return api;
    }

    public Map<String, String> environment() {
        return environment == null ? Map.of() : environment;
    }
}
