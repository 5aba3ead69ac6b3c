package io.portablefn.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.portablefn.api.Function;
import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.TriggerModel;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The rules a {@code @Function} class must keep, each reported under its own tag
 * (docs/processor.md lists them): the class itself here, its trigger in {@link TriggerChecks},
 * its handler interface in {@link HandlerChecks}. Returns a model only when every rule holds.
 */
final class FunctionChecks {

    static final String FUNCTION = Function.class.getName();
    static final String ALLOWED_TRIGGERS = TriggerChecks.TRIGGERS.stream().map(t -> "@" + t.getSimpleName())
            .collect(java.util.stream.Collectors.joining(", "));
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,59}");

    private final Diagnostics diagnostics;
    private final TriggerChecks triggerChecks;
    private final HandlerChecks handlerChecks;

    FunctionChecks(Types types, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.triggerChecks = new TriggerChecks(diagnostics);
        this.handlerChecks = new HandlerChecks(types, diagnostics);
    }

    /** The checked function, or null when a rule is broken (errors are reported). */
    CheckedFunction check(TypeElement type) {
        Function function = type.getAnnotation(Function.class);
        List<Annotation> triggers = new ArrayList<>();
        for (Class<? extends Annotation> kind : TriggerChecks.TRIGGERS) {
            Annotation trigger = type.getAnnotation(kind);
            if (trigger != null) {
                triggers.add(trigger);
            }
        }
        if (function == null) {
            String trigger = triggers.get(0).annotationType().getName();
            diagnostics.error("no-function", type + " has @" + simpleName(trigger) + " but no @Function: a trigger"
                    + " belongs to a function; add @Function(name = \"...\")", type, trigger);
            return null;
        }
        boolean ok = checkClass(type) & checkName(type, function) & checkTimeout(type, function);
        if (triggers.size() != 1) {
            String found = triggers.stream().map(t -> "@" + t.annotationType().getSimpleName()).toList().toString();
            diagnostics.error(triggers.isEmpty() ? "no-trigger" : "several-triggers", "Function '" + function.name()
                    + "' (" + type + ") has " + (triggers.isEmpty() ? "no trigger" : found) + ": give it exactly one"
                    + " trigger annotation; allowed: " + ALLOWED_TRIGGERS, type, FUNCTION);
            return null;
        }
        String annotation = triggers.get(0).annotationType().getName();
        TriggerModel trigger = triggerChecks.check(type, function.name(), triggers.get(0));
        TypeMirror bodyType = trigger == null ? null : handlerChecks.bodyType(type, trigger, annotation);
        if (!ok || bodyType == null) {
            return null;
        }
        ClassName userClass = ClassName.get(type);
        FunctionModel model = new FunctionModel(function.name(), function.timeoutSeconds(), userClass,
                sourceClassOf(userClass), trigger, type);
        return new CheckedFunction(model, bodyType.getKind() == TypeKind.NONE ? null : TypeName.get(bodyType));
    }

    private static String simpleName(String annotation) {
        return annotation.substring(annotation.lastIndexOf('.') + 1);
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

    /** A function that passed every check, with its body type (null for a raw handler). */
    record CheckedFunction(FunctionModel model, TypeName bodyType) {
    }
}
