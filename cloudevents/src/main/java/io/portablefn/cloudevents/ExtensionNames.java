package io.portablefn.cloudevents;

import java.util.Set;

/**
 * Which message attribute names can be CloudEvents extension attributes as they are. The spec
 * (1.0.2, "Attribute Naming Convention") says names MUST be lower-case ASCII letters and digits
 * and SHOULD NOT exceed 20 characters; cloudevents-core checks only the first, but other SDKs
 * and brokers refuse longer names, so both are kept here.
 */
final class ExtensionNames {

    static final int MAX_LENGTH = 20;

    /**
     * The spec's own context attributes, the JSON format's data members, and the extension this
     * library sets itself: an attribute by one of these names would clash with them.
     */
    static final Set<String> TAKEN = Set.of("specversion", "id", "source", "type", "datacontenttype",
            "dataschema", "subject", "time", "data", PortableCloudEvents.PARTITION_KEY);

    private ExtensionNames() {
    }

    static boolean usable(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH || TAKEN.contains(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
