package io.portablefn.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

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

    /** Asserts that the compilation failed with an error of {@code tag} that contains {@code text}. */
    static void fails(Compilation compilation, String tag, String text) {
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[portablefn:" + tag + "]");
        assertThat(compilation).hadErrorContaining(text);
    }

    static final String MESSAGE_BODY = "public void handle(Message message, Context context) {}";
    static final String STORAGE_BODY = "public void handle(StorageEvent event, Context context) {}";
    static final String SCHEDULE_BODY = "public void handle(ScheduleEvent event, Context context) {}";

    static final String RAW_BODY =
            "public HttpResponse handle(HttpRequest request, Context context) { return HttpResponse.ok().text(\"hi\"); }";
}
