package io.portablefn.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Small helpers to compile test sources with the processor. */
final class Sources {

    private Sources() {
    }

    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new PortableFunctionProcessor()).compile(sources);
    }

    /** A class {@code test.Fn} with the given annotations, declaration and body. */
    static JavaFileObject function(String annotations, String declaration, String body) {
        return source("test.Fn",
                "package test;",
                "import io.portablefn.api.*;",
                annotations,
                declaration + " {",
                body,
                "}");
    }

    static final String RAW_BODY =
            "public HttpResponse handle(HttpRequest request, Context context) { return HttpResponse.ok().text(\"hi\"); }";
}
