package io.portablefn.maven.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each cloud allows, with the source of each limit, and which jars belong to another cloud
 * (and so are left out of this cloud's artifact).
 */
public enum Cloud {
    // Lambda: 128 to 10,240 MB, 900 s (Lambda quotas). Logical IDs are the name made alphanumeric
    // (collisions checked in AwsWriter); the Lambda function is named <stack name>-<name>, and Lambda
    // names have at most 64 characters, so the name leaves room for a stack name of at least one.
    AWS("aws", "AWS Lambda", 128, 10_240, 900, 900, "[A-Za-z][A-Za-z0-9-]{0,61}",
            "1 to 62 letters, digits or '-', a letter first (the template names each function"
                    + " <stack name>-<name>, and Lambda function names have at most 64 characters)",
            List.of("com.microsoft.azure", "com.google.cloud.functions")),
    // Azure sizes memory per app: Flex Consumption instances have 512, 2,048 or 4,096 MB, and the
    // app gets the smallest that holds its largest function (AzureWriter). An HTTP
    // function must answer within 230 s, whatever functionTimeout says (the load balancer's idle
    // timeout); other triggers run up to functionTimeout, unbounded on Flex Consumption, so up to
    // portablefn's own 900 s. Function names: a letter, then letters, digits, '_' or '-', up to 128.
    AZURE("azure", "Azure Functions", 128, 4_096, 230, 900, "[A-Za-z][A-Za-z0-9_-]{0,127}",
            "a letter, then letters, digits, '_' or '-', at most 128 characters",
            List.of("com.amazonaws", "com.google.cloud.functions")),
    // Cloud Functions (2nd gen): 128 MiB to 32 GiB; HTTP functions up to 3,600 s, event-driven
    // ones up to 540 s. Names: lower case letters, digits and '-', a letter first, no '-' last,
    // at most 63 characters.
    GCP("gcp", "Google Cloud Functions", 128, 32_768, 3_600, 540, "[a-z]([-a-z0-9]{0,61}[a-z0-9])?",
            "lower-case letters, digits and '-', a letter first, not ending in '-', at most 63 characters",
            List.of("com.amazonaws", "com.microsoft.azure"));

    /** Java versions every cloud runs and the project's bytecode (release 17) allows. */
    public static final Set<Integer> JAVA_VERSIONS = Set.of(17, 21);

    // portablefn modules that belong to one cloud, or to none (the local server, the processor).
    private static final Set<String> NOT_DEPLOYED = Set.of("portablefn-local", "portablefn-processor",
            "portablefn-conformance", "portablefn-maven-plugin");

    private final String id;
    private final String title;
    private final int minMemoryMb;
    private final int maxMemoryMb;
    private final int maxHttpTimeoutSeconds;
    private final int maxEventTimeoutSeconds;
    private final Pattern namePattern;
    private final String nameRule;
    private final List<String> foreignGroups;

    Cloud(String id, String title, int minMemoryMb, int maxMemoryMb, int maxHttpTimeoutSeconds,
            int maxEventTimeoutSeconds, String namePattern, String nameRule, List<String> foreignGroups) {
        this.id = id;
        this.title = title;
        this.minMemoryMb = minMemoryMb;
        this.maxMemoryMb = maxMemoryMb;
        this.maxHttpTimeoutSeconds = maxHttpTimeoutSeconds;
        this.maxEventTimeoutSeconds = maxEventTimeoutSeconds;
        this.namePattern = Pattern.compile(namePattern);
        this.nameRule = nameRule;
        this.foreignGroups = foreignGroups;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int minMemoryMb() {
        return minMemoryMb;
    }

    public int maxMemoryMb() {
        return maxMemoryMb;
    }

    public int maxHttpTimeoutSeconds() {
        return maxHttpTimeoutSeconds;
    }

    /** The longest timeout for a function of this trigger type ({@code http} or an event type). */
    public int maxTimeoutSeconds(String triggerType) {
        return triggerType.equals("http") ? maxHttpTimeoutSeconds : maxEventTimeoutSeconds;
    }

    public boolean allowsName(String name) {
        return namePattern.matcher(name).matches();
    }

    public String nameRule() {
        return nameRule;
    }

    /** Whether a runtime dependency goes into this cloud's artifact. */
    public boolean ships(String groupId, String artifactId) {
        if (groupId.equals("io.portablefn")) {
            if (NOT_DEPLOYED.contains(artifactId)) {
                return false;
            }
            for (Cloud other : values()) {
                if (other != this && artifactId.equals("portablefn-" + other.id)) {
                    return false;
                }
            }
            return true;
        }
        if (this == AZURE && artifactId.equals("azure-functions-java-core-library")) {
            // The Java worker brings its own; Microsoft's plugin leaves it out of lib/ too.
            return false;
        }
        return foreignGroups.stream().noneMatch(group -> groupId.equals(group) || groupId.startsWith(group + "."));
    }
}
