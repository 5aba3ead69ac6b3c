package io.portablefn.processor;

import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.GeneratedFiles;
import io.portablefn.processor.spi.ProviderGenerator;

/** A test generator that throws for one function name, to prove failures become diagnostics. */
public final class ExplodingGenerator implements ProviderGenerator {

    static final String TRIGGER_NAME = "explode-generator";

    @Override
    public String provider() {
        return "test-exploding";
    }

    @Override
    public void generate(FunctionModel function, GeneratedFiles out) {
        if (function.name().equals(TRIGGER_NAME)) {
            throw new IllegalStateException("boom");
        }
    }
}
