package io.portablefn.conformance.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;
import java.util.Optional;

/**
 * One AWS front door in front of a Lambda function: what it makes of a client's request (the
 * event) and of the function's answer (what the client receives), and what it answers when a
 * request is too large to reach the function. Where AWS's answer to a refusal is neither
 * documented nor captured anywhere public, the front door throws
 * {@link io.portablefn.conformance.TargetCannotRun} rather than invent one.
 */
interface Front {

    /**
     * The front door's own answer to a request body over its own limit, refused before any event
     * is built; empty when it accepts a body of {@code bodyBytes}.
     */
    Optional<WireResponse> bodyRefused(int bodyBytes);

    /** The event this front door would send the function for this request. */
    ObjectNode event(WireRequest request);

    /** What the client receives when Lambda refuses the event as over {@link LambdaPayload}'s limit. */
    WireResponse payloadRefused();

    /** What the client receives when the function answers with {@code response}. */
    WireResponse response(JsonNode response);

    /** What the client receives when the invocation fails (the function threw or answered no JSON). */
    WireResponse invocationFailed();
}
