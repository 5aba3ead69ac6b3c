package io.portablefn.aws;

/**
 * Thrown from an event function's handler so that Lambda counts the invocation as failed and
 * delivers the event again: an asynchronous event (SNS, S3, EventBridge) of which a record
 * failed, which Lambda retries and finally hands to the function's on-failure destination or
 * dead-letter queue; an event of the wrong kind; an SQS batch that cannot be answered message by
 * message. Lambda reports its class and message as the invocation's error, so the message is
 * portablefn's own (the function, the ids, what to check), never a handler's exception message,
 * and it carries no stack trace.
 */
final class EventInvocationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EventInvocationException(String message) {
        super(message, null, false, false);
    }
}
