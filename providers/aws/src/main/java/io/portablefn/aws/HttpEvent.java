package io.portablefn.aws;

/**
 * An HTTP request from one of the AWS front doors ({@link EventShape}), as the event carries
 * it; {@link RequestDecoder} turns it into the neutral request and the response goes back in
 * the same {@link #shape()}.
 */
sealed interface HttpEvent extends AwsEvent permits HttpV1Event, HttpV2Event {

    /** The front door that sent the request, which also fixes the response's shape. */
    EventShape shape();

    /** The body as the event carries it, or null: text, or base64 when {@link #base64Encoded()}. */
    String body();

    boolean base64Encoded();
}
