package io.portablefn.conformance.aws.ric;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;

/** A Lambda handler whose class cannot initialise, so the runtime must report an init error. */
public class BrokenInit implements RequestStreamHandler {

    private static final Object CONFIG = load();

    private static Object load() {
        throw new IllegalStateException("BrokenInit fails on purpose while loading");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        throw new AssertionError("never called: " + CONFIG);
    }
}
