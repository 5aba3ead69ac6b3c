package io.portablefn.processor;

import io.portablefn.processor.spi.ProviderGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the provider generators on the processor path. The rule: none is allowed (only the
 * definitions and the index are written, and a note says how to add a provider); two for one
 * provider is an error naming both, since the output would depend on the order of the path.
 */
final class Generators {

    static final String SERVICES_FILE = "META-INF/services/" + ProviderGenerator.class.getName();

    private Generators() {
    }

    static List<ProviderGenerator> load(ClassLoader loader, Diagnostics diagnostics) {
        List<ProviderGenerator> generators = new ArrayList<>();
        Map<String, ProviderGenerator> byProvider = new HashMap<>();
        try {
            for (ProviderGenerator generator : ServiceLoader.load(ProviderGenerator.class, loader)) {
                ProviderGenerator other = byProvider.putIfAbsent(generator.provider(), generator);
                if (other != null) {
                    diagnostics.error("generator-conflict", "Two generators for provider '" + generator.provider()
                            + "' are on the annotation processor path (" + other.getClass().getName() + " and "
                            + generator.getClass().getName() + ", each listed in a " + SERVICES_FILE
                            + "): keep one version of each portablefn provider on the path", null, null);
                    continue;
                }
                generators.add(generator);
            }
        } catch (ServiceConfigurationError broken) {
            diagnostics.error("generator-conflict", "A provider generator listed in " + SERVICES_FILE
                    + " could not be loaded: " + broken.getMessage(), null, null);
        }
        if (generators.isEmpty()) {
            diagnostics.note("No provider generator on the annotation processor path: only function definitions"
                    + " and the index are written. Add io.portablefn:portablefn-aws, -azure or -gcp to"
                    + " annotationProcessorPaths to generate their entry points.");
        }
        return generators;
    }
}
