package io.portablefn.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the providers' own sample events are ({@code ../shared/provider-events}, beside the
 * repository, as CI has them; or the folder named by the system property
 * {@code portablefn.providerEvents}). They are read, never copied into the project; tests that
 * use them are skipped where the folder is absent.
 */
public final class ProviderEvents {

    private ProviderEvents() {
    }

    /** The folder of one cloud's samples ({@code aws}, {@code azure}, {@code gcp}), if there is one. */
    public static Optional<Path> folder(String cloud) {
        for (Path candidate : candidates()) {
            if (Files.isDirectory(candidate.resolve(cloud))) {
                return Optional.of(candidate.resolve(cloud));
            }
        }
        return Optional.empty();
    }

    /** Where {@link #folder} looks, for the message of a skipped test. */
    public static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("portablefn.providerEvents");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        // A module's tests run in providers/<cloud>; the repository sits beside shared/.
        candidates.add(Path.of("").toAbsolutePath().resolve("../../../shared/provider-events").normalize());
        return candidates;
    }
}
