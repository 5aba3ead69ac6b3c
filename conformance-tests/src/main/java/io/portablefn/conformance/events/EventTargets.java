package io.portablefn.conformance.events;

import io.portablefn.conformance.Targets;
import io.portablefn.conformance.aws.events.AwsEventTarget;
import io.portablefn.conformance.azure.events.AzureEventTarget;
import io.portablefn.conformance.gcp.events.GcpEventTarget;
import io.portablefn.conformance.gcp.events.GcpInvokerEventTarget;
import io.portablefn.conformance.local.LocalEventTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * The event targets a suite runs event cases on by default: one per cloud in process, each
 * delivering events as that cloud does (docs/events.md), the same through AWS's and Google's real
 * runtimes, and portablefn's local server through its event endpoint. Creating them is cheap; one that needs a process
 * starts it on first use. They are chosen by name with the same system property and lists as the
 * HTTP targets ({@link Targets#named}): a name that is an HTTP target's only is simply not an
 * event target, and the other way round.
 */
public final class EventTargets {

    private EventTargets() {
    }

    /** A new instance of every event target; the caller closes them. */
    public static List<EventTarget> all() {
        List<EventTarget> targets = new ArrayList<>();
        targets.add(new AwsEventTarget());
        targets.add(AwsEventTarget.onRuntimeClient());
        targets.add(new AzureEventTarget());
        targets.add(new GcpEventTarget());
        targets.add(new GcpInvokerEventTarget());
        targets.add(new LocalEventTarget());
        return targets;
    }

    /** The names of {@link #all()}, in order. */
    public static List<String> names() {
        List<EventTarget> all = all();
        List<String> names = all.stream().map(EventTarget::name).toList();
        closeQuietly(all);
        return names;
    }

    /**
     * The event targets with the given names, in {@link #all()}'s order; every one when the
     * request is empty. {@value Targets#TARGETS_PROPERTY}, when set, replaces {@code names}, as
     * for HTTP targets. Names are checked by {@link Targets#named}, which knows both kinds; here
     * a name that is no event target's is left out.
     */
    public static List<EventTarget> named(List<String> names) {
        return chosen(all(), names);
    }

    /** The targets of {@code all} that {@code names} (or the system property) ask for; the others are closed. */
    static List<EventTarget> chosen(List<EventTarget> all, List<String> names) {
        List<String> wanted = Targets.requested(names);
        if (wanted.isEmpty()) {
            return all;
        }
        List<EventTarget> chosen = new ArrayList<>();
        List<EventTarget> rest = new ArrayList<>();
        all.forEach(target -> (wanted.contains(target.name()) ? chosen : rest).add(target));
        closeQuietly(rest);
        return chosen;
    }

    /** Closes every target; one that fails to close does not stop the others. */
    public static void closeQuietly(List<? extends EventTarget> targets) {
        for (EventTarget target : targets) {
            try {
                target.close();
            } catch (Exception ignored) {
                // best effort at the end of a run: a leaked process dies with the JVM
            }
        }
    }
}
