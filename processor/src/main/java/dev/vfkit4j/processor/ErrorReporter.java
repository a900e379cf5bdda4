package dev.vfkit4j.processor;

import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Reports {@link Diagnostic}s on the most precise place: the element, its annotation and, where it applies, the
 * annotation's value. Counts errors so that a record with errors generates nothing, while other records go on.
 */
final class ErrorReporter {
    private final Messager messager;
    private int errors;

    ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    int errorCount() {
        return errors;
    }

    void error(Element element, Diagnostic diagnostic, Object... arguments) {
        errors++;
        messager.printMessage(Kind.ERROR, diagnostic.format(arguments), element);
    }

    /** Reports on {@code annotation} (by simple or qualified name) of {@code element}, and on its {@code member}. */
    void error(Element element, String annotation, String member, Diagnostic diagnostic, Object... arguments) {
        AnnotationMirror mirror = findAnnotation(element, annotation);
        errors++;
        if (mirror == null) {
            messager.printMessage(Kind.ERROR, diagnostic.format(arguments), element);
            return;
        }
        AnnotationValue value = member == null ? null : findValue(mirror, member);
        if (value == null) {
            messager.printMessage(Kind.ERROR, diagnostic.format(arguments), element, mirror);
        } else {
            messager.printMessage(Kind.ERROR, diagnostic.format(arguments), element, mirror, value);
        }
    }

    static AnnotationMirror findAnnotation(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotation) || type.getSimpleName().contentEquals(annotation)) {
                return mirror;
            }
        }
        return null;
    }

    private static AnnotationValue findValue(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
