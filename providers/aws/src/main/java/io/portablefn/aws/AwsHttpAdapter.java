package io.portablefn.aws;

import io.portablefn.api.FunctionLogger;
import io.portablefn.api.HttpException;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.HttpResponse;
import io.portablefn.api.Provider;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.InvocationContext;
import io.portablefn.runtime.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Runs one portable HTTP function on AWS Lambda. The generated {@code <Function>_AwsHandler}
 * (a {@code RequestStreamHandler}) holds one instance and hands it every invocation.
 *
 * <p>One adapter serves all four AWS HTTP front doors, told apart by the event itself: API
 * Gateway REST APIs (payload 1.0), HTTP APIs (payload 2.0), Application Load Balancers (with or
 * without multi-value headers) and Lambda Function URLs. The response is written in the shape
 * the request came in. Events are read and written with streaming JSON, without data binding,
 * to keep cold starts short. docs/mapping.md states every field's mapping.
 *
 * <p>Bad input never becomes an exception for Lambda to report: an event of no known shape, or
 * no JSON at all, is answered with a 400 problem response in the HTTP API 2.0 shape naming the
 * shapes accepted and, when it is another kind of AWS event (an SQS batch, an S3 notification),
 * what it is ({@link EventKind}), and logged once as a warning with the event's kind and top-level
 * keys (never its values); a body marked base64 that is not is a 400 in the request's own shape.
 *
 * <p>Immutable and thread-safe.
 */
public final class AwsHttpAdapter {

    private final HttpFunction function;

    public AwsHttpAdapter(HttpFunction function) {
        this.function = Objects.requireNonNull(function, "function");
    }

    /**
     * Handles one invocation: reads the event from {@code in}, writes the response JSON to
     * {@code out}.
     *
     * @param lambda the Lambda context; null (in tests) gives a random invocation id, a deadline
     *     of the function's declared timeout and java.util.logging
     * @throws IOException only when reading {@code in} or writing {@code out} fails
     */
    public void handle(InputStream in, OutputStream out, com.amazonaws.services.lambda.runtime.Context lambda)
            throws IOException {
        long start = System.currentTimeMillis();
        AwsEvent event = EventReader.readOrNull(in);
        FunctionLogger logger = LambdaLogging.of(lambda);
        if (event instanceof HttpEvent http) {
            ResponseEncoder.write(respond(http, lambda, logger, start), http.shape(), logger, out);
        } else {
            logger.warn("Function '" + function.name() + "' takes HTTP requests, but received " + EventKind.shape(event)
                    + "; answered 400. Check the trigger that invokes it.");
            ResponseEncoder.write(Problems.response(400, "This function accepts HTTP events from "
                    + EventShape.ACCEPTED + "; the event received is " + EventKind.describe(event)
                    + ", none of these: check the trigger that invokes this function."),
                    EventShape.HTTP_API_V2, logger, out);
        }
        out.flush();
    }

    private HttpResponse respond(HttpEvent event, com.amazonaws.services.lambda.runtime.Context lambda,
            FunctionLogger logger, long start) {
        HttpRequest request;
        try {
            request = RequestDecoder.decode(event);
        } catch (HttpException badRequest) {
            return Problems.of(badRequest);
        }
        InvocationContext context = context(request, lambda, logger, start);
        try {
            return function.invoke(request, context);
        } catch (RuntimeException bug) {
            // HttpFunction.invoke does not throw; should it ever, Lambda still gets a response.
            logger.error("Function '" + function.name() + "' failed outside its handler", bug);
            return Problems.internalError(context.invocationId());
        }
    }

    private InvocationContext context(HttpRequest request, com.amazonaws.services.lambda.runtime.Context lambda,
            FunctionLogger logger, long start) {
        String invocationId;
        Instant deadline;
        if (lambda != null) {
            invocationId = Objects.requireNonNullElse(lambda.getAwsRequestId(), request.requestId());
            deadline = Instant.ofEpochMilli(System.currentTimeMillis() + lambda.getRemainingTimeInMillis());
        } else {
            invocationId = request.requestId().isEmpty() ? UUID.randomUUID().toString() : request.requestId();
            deadline = Instant.ofEpochMilli(start).plusSeconds(function.timeoutSeconds());
        }
        return new InvocationContext(Provider.AWS, invocationId, function.name(), deadline, logger);
    }

    @Override
    public String toString() {
        return "AwsHttpAdapter[" + function + "]";
    }
}
