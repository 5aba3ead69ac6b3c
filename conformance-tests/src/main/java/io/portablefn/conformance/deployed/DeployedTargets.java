package io.portablefn.conformance.deployed;

import io.portablefn.api.Provider;
import io.portablefn.conformance.Target;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the deployed targets from environment variables, so that URLs and credentials never sit
 * in a project's files. For a label such as {@code AWS} (letters, digits, underscores):
 * <ul>
 *   <li>{@code PORTABLEFN_DEPLOYED_AWS_URL}: the base URL of every function on that target,
 *       e.g. an API Gateway stage URL or an Azure app's {@code https://app.azurewebsites.net/api};
 *   <li>{@code PORTABLEFN_DEPLOYED_AWS_URL_GET_ORDER}: the base URL of function {@code get-order}
 *       alone (upper case, {@code -} as {@code _}), for clouds with a URL per function (GCP);
 *   <li>{@code PORTABLEFN_DEPLOYED_AWS_HEADERS}: headers sent with every request, one
 *       {@code Name: value} per line, e.g. {@code x-functions-key: ...} for Azure or
 *       {@code Authorization: Bearer ...} for GCP.
 * </ul>
 * Each label gives a target named {@code deployed-<label>} in lower case, {@code _} as {@code -}.
 */
public final class DeployedTargets {

    static final String PREFIX = "PORTABLEFN_DEPLOYED_";

    private DeployedTargets() {
    }

    /** The targets configured in this process's environment; none when nothing is set. */
    public static List<Target> fromEnvironment() {
        return from(System.getenv());
    }

    /**
     * The targets configured in {@code environment}.
     *
     * @throws IllegalArgumentException naming the variable whose value is not a usable URL or header
     */
    public static List<Target> from(Map<String, String> environment) {
        TreeSet<String> labels = new TreeSet<>();
        environment.keySet().stream().filter(key -> key.startsWith(PREFIX) && key.contains("_URL"))
                .forEach(key -> labels.add(key.substring(PREFIX.length(), key.indexOf("_URL", PREFIX.length()))));
        List<Target> targets = new ArrayList<>();
        for (String label : labels) {
            String shared = environment.get(PREFIX + label + "_URL");
            Map<String, URI> perFunction = new LinkedHashMap<>();
            String functionPrefix = PREFIX + label + "_URL_";
            environment.forEach((key, value) -> {
                if (key.startsWith(functionPrefix)) {
                    String function = key.substring(functionPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '-');
                    perFunction.put(function, url(key, value));
                }
            });
            URI sharedUrl = shared == null ? null : url(PREFIX + label + "_URL", shared);
            targets.add(new DeployedTarget(targetName(label), provider(label, environment), sharedUrl, perFunction,
                    headers(PREFIX + label + "_HEADERS", environment.get(PREFIX + label + "_HEADERS"))));
        }
        return targets;
    }

    /**
     * The provider functions behind a label report: {@code PORTABLEFN_DEPLOYED_<LABEL>_PROVIDER},
     * else the label's first word when it names one ({@code AWS}, {@code AZURE_WEST}, ...).
     */
    private static Provider provider(String label, Map<String, String> environment) {
        String variable = PREFIX + label + "_PROVIDER";
        String given = environment.getOrDefault(variable, label.split("_")[0]).strip().toUpperCase(Locale.ROOT);
        try {
            return Provider.valueOf(given);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Set " + variable + " to the provider the functions of "
                    + targetName(label) + " run on (" + java.util.Arrays.toString(Provider.values())
                    + "), or start the label with it; it is '" + given + "'", e);
        }
    }

    static String targetName(String label) {
        return "deployed-" + label.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The variable that holds a target's URL, for one function or (function null) for all. */
    static String urlVariable(String targetName, String function) {
        String label = targetName.substring("deployed-".length()).toUpperCase(Locale.ROOT).replace('-', '_');
        return PREFIX + label + "_URL" + (function == null ? "" : "_" + function.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static URI url(String variable, String value) {
        String trimmed = value.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " is not a URL: " + e.getMessage(), e);
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(variable + " must be an http or https URL with a host, such as"
                    + " https://abc123.execute-api.eu-west-1.amazonaws.com; it is '" + value + "'");
        }
        return uri;
    }

    private static Map<String, String> headers(String variable, String value) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (value == null) {
            return headers;
        }
        String[] lines = value.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                // The value may be a credential: name the line, never show it.
                throw new IllegalArgumentException(variable + " holds one 'Name: value' per line; line " + (i + 1)
                        + " has no 'Name:'");
            }
            headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return headers;
    }
}
