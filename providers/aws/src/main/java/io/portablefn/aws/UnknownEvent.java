package io.portablefn.aws;

import java.util.List;

/** A JSON object of no AWS event shape portablefn knows; only its top-level keys are kept, for the log. */
record UnknownEvent(List<String> topLevelKeys) implements AwsEvent {
}
