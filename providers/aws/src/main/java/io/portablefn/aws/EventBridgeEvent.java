package io.portablefn.aws;

import java.util.List;

/**
 * An EventBridge event: one with a {@code source} or {@code detail-type} and no {@code Records}.
 * A scheduled event (an EventBridge rule's or EventBridge Scheduler's) is one of these
 * ({@link EventKind#SCHEDULE}); its {@code id} and {@code time} are the firing's.
 */
record EventBridgeEvent(List<String> topLevelKeys, String source, String detailType, String id, String time)
        implements AwsEvent {
}
