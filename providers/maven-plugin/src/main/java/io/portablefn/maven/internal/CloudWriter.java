package io.portablefn.maven.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes one cloud's artifact and descriptors. A trigger kind plugs in by being listed in
 * {@link #triggers()} and given its descriptor entry where the writer switches on
 * {@code trigger().type()}; today every writer knows {@code http} only.
 */
interface CloudWriter {

    Cloud cloud();

    /** The trigger kinds this writer can deploy; any other is a build error naming the function. */
    List<String> triggers();

    /** Checks across functions (names that collide, settings the cloud has once per app). */
    List<ConfigException> check(List<Deployment> deployments);

    /** Writes under {@code directory}; returns the artifacts written, for the build log. */
    List<Path> write(List<Deployment> deployments, Contents contents, Path directory) throws IOException;

    /**
     * What goes into the artifact.
     *
     * @param classes the project's class output, other clouds' entry points left out, by entry name
     * @param libraries the runtime jars this cloud needs, by file name
     * @param finalName the project's jar name without {@code .jar}
     * @param info where to report what the user should know
     * @param warnings where to report what is allowed but probably not meant
     */
    record Contents(Map<String, Path> classes, Map<String, Path> libraries, String finalName,
            java.util.function.Consumer<String> info, java.util.function.Consumer<String> warnings) {
    }
}
