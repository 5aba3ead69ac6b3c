package io.portablefn.conformance.aws;

/**
 * Lambda's limit on a synchronous invocation's request payload, which every HTTP front door's
 * event must pass: the event JSON (with the body in it, base64 where binary), not the body alone.
 * Lambda refuses a larger event before any code of the function runs, and the front door answers
 * the client in its own way ({@link Front#payloadRefused()}).
 *
 * <p>Evidence: the Lambda quotas page (docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html,
 * "6 MB each for request and response (synchronous)"); the exact figure is in Lambda's refusal,
 * {@code RequestEntityTooLargeException: Request must be smaller than 6291456 bytes for the
 * InvokeFunction operation} (awslabs/aws-athena-query-federation issue 793; Zac Charles, "Deep
 * Dive: Lambda's Request Payload Size Limit", 2022).
 */
final class LambdaPayload {

    /** An event must be smaller than this many bytes (6 MiB). */
    static final int MAX_REQUEST_BYTES = 6 * 1024 * 1024;

    private LambdaPayload() {
    }

    /** Whether Lambda refuses to invoke the function with {@code event}. */
    static boolean refuses(byte[] event) {
        return event.length >= MAX_REQUEST_BYTES;
    }
}
