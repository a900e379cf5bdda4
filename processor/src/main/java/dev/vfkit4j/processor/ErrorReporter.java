package dev.vfkit4j.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Reports {@link Diagnostic}s on the most precise place: the element, its annotation and, where it applies, the
 * annotation's value (down to one string of an array). Counts errors so that a record with errors generates no real
 * code, while other records go on.
 *
 * <p>javac's {@link Messager} cannot place a message on a record component (it finds no declaration for one and
 * reports the message with no file or line), nor on one of several repeated annotations (it looks for the mirror only
 * among the container's). Inside javac, the reporter finds the source tree itself and reports through {@link Trees}.
 * A record component needs one more step: javac strips annotations that only target record components from the
 * header's trees before processors run, so the reporter finds them in a fresh parse of the same file (on the error
 * path only, once per file) and reports at that position. Under another compiler it falls back to the
 * {@link Messager}.
 */
final class ErrorReporter {
    static final String ANNOTATIONS_PACKAGE = "dev.vfkit4j.annotations";

    private final Messager messager;
    /** javac's source trees, or null under another compiler (or a wrapped environment). */
    private final Trees trees;
    /** Fresh, unattributed parses of files with errors, by file; see the class comment. */
    private final Map<URI, CompilationUnitTree> reparsed = new HashMap<>();
    private int errors;

    ErrorReporter(ProcessingEnvironment env) {
        this.messager = env.getMessager();
        this.trees = javacTrees(env);
    }

    private static Trees javacTrees(ProcessingEnvironment env) {
        try {
            return Trees.instance(env);
        } catch (IllegalArgumentException | LinkageError e) {
            return null; // not javac: the Messager's own positions will have to do
        }
    }

    int errorCount() {
        return errors;
    }

    void error(Element element, Diagnostic diagnostic, Object... arguments) {
        report(element, null, null, null, diagnostic.format(arguments));
    }

    /**
     * Reports on vfkit4j's annotation {@code annotation} (simple name, e.g. {@code "Option"}) of {@code element}, and
     * on its {@code member} when not null.
     */
    void error(Element element, String annotation, String member, Diagnostic diagnostic, Object... arguments) {
        report(element, findAnnotation(element, annotation), member, null, diagnostic.format(arguments));
    }

    /**
     * Reports on {@code annotation} of {@code element} (possibly one of several repeated ones), on its {@code member}
     * when not null, and on the string {@code arrayElement} of that member when it is an array holding it.
     */
    void error(Element element, AnnotationMirror annotation, String member, String arrayElement,
            Diagnostic diagnostic, Object... arguments) {
        report(element, annotation, member, arrayElement, diagnostic.format(arguments));
    }

    private void report(Element element, AnnotationMirror annotation, String member, String arrayElement,
            String message) {
        errors++;
        boolean direct = annotation == null || element.getAnnotationMirrors().contains(annotation);
        if (trees != null && (element.getKind() == ElementKind.RECORD_COMPONENT || !direct)
                && reportOnTree(element, annotation, member, arrayElement, message)) {
            return;
        }
        if (annotation == null || !direct) {
            messager.printMessage(Kind.ERROR, message, element);
            return;
        }
        AnnotationValue value = member == null ? null : findValue(annotation, member);
        if (value == null) {
            messager.printMessage(Kind.ERROR, message, element, annotation);
            return;
        }
        AnnotationValue item = arrayElement == null ? null : arrayItem(value, arrayElement);
        messager.printMessage(Kind.ERROR, message, element, annotation, item != null ? item : value);
    }

    /**
     * Where {@code element} is declared, as {@code " (line 12)"}, for a message that names a second place; empty
     * under another compiler or when the element has no source.
     */
    String lineOf(Element element) {
        if (trees == null) {
            return "";
        }
        boolean component = element.getKind() == ElementKind.RECORD_COMPONENT;
        TreePath path = trees.getPath(component ? element.getEnclosingElement() : element);
        Tree declaration = path == null ? null
                : component ? headerVariable((ClassTree) path.getLeaf(), element) : path.getLeaf();
        if (declaration == null) {
            return "";
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        long position = trees.getSourcePositions().getStartPosition(unit, declaration);
        return position < 0 ? "" : " (line " + unit.getLineMap().getLineNumber(position) + ")";
    }

    /** Reports through javac's trees; false when the element has no source tree (it came from a class file). */
    private boolean reportOnTree(Element element, AnnotationMirror annotation, String member, String arrayElement,
            String message) {
        boolean component = element.getKind() == ElementKind.RECORD_COMPONENT;
        TreePath path = trees.getPath(component ? element.getEnclosingElement() : element);
        if (path == null) {
            return false;
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        Tree declaration = path.getLeaf();
        ModifiersTree modifiers = modifiers(declaration);
        if (component) {
            // The component's name, from this compilation; its annotations, from a fresh parse (see the class comment).
            declaration = headerVariable((ClassTree) declaration, element);
            ClassTree written = findType(reparse(unit), (TypeElement) element.getEnclosingElement());
            VariableTree writtenVariable = written == null ? null : headerVariable(written, element);
            modifiers = writtenVariable == null ? null : writtenVariable.getModifiers();
        }
        if (declaration == null) {
            return false;
        }
        Tree target = declaration;
        AnnotationTree annotationTree = annotation == null || modifiers == null ? null
                : annotationTree(modifiers, element, annotation);
        if (annotationTree != null) {
            target = annotationTree;
            ExpressionTree value = member == null ? null : argument(annotationTree, member);
            if (value != null) {
                target = value;
                Tree item = arrayElement == null ? null : arrayItem(value, arrayElement);
                if (item != null) {
                    target = item;
                }
            }
        }
        // Only the position of the target is used, with this compilation's unit: the fresh parse read the same text.
        trees.printMessage(Kind.ERROR, message, target, unit);
        return true;
    }

    /** The variable of the record header that declares {@code component}. */
    private static VariableTree headerVariable(ClassTree record, Element component) {
        for (Tree member : record.getMembers()) {
            if (member instanceof VariableTree variable && variable.getName().contentEquals(component.getSimpleName())
                    && !variable.getModifiers().getFlags().contains(Modifier.STATIC)) {
                return variable;
            }
        }
        return null;
    }

    private CompilationUnitTree reparse(CompilationUnitTree unit) {
        JavaFileObject file = unit.getSourceFile();
        return file == null ? null : reparsed.computeIfAbsent(file.toUri(), uri -> parse(file));
    }

    private static CompilationUnitTree parse(JavaFileObject file) {
        try {
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            if (compiler == null) {
                return null;
            }
            JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null,
                    List.of(file));
            Iterator<? extends CompilationUnitTree> units = task.parse().iterator();
            return units.hasNext() ? units.next() : null;
        } catch (IOException | RuntimeException | LinkageError e) {
            return null; // the component's name will do
        }
    }

    /** The declaration of {@code type} in {@code unit}, found by its simple names from the top-level type down. */
    private static ClassTree findType(CompilationUnitTree unit, TypeElement type) {
        if (unit == null) {
            return null;
        }
        Deque<String> names = new ArrayDeque<>();
        Element enclosing = type;
        for (; enclosing instanceof TypeElement; enclosing = enclosing.getEnclosingElement()) {
            names.push(enclosing.getSimpleName().toString());
        }
        if (enclosing == null || enclosing.getKind() != ElementKind.PACKAGE) {
            return null; // a local record: not reachable by names
        }
        List<? extends Tree> scope = unit.getTypeDecls();
        ClassTree found = null;
        for (String name : names) {
            found = null;
            for (Tree tree : scope) {
                if (tree instanceof ClassTree candidate && candidate.getSimpleName().contentEquals(name)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            scope = found.getMembers();
        }
        return found;
    }

    private static ModifiersTree modifiers(Tree declaration) {
        if (declaration instanceof VariableTree variable) {
            return variable.getModifiers();
        }
        if (declaration instanceof ClassTree type) {
            return type.getModifiers();
        }
        if (declaration instanceof com.sun.source.tree.MethodTree method) {
            return method.getModifiers();
        }
        return null;
    }

    /**
     * The tree of {@code annotation} among {@code modifiers}, matched by the name written in the source (simple or
     * qualified): the n-th of that name, where n is the mirror's place among the element's annotations of its type
     * (repeated annotations are written one by one).
     */
    private static AnnotationTree annotationTree(ModifiersTree modifiers, Element element,
            AnnotationMirror annotation) {
        TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
        int occurrence = Math.max(0, annotations(element, type.getQualifiedName().toString()).indexOf(annotation));
        int seen = 0;
        for (AnnotationTree tree : modifiers.getAnnotations()) {
            String written = tree.getAnnotationType().toString();
            if (written.equals(type.getSimpleName().toString()) || written.equals(type.getQualifiedName().toString())) {
                if (seen == occurrence) {
                    return tree;
                }
                seen++;
            }
        }
        return null;
    }

    /** The value written for {@code member}: {@code member = value}, or the bare value of {@code value}. */
    private static ExpressionTree argument(AnnotationTree annotation, String member) {
        for (ExpressionTree argument : annotation.getArguments()) {
            if (argument instanceof AssignmentTree assignment) {
                if (assignment.getVariable() instanceof IdentifierTree name && name.getName().contentEquals(member)) {
                    return assignment.getExpression();
                }
            } else if (member.equals("value")) {
                return argument;
            }
        }
        return null;
    }

    private static Tree arrayItem(ExpressionTree value, String item) {
        if (value instanceof NewArrayTree array && array.getInitializers() != null) {
            for (ExpressionTree element : array.getInitializers()) {
                if (element instanceof LiteralTree literal && item.equals(literal.getValue())) {
                    return element;
                }
            }
        }
        return null;
    }

    private static AnnotationValue arrayItem(AnnotationValue value, String item) {
        if (value.getValue() instanceof List<?> items) {
            for (Object element : items) {
                if (element instanceof AnnotationValue member && item.equals(member.getValue())) {
                    return member;
                }
            }
        }
        return null;
    }

    /** vfkit4j's annotation {@code annotation} (simple name) on {@code element}, or null. */
    static AnnotationMirror findAnnotation(Element element, String annotation) {
        List<AnnotationMirror> found = annotations(element, ANNOTATIONS_PACKAGE + "." + annotation);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Every annotation of type {@code qualifiedName} on {@code element}, in source order, including those that javac
     * put in the repeatable container ({@code Exclusive.List} for {@code Exclusive}): the order of
     * {@link Element#getAnnotationsByType}.
     */
    static List<AnnotationMirror> annotations(Element element, String qualifiedName) {
        List<AnnotationMirror> result = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                result.add(mirror);
            } else if (type.getQualifiedName().contentEquals(qualifiedName + ".List")) {
                AnnotationValue contained = findValue(mirror, "value");
                if (contained != null && contained.getValue() instanceof List<?> values) {
                    for (Object value : values) {
                        result.add((AnnotationMirror) ((AnnotationValue) value).getValue());
                    }
                }
            }
        }
        return result;
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
