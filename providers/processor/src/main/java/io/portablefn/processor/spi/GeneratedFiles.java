package io.portablefn.processor.spi;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;

/** Where a generator writes; backed by the compiler's Filer. */
public interface GeneratedFiles {

    /**
     * A class builder already marked {@code @Generated("io.portablefn.processor")}, public and
     * final, with the function's class recorded as its originating element.
     */
    TypeSpec.Builder newClass(ClassName name, FunctionModel function);

    /** Writes a type made with {@link #newClass}. */
    void write(ClassName name, TypeSpec type) throws IOException;

    /** Writes a resource (a descriptor) to the class output, e.g. {@code portablefn/azure/host.json}. */
    void writeResource(String path, String content, FunctionModel function) throws IOException;
}
