package io.portablefn.conformance;

import io.portablefn.conformance.aws.AwsTargets;
import io.portablefn.conformance.azure.AzureTarget;
import io.portablefn.conformance.gcp.GcpInvokerTarget;
import io.portablefn.conformance.gcp.GcpTarget;
import io.portablefn.conformance.local.LocalTarget;
import java.util.ArrayList;
import java.util.List;

/** Every target the cross-target test runs. */
final class AllTargets {

    private AllTargets() {
    }

    static List<Target> create() {
        List<Target> targets = new ArrayList<>(AwsTargets.all());
        targets.add(new AzureTarget());
        targets.add(new GcpTarget());
        targets.add(new GcpInvokerTarget());
        targets.add(new LocalTarget());
        return targets;
    }
}
