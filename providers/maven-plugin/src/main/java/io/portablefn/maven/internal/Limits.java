package io.portablefn.maven.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks one deployment against its cloud's limits; every broken limit is reported, not only the first. */
public final class Limits {

    // A name every cloud accepts for an environment variable.
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Limits() {
    }

    public static List<ConfigException> check(Deployment deployment, List<String> supportedTriggers) {
        String name = deployment.name();
        Cloud cloud = deployment.cloud();
        List<ConfigException> errors = new ArrayList<>();
        if (!cloud.allowsName(name)) {
            errors.add(ConfigException.name(name, cloud));
        }
        if (!supportedTriggers.contains(deployment.function().trigger().type())) {
            errors.add(ConfigException.trigger(name, cloud, deployment.function().trigger().type(), supportedTriggers));
        }
        if (deployment.memoryMb() < cloud.minMemoryMb() || deployment.memoryMb() > cloud.maxMemoryMb()) {
            errors.add(ConfigException.memory(name, cloud, deployment.memoryMb()));
        }
        String trigger = deployment.function().trigger().type();
        if (deployment.timeoutSeconds() < 1 || deployment.timeoutSeconds() > cloud.maxTimeoutSeconds(trigger)) {
            errors.add(ConfigException.timeout(name, cloud, deployment.timeoutSeconds(), trigger));
        }
        if (!Cloud.JAVA_VERSIONS.contains(deployment.javaVersion())) {
            errors.add(ConfigException.javaVersion(name, cloud, deployment.javaVersion()));
        }
        for (Map.Entry<String, String> variable : deployment.environment().entrySet()) {
            String rule = variableRule(cloud, variable.getKey());
            if (rule != null) {
                errors.add(ConfigException.environment(name, cloud, variable.getKey(), rule));
            }
        }
        return errors;
    }

    private static String variableRule(Cloud cloud, String variable) {
        if (!VARIABLE.matcher(variable).matches()) {
            return "use letters, digits and '_', not starting with a digit";
        }
        return switch (cloud) {
            // Lambda reserves its runtime's variables (AWS_REGION, AWS_LAMBDA_*, _HANDLER, ...).
            case AWS -> variable.startsWith("AWS_") || variable.startsWith("_") || variable.startsWith("LAMBDA_")
                    ? "Lambda reserves names starting with AWS_, LAMBDA_ or _" : null;
            // Cloud Run functions set these themselves.
            case GCP -> variable.startsWith("X_GOOGLE_") || variable.startsWith("K_") || variable.equals("PORT")
                    || variable.startsWith("FUNCTION_")
                    ? "Cloud Functions reserves PORT and names starting with K_, FUNCTION_ or X_GOOGLE_" : null;
            // The host's own settings; setting them here would break the app.
            case AZURE -> variable.startsWith("FUNCTIONS_") || variable.startsWith("AzureWebJobs")
                    || variable.startsWith("WEBSITE_")
                    ? "Azure Functions reserves names starting with FUNCTIONS_, AzureWebJobs or WEBSITE_" : null;
        };
    }
}
