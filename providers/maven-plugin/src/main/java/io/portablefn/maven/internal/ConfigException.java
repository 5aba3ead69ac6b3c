package io.portablefn.maven.internal;

import java.util.List;

/**
 * A setting, name or trigger that a cloud cannot take. The message names the function, the cloud
 * and the limit; the kind is stable, so tests and users can tell the errors apart.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Kind { MEMORY, TIMEOUT, JAVA_VERSION, AUTH, API, ENVIRONMENT, NAME, TRIGGER, UNKNOWN_FUNCTION, CONFLICT, ROUTE }

    private final Kind kind;

    private ConfigException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Two functions' routes that clouds would not route alike; the message (RoutePrecedence) names both. */
    public static ConfigException route(String message) {
        return new ConfigException(Kind.ROUTE, message);
    }

    /** Two path variables under one parent, which an API Gateway REST API cannot hold. */
    public static ConfigException restVariables(String first, String firstPath, String second, String secondPath,
            String parent) {
        return new ConfigException(Kind.ROUTE, "Functions '" + first + "' (" + firstPath + ") and '" + second + "' ("
                + secondPath + ") are both behind the AWS REST API, which allows one path variable per resource: "
                + parent + " would have two. Spell the variable the same in both templates, or use the HTTP API.");
    }

    public static ConfigException memory(String function, Cloud cloud, int memoryMb) {
        return new ConfigException(Kind.MEMORY, "Function '" + function + "' on " + cloud.title() + ": memory "
                + memoryMb + " MB is out of range; " + cloud.title() + " allows " + cloud.minMemoryMb() + " to "
                + cloud.maxMemoryMb() + " MB");
    }

    public static ConfigException timeout(String function, Cloud cloud, int seconds, String triggerType) {
        return new ConfigException(Kind.TIMEOUT, "Function '" + function + "' on " + cloud.title() + ": timeout "
                + seconds + " s is out of range; " + (triggerType.equals("http") ? "an HTTP function" : "a " + triggerType
                + " function") + " on " + cloud.title() + " may run 1 to " + cloud.maxTimeoutSeconds(triggerType) + " s");
    }

    public static ConfigException javaVersion(String function, Cloud cloud, int version) {
        return new ConfigException(Kind.JAVA_VERSION, "Function '" + function + "' on " + cloud.title()
                + ": Java " + version + " is not supported; use one of " + List.copyOf(new java.util.TreeSet<>(Cloud.JAVA_VERSIONS)));
    }

    public static ConfigException auth(String function, String value) {
        return new ConfigException(Kind.AUTH, "Function '" + function + "': auth '" + value
                + "' is not allowed; use 'private' (the default: callers authenticate with the cloud) or 'public'");
    }

    public static ConfigException api(String function, String value) {
        return new ConfigException(Kind.API, "Function '" + function + "' on AWS Lambda: api '" + value
                + "' is not allowed; use 'http' (the default: an API Gateway HTTP API, payload 2.0) or 'rest'"
                + " (an API Gateway REST API, payload 1.0)");
    }

    /** {@code <api>} set in an Azure or Google Cloud block, where it means nothing. */
    public static ConfigException apiElsewhere(String function, Cloud cloud) {
        return new ConfigException(Kind.API, "Function '" + function + "' on " + cloud.title() + ": api is an AWS"
                + " setting (API Gateway HTTP or REST API); set it in <aws>, <defaults> or the function's entry,"
                + " not in <" + cloud.id() + ">");
    }

    public static ConfigException environment(String function, Cloud cloud, String variable, String rule) {
        return new ConfigException(Kind.ENVIRONMENT, "Function '" + function + "' on " + cloud.title()
                + ": environment variable '" + variable + "' is not allowed: " + rule);
    }

    public static ConfigException name(String function, Cloud cloud) {
        return new ConfigException(Kind.NAME, "Function '" + function + "' cannot be deployed to " + cloud.title()
                + " under that name: " + cloud.title() + " function names are " + cloud.nameRule());
    }

    /** A name the writer derives from a function's (a topic, a resource) that the cloud does not accept. */
    public static ConfigException derivedName(String function, Cloud cloud, String what, String name, String rule) {
        return new ConfigException(Kind.NAME, "Function '" + function + "' on " + cloud.title() + ": its " + what
                + " would be named '" + name + "', which " + cloud.title() + " does not accept: " + rule);
    }

    public static ConfigException trigger(String function, Cloud cloud, String trigger, List<String> supported) {
        return new ConfigException(Kind.TRIGGER, "Function '" + function + "' has a '" + trigger
                + "' trigger, which portablefn cannot deploy to " + cloud.title() + "; supported triggers: " + supported);
    }

    public static ConfigException unknownFunction(String configured, List<String> functions) {
        return new ConfigException(Kind.UNKNOWN_FUNCTION, "The plugin configuration has settings for function '"
                + configured + "', but the project has no function of that name; its functions: " + functions);
    }

    /** Two functions ask for different values of a setting the cloud has once per app. */
    public static ConfigException conflict(Cloud cloud, String setting, String first, String firstValue,
            String second, String secondValue) {
        return new ConfigException(Kind.CONFLICT, cloud.title() + " has one " + setting + " per app, but function '"
                + first + "' asks for " + firstValue + " and function '" + second + "' for " + secondValue
                + "; set the same value for both on " + cloud.id());
    }
}
