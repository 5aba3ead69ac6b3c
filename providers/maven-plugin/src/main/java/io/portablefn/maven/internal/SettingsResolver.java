package io.portablefn.maven.internal;

import io.portablefn.maven.FunctionSettings;
import io.portablefn.maven.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies the settings levels, least specific first: built-in defaults, {@code <defaults>}, the
 * cloud's block ({@code <aws>}), the function's entry, the function's block for the cloud. The
 * first level that sets a value below the top wins; environment variables merge by name.
 */
public final class SettingsResolver {

    public static final int DEFAULT_MEMORY_MB = 512;
    public static final int DEFAULT_JAVA_VERSION = 17;

    private final Settings defaults;
    private final Map<String, Settings> clouds;
    private final Map<String, FunctionSettings> functions = new TreeMap<>();

    /**
     * @param clouds the per-cloud blocks by cloud id; absent or null entries are empty
     * @param functions the per-function entries
     */
    public SettingsResolver(Settings defaults, Map<String, Settings> clouds, List<FunctionSettings> functions) {
        this.defaults = defaults;
        this.clouds = clouds;
        for (FunctionSettings function : functions == null ? List.<FunctionSettings>of() : functions) {
            this.functions.put(function.name(), function);
        }
    }

    /** Every configured function name is a function of the project. */
    public List<ConfigException> checkNames(List<Manifest.Function> project) {
        List<String> names = project.stream().map(Manifest.Function::name).sorted().toList();
        List<ConfigException> errors = new ArrayList<>();
        for (String configured : functions.keySet()) {
            if (!names.contains(configured)) {
                errors.add(ConfigException.unknownFunction(configured, names));
            }
        }
        return errors;
    }

    public Deployment resolve(Manifest.Function function, Cloud cloud) throws ConfigException {
        FunctionSettings own = functions.get(function.name());
        List<Settings> levels = new ArrayList<>();
        levels.add(defaults);
        levels.add(clouds.get(cloud.id()));
        levels.add(own);
        levels.add(own == null ? null : own.forCloud(cloud.id()));
        int memory = DEFAULT_MEMORY_MB;
        int timeout = function.timeoutSeconds();
        int java = DEFAULT_JAVA_VERSION;
        String auth = "private";
        String api = Deployment.HTTP_API;
        Map<String, String> environment = new TreeMap<>();
        for (Settings level : levels) {
            if (level == null) {
                continue;
            }
            memory = level.memoryMb() != null ? level.memoryMb() : memory;
            timeout = level.timeoutSeconds() != null ? level.timeoutSeconds() : timeout;
            java = level.javaVersion() != null ? level.javaVersion() : java;
            auth = level.auth() != null ? level.auth().strip() : auth;
            api = level.api() != null ? level.api().strip() : api;
            environment.putAll(level.environment());
        }
        if (!auth.equals("private") && !auth.equals("public")) {
            throw ConfigException.auth(function.name(), auth);
        }
        if (cloud != Cloud.AWS) {
            // <defaults> and the function's entry may say it for AWS; a block of this cloud may not.
            Settings block = clouds.get(cloud.id());
            if ((block != null && block.api() != null) || (own != null && own.forCloud(cloud.id()) != null
                    && own.forCloud(cloud.id()).api() != null)) {
                throw ConfigException.apiElsewhere(function.name(), cloud);
            }
            api = Deployment.HTTP_API;
        } else if (api.equalsIgnoreCase(Deployment.HTTP_API) || api.equalsIgnoreCase(Deployment.REST_API)) {
            api = api.toLowerCase(Locale.ROOT);
        } else {
            throw ConfigException.api(function.name(), api);
        }
        return new Deployment(function, cloud, memory, timeout, java, auth.equals("public"), environment, api);
    }
}
