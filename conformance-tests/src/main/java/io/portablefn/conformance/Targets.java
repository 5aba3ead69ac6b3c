package io.portablefn.conformance;

import io.portablefn.conformance.aws.AwsRicTarget;
import io.portablefn.conformance.aws.AwsTargets;
import io.portablefn.conformance.azure.AzureTarget;
import io.portablefn.conformance.deployed.DeployedTargets;
import io.portablefn.conformance.events.EventTargets;
import io.portablefn.conformance.gcp.GcpInvokerTarget;
import io.portablefn.conformance.gcp.GcpTarget;
import io.portablefn.conformance.local.LocalTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The targets a suite runs on by default: every AWS front door, HTTP API events through AWS's real
 * Lambda runtime client, Azure, Google Cloud Functions in process and on Google's real invoker,
 * and portablefn's local server. Creating them is cheap;
 * the ones that need a process or a port start it on first use.
 */
public final class Targets {

    /** The system property that chooses the targets of every run, e.g. {@code -Dportablefn.targets=deployed}. */
    public static final String TARGETS_PROPERTY = "portablefn.targets";

    private Targets() {
    }

    /** A new instance of every target; the caller closes them. */
    public static List<Target> all() {
        List<Target> targets = new ArrayList<>(AwsTargets.all());
        targets.add(new AwsRicTarget());
        targets.add(new AzureTarget());
        targets.add(new GcpTarget());
        targets.add(new GcpInvokerTarget());
        targets.add(new LocalTarget());
        return targets;
    }

    /** The names of {@link #all()}, in order. */
    public static List<String> names() {
        List<Target> all = all();
        List<String> names = all.stream().map(Target::name).toList();
        closeQuietly(all);
        return names;
    }

    /**
     * The names a run asks for: the system property {@value #TARGETS_PROPERTY} (a comma-separated
     * list) when set, else {@code names}; empty means every target.
     */
    public static List<String> requested(List<String> names) {
        String override = System.getProperty(TARGETS_PROPERTY, "").strip();
        return override.isEmpty() ? List.copyOf(names) : List.of(override.split("\\s*,\\s*"));
    }

    /**
     * The HTTP targets with the given names, in {@link #all()}'s order then the deployed ones;
     * every target of {@link #all()} when {@code names} is empty. The system property
     * {@value #TARGETS_PROPERTY}, when set, replaces {@code names} ({@link #requested}). The name
     * {@code deployed} stands for every deployed target the environment configures
     * ({@link DeployedTargets}). Names of event targets ({@link EventTargets}) are accepted and
     * choose no HTTP target; a name that is neither is an error that lists the known ones.
     */
    public static List<Target> named(List<String> names) {
        List<String> wanted = requested(names);
        List<Target> all = all();
        if (wanted.isEmpty()) {
            return all;
        }
        if (wanted.stream().anyMatch(name -> name.startsWith("deployed"))) {
            List<Target> deployed = DeployedTargets.fromEnvironment();
            if (deployed.isEmpty()) {
                closeQuietly(all);
                throw new IllegalArgumentException("No deployed target is configured: set PORTABLEFN_DEPLOYED_<LABEL>_URL"
                        + " (see docs/conformance.md, 'Deployed clouds')");
            }
            all.addAll(deployed);
        }
        List<String> known = new ArrayList<>(all.stream().map(Target::name).toList());
        List<String> eventNames = EventTargets.names();
        List<String> unknown = wanted.stream()
                .filter(name -> !name.equals("deployed") && !known.contains(name) && !eventNames.contains(name)).toList();
        if (!unknown.isEmpty()) {
            closeQuietly(all);
            throw new IllegalArgumentException("Unknown target(s) " + unknown + "; the targets are "
                    + known.stream().collect(Collectors.joining(", ")) + ", and deployed"
                    + (eventNames.isEmpty() ? "" : "; the event targets are " + String.join(", ", eventNames)));
        }
        List<Target> chosen = new ArrayList<>();
        List<Target> rest = new ArrayList<>();
        all.forEach(target -> (wanted.contains(target.name())
                || wanted.contains("deployed") && target.name().startsWith("deployed-") ? chosen : rest).add(target));
        closeQuietly(rest);
        return chosen;
    }

    /** Closes every target; a target that fails to close does not stop the others from closing. */
    public static void closeQuietly(List<Target> targets) {
        for (Target target : targets) {
            try {
                target.close();
            } catch (Exception ignored) {
                // closing is best effort: a test run is ending, and a leaked port dies with the JVM
            }
        }
    }
}
