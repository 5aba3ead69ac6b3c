package io.portablefn.azure;

/**
 * What an Azure event method throws so that the host counts the invocation as failed and delivers
 * the event again (and finally moves a message to the poison or dead-letter queue). The worker
 * sends the host this message and a stack trace; the message is always ours (which function,
 * which ids, what happens next), never a handler's exception text, and there is no stack trace.
 */
final class EventFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EventFailure(String message) {
        super(message, null, false, false);
    }
}
