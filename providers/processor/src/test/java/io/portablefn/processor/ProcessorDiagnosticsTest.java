package io.portablefn.processor;

import static io.portablefn.processor.Sources.RAW_BODY;
import static io.portablefn.processor.Sources.compile;
import static io.portablefn.processor.Sources.fails;
import static io.portablefn.processor.Sources.function;
import static io.portablefn.processor.Sources.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * One failing compile per rule of the class and its HTTP trigger: each names its tag, the rule
 * and what is allowed. The event triggers' rules are in {@link EventDiagnosticsTest}.
 */
class ProcessorDiagnosticsTest {

    private static final String FN = "@Function(name = \"fn\")";
    private static final String GET = "@HttpTrigger(path = \"/fn\")";

    @Test
    void triggerWithoutFunction() {
        fails(compile(function(GET, "public class Fn implements HttpHandler", RAW_BODY)),
                "no-function", "add @Function(name = \"...\")");
    }

    @Test
    void functionWithoutTrigger() {
        fails(compile(function(FN, "public class Fn implements HttpHandler", RAW_BODY)),
                "no-trigger", "allowed: @HttpTrigger");
    }

    @Test
    void notAClass() {
        fails(compile(function(FN + GET, "public interface Fn extends HttpHandler", "")),
                "not-a-class", "@Function goes on a class");
    }

    @Test
    void notPublic() {
        fails(compile(function(FN + GET, "class Fn implements HttpHandler", RAW_BODY)),
                "not-public", "must be public");
    }

    @Test
    void innerClassNotStatic() {
        Compilation compilation = compile(source("test.Outer",
                "package test;",
                "import io.portablefn.api.*;",
                "public class Outer {",
                FN + GET,
                "public class Fn implements HttpHandler {", RAW_BODY, "}",
                "}"));
        fails(compilation, "not-public", "must be public and static");
    }

    @Test
    void abstractClass() {
        fails(compile(function(FN + GET, "public abstract class Fn implements HttpHandler", RAW_BODY)),
                "abstract", "must be concrete");
    }

    @Test
    void noPublicNoArgConstructor() {
        fails(compile(function(FN + GET, "public class Fn implements HttpHandler",
                "public Fn(String config) {}\n" + RAW_BODY)), "no-constructor", "public no-argument constructor");
    }

    @Test
    void invalidName() {
        fails(compile(function("@Function(name = \"9 lives\")" + GET, "public class Fn implements HttpHandler",
                RAW_BODY)), "invalid-name", "a letter first, then letters, digits or '-'");
    }

    @Test
    void invalidTimeout() {
        fails(compile(function("@Function(name = \"fn\", timeoutSeconds = 0)" + GET,
                "public class Fn implements HttpHandler", RAW_BODY)), "invalid-timeout", "use 1 to 900");
    }

    @Test
    void invalidPath() {
        fails(compile(function(FN + "@HttpTrigger(path = \"/orders/{id\")", "public class Fn implements HttpHandler",
                RAW_BODY)), "invalid-path", "e.g. /orders/{id}/items");
    }

    @Test
    void greedyParameterNotLast() {
        fails(compile(function(FN + "@HttpTrigger(path = \"/files/{rest+}/meta\")",
                "public class Fn implements HttpHandler", RAW_BODY)), "greedy-not-last",
                "the greedy parameter {rest+} takes the rest of the path, so it must be the last segment");
    }

    @Test
    void severalGreedyParameters() {
        fails(compile(function(FN + "@HttpTrigger(path = \"/files/{dir+}/{rest+}\")",
                "public class Fn implements HttpHandler", RAW_BODY)), "several-greedy",
                "more than one greedy parameter");
    }

    @Test
    void twoFunctionsOnTheSameMethodAndPath() {
        Compilation compilation = compile(
                function(FN + "@HttpTrigger(methods = HttpMethod.POST, path = \"/greet\")",
                        "public class Fn implements HttpHandler", RAW_BODY),
                source("test.Other", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"other\") @HttpTrigger(methods = {HttpMethod.GET, HttpMethod.POST},"
                                + " path = \"/greet\")",
                        "public class Other implements HttpHandler {", RAW_BODY, "}"));
        fails(compilation, "route-conflict", "Functions 'fn' (POST /greet) and 'other' (POST /greet) cannot both be"
                + " routed: they answer the same paths");
    }

    @Test
    void greedyTemplateBesideOneLikeItsParent() {
        Compilation compilation = compile(
                function(FN + "@HttpTrigger(path = \"/files/{rest+}\")", "public class Fn implements HttpHandler",
                        RAW_BODY),
                source("test.Other", "package test;", "import io.portablefn.api.*;",
                        "@Function(name = \"other\") @HttpTrigger(path = \"/files\")",
                        "public class Other implements HttpHandler {", RAW_BODY, "}"));
        fails(compilation, "route-conflict", "its empty remainder");
    }

    @Test
    void pathReservedForTheLocalServersEvents() {
        fails(compile(function(FN + "@HttpTrigger(path = \"/_portablefn/events/x\")",
                "public class Fn implements HttpHandler", RAW_BODY)), "invalid-path",
                "the local server delivers events under /_portablefn/");
    }

    @Test
    void noMethods() {
        fails(compile(function(FN + "@HttpTrigger(methods = {}, path = \"/fn\")",
                "public class Fn implements HttpHandler", RAW_BODY)), "no-methods", "give at least one");
    }

    @Test
    void noHandlerInterface() {
        fails(compile(function(FN + GET, "public class Fn", "")), "handler",
                "implement HttpHandler (request in, response out) or TypedHttpHandler (JSON body in and out");
    }

    @Test
    void bothHandlerInterfaces() {
        fails(compile(function(FN + GET, "public class Fn implements HttpHandler, TypedHttpHandler<String, String>",
                RAW_BODY + "\npublic String handle(String b, HttpRequest r, Context c) { return b; }")),
                "handler", "implement exactly one");
    }

    @Test
    void rawTypedHandler() {
        fails(compile(function(FN + GET, "@SuppressWarnings(\"rawtypes\") public class Fn implements TypedHttpHandler",
                "public Object handle(Object b, HttpRequest r, Context c) { return b; }")),
                "handler", "give its type arguments");
    }

    @Test
    void typeVariableBody() {
        fails(compile(function(FN + GET, "public class Fn<T> implements TypedHttpHandler<T, String>",
                "public String handle(T b, HttpRequest r, Context c) { return \"\"; }")),
                "handler", "must be concrete classes");
    }

    @Test
    void duplicateName() {
        Compilation compilation = compile(
                function(FN + GET, "public class Fn implements HttpHandler", RAW_BODY),
                source("test.Other", "package test;", "import io.portablefn.api.*;", FN + "@HttpTrigger(path = \"/o\")",
                        "public class Other implements HttpHandler {", RAW_BODY, "}"));
        fails(compilation, "duplicate-name", "Function name 'fn' is already used by test.");
    }

    @Test
    void failingGeneratorIsReportedNotThrown() {
        fails(compile(function("@Function(name = \"" + ExplodingGenerator.TRIGGER_NAME + "\")" + GET,
                "public class Fn implements HttpHandler", RAW_BODY)), "generator-failed",
                "The 'test-exploding' generator");
    }
}
