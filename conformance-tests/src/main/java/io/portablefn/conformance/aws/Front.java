package io.portablefn.conformance.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portablefn.conformance.WireRequest;
import io.portablefn.conformance.WireResponse;

/**
 * One AWS front door in front of a Lambda function: what it makes of a client's request (the
 * event) and of the function's answer (what the client receives).
 */
interface Front {

    /** The event this front door would send the function for this request. */
    ObjectNode event(WireRequest request);

    /** What the client receives when the function answers with {@code response}. */
    WireResponse response(JsonNode response);

    /** What the client receives when the invocation fails (the function threw or answered no JSON). */
    WireResponse invocationFailed();
}
