package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.portablefn.aws.AwsEventAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.annotation.processing.Generated;

/**
 * AWS Lambda entry point of function {@code place-order}.
 *
 * <p>Handler: {@code com.acme.PlaceOrder_AwsHandler::handleRequest}
 */
@Generated("io.portablefn.processor")
public final class PlaceOrder_AwsHandler implements RequestStreamHandler {
    private static final AwsEventAdapter ADAPTER = new AwsEventAdapter(PlaceOrder_PortableFunction.FUNCTION);

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws
            IOException {
        ADAPTER.handle(input, output, context);
    }
}
