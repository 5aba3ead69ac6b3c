package io.portablefn.processor;

import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.GeneratedFiles;
import io.portablefn.processor.spi.ProviderGenerator;

/** A test generator that writes an empty {@code Xxx_TestEntry} class, so the manifest has an entry point to record. */
public final class EntryPointGenerator implements ProviderGenerator {

    @Override
    public String provider() {
        return "test-entry";
    }

    @Override
    public void generate(FunctionModel function, GeneratedFiles out) throws Exception {
        var name = function.generatedClass("TestEntry");
        out.write(name, out.newClass(name, function).build());
    }
}
