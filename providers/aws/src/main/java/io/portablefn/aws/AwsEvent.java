package io.portablefn.aws;

import java.util.List;

/**
 * An AWS event as {@link EventReader} decoded it: exactly one of a small family, told apart
 * while reading, so that each kind carries only its own fields and a new kind is a new member,
 * not more fields on a shared bag.
 * <ul>
 *   <li>{@link HttpEvent}: an HTTP request of one of the four front doors, in payload format 1.0
 *       ({@link HttpV1Event}: REST API, HTTP API 1.0, ALB) or 2.0 ({@link HttpV2Event}: HTTP API
 *       2.0, Function URL);
 *   <li>{@link RecordsEvent}: {@code Records} of SQS, SNS, S3 or another event source;
 *   <li>{@link EventBridgeEvent}: an event with EventBridge's {@code source} or
 *       {@code detail-type};
 *   <li>{@link UnknownEvent}: a JSON object of none of these shapes.
 * </ul>
 * Input that is not a JSON object is no event at all: the reader gives null. Which kind a
 * function takes is {@link EventKind}'s rule. A decoded event never leaves the invocation that
 * read it.
 */
sealed interface AwsEvent permits HttpEvent, RecordsEvent, EventBridgeEvent, UnknownEvent {

    /**
     * The names of the event's top-level fields, in order: its shape, for the log line about an
     * event a function does not take (names only, never values).
     */
    List<String> topLevelKeys();
}
