package io.portablefn.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.portablefn.api.Function;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.HttpTrigger;
import io.portablefn.api.TypedHttpHandler;
import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.FunctionModel.HttpTriggerModel;
import io.portablefn.runtime.PathTemplate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The rules a {@code @Function} class must keep, each reported under its own tag
 * (docs/processor.md lists them). Returns a model only when every rule holds.
 */
final class FunctionChecks {

    static final String FUNCTION = Function.class.getName();
    static final String HTTP_TRIGGER = HttpTrigger.class.getName();
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,59}");

    private final Types types;
    private final Diagnostics diagnostics;

    FunctionChecks(Types types, Diagnostics diagnostics) {
        this.types = types;
        this.diagnostics = diagnostics;
    }

    /** The checked function, or null when a rule is broken (errors are reported). */
    CheckedFunction check(TypeElement type) {
        Function function = type.getAnnotation(Function.class);
        HttpTrigger http = type.getAnnotation(HttpTrigger.class);
        if (function == null) {
            diagnostics.error("no-function", type + " has @HttpTrigger but no @Function: a trigger belongs to a"
                    + " function; add @Function(name = \"...\")", type, HTTP_TRIGGER);
            return null;
        }
        boolean ok = checkClass(type) & checkName(type, function) & checkTimeout(type, function);
        if (http == null) {
            diagnostics.error("no-trigger", "Function '" + function.name() + "' (" + type + ") has no trigger:"
                    + " add exactly one trigger annotation; allowed: @HttpTrigger", type, FUNCTION);
            return null;
        }
        ok &= checkPath(type, http);
        if (http.methods().length == 0) {
            diagnostics.error("no-methods", "@HttpTrigger on " + type + " lists no methods: give at least one,"
                    + " e.g. methods = HttpMethod.GET", type, HTTP_TRIGGER);
            ok = false;
        }
        TypeMirror bodyType = handlerBodyType(type);
        if (!ok || bodyType == null) {
            return null;
        }
        ClassName userClass = ClassName.get(type);
        FunctionModel model = new FunctionModel(function.name(), function.timeoutSeconds(), userClass,
                sourceClassOf(userClass),
                new HttpTriggerModel(List.copyOf(Arrays.asList(http.methods())), http.path()), type);
        return new CheckedFunction(model, bodyType.getKind() == TypeKind.NONE ? null : TypeName.get(bodyType));
    }

    static ClassName sourceClassOf(ClassName userClass) {
        return ClassName.get(userClass.packageName(), String.join("_", userClass.simpleNames()) + "_PortableFunction");
    }

    private boolean checkClass(TypeElement type) {
        if (type.getKind() != ElementKind.CLASS) {
            diagnostics.error("not-a-class", "@Function goes on a class; " + type + " is a "
                    + type.getKind().toString().toLowerCase(java.util.Locale.ROOT), type, FUNCTION);
            return false;
        }
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            boolean nested = e.getEnclosingElement() instanceof TypeElement;
            if (!e.getModifiers().contains(Modifier.PUBLIC) || (nested && !e.getModifiers().contains(Modifier.STATIC))) {
                diagnostics.error("not-public", type + " must be public" + (nested ? " and static (or top-level)" : "")
                        + " so that every cloud's runtime can create it", type, FUNCTION);
                return false;
            }
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            diagnostics.error("abstract", type + " is abstract: a function class must be concrete so that one"
                    + " instance can be created", type, FUNCTION);
            return false;
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        diagnostics.error("no-constructor", type + " has no public no-argument constructor: add one, since"
                + " portablefn creates the one instance at start-up without dependency injection", type, FUNCTION);
        return false;
    }

    private boolean checkName(TypeElement type, Function function) {
        if (NAME.matcher(function.name()).matches()) {
            return true;
        }
        diagnostics.error("invalid-name", "Function name '" + function.name() + "' on " + type + " is not allowed:"
                + " use 1 to 60 characters, a letter first, then letters, digits or '-'", type, FUNCTION);
        return false;
    }

    private boolean checkTimeout(TypeElement type, Function function) {
        if (function.timeoutSeconds() >= 1 && function.timeoutSeconds() <= 900) {
            return true;
        }
        diagnostics.error("invalid-timeout", "timeoutSeconds = " + function.timeoutSeconds() + " on " + type
                + " is out of range: use 1 to 900 (AWS Lambda's limit is 900 s)", type, FUNCTION);
        return false;
    }

    private boolean checkPath(TypeElement type, HttpTrigger http) {
        try {
            PathTemplate.parse(http.path());
            return true;
        } catch (IllegalArgumentException invalid) {
            diagnostics.error("invalid-path", invalid.getMessage(), type, HTTP_TRIGGER);
            return false;
        }
    }

    /**
     * The handler's body type: NONE-kinded for a raw {@link HttpHandler}, the {@code I} of
     * {@link TypedHttpHandler}; null (with an error) when the signature is wrong.
     */
    private TypeMirror handlerBodyType(TypeElement type) {
        DeclaredType raw = findSupertype(type, HttpHandler.class.getName());
        DeclaredType typed = findSupertype(type, TypedHttpHandler.class.getName());
        if (raw != null && typed != null) {
            diagnostics.error("handler", type + " implements both HttpHandler and TypedHttpHandler: implement"
                    + " exactly one", type, HTTP_TRIGGER);
            return null;
        }
        if (raw != null) {
            return types.getNoType(TypeKind.NONE);
        }
        if (typed == null) {
            diagnostics.error("handler", type + " has @HttpTrigger but implements no HTTP handler: implement"
                    + " HttpHandler (request in, response out) or TypedHttpHandler<I, O> (JSON body in and out)",
                    type, HTTP_TRIGGER);
            return null;
        }
        List<? extends TypeMirror> arguments = typed.getTypeArguments();
        if (arguments.size() != 2) {
            diagnostics.error("handler", type + " implements the raw type TypedHttpHandler: give its type"
                    + " arguments, e.g. TypedHttpHandler<OrderRequest, Order>", type, HTTP_TRIGGER);
            return null;
        }
        for (TypeMirror argument : arguments) {
            if (argument.getKind() != TypeKind.DECLARED && argument.getKind() != TypeKind.ARRAY) {
                diagnostics.error("handler", type + " implements TypedHttpHandler with '" + argument + "': the body"
                        + " and result types must be concrete classes, records, arrays or Void, so that they"
                        + " are known at compile time", type, HTTP_TRIGGER);
                return null;
            }
        }
        return arguments.get(0);
    }

    /** The supertype of {@code type} whose erasure is {@code name}, with its type arguments. */
    private DeclaredType findSupertype(TypeElement type, String name) {
        Deque<TypeMirror> pending = new ArrayDeque<>();
        pending.add(type.asType());
        while (!pending.isEmpty()) {
            TypeMirror current = pending.poll();
            if (current instanceof DeclaredType declared
                    && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(name)) {
                return declared;
            }
            pending.addAll(types.directSupertypes(current));
        }
        return null;
    }

    /** A function that passed every check, with its body type (null for a raw handler). */
    record CheckedFunction(FunctionModel model, TypeName bodyType) {
    }
}
