package io.portablefn.processor;

import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Compile errors with a stable tag, attached to the element and annotation that broke the
 * rule, so that IDEs underline the right place and tests can match the tag.
 */
final class Diagnostics {

    private final Messager messager;
    private boolean errors;

    Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** Reports an error: {@code [portablefn:tag] message}. */
    void error(String tag, String message, Element element, String annotation) {
        errors = true;
        String text = "[portablefn:" + tag + "] " + message;
        if (element == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element, mirror(element, annotation));
        }
    }

    void note(String message) {
        messager.printMessage(Diagnostic.Kind.NOTE, "[portablefn] " + message);
    }

    boolean hadErrors() {
        return errors;
    }

    private static AnnotationMirror mirror(Element element, String annotation) {
        if (element == null || annotation == null) {
            return null;
        }
        List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
        for (AnnotationMirror mirror : mirrors) {
            if (mirror.getAnnotationType().toString().equals(annotation)) {
                return mirror;
            }
        }
        return null;
    }
}
