package dev.vfkit4j.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Asserts vfkit4j's diagnostics exactly: the whole message (tag, text and fix), the file, the line and the column.
 *
 * <p>The place is given as a snippet of the source that must occur in it exactly once ({@code "\"heigth\""} or
 * {@code "@Flag"}): the diagnostic must point at the snippet's first character. So a test reads as "the error is on
 * the misspelled key", and nobody counts lines.
 */
final class ExpectedError {
    /** What every line of an inline test source may use. */
    static final String IMPORTS = "import dev.vfkit4j.*; import dev.vfkit4j.annotations.*; import java.util.*;";

    private ExpectedError() {
    }

    /** A source file {@code test/<simpleName>.java}: {@code package test;}, {@link #IMPORTS}, then {@code body}. */
    static JavaFileObject source(String simpleName, String body) {
        return JavaFileObjects.forSourceString("test." + simpleName, "package test;\n" + IMPORTS + "\n" + body);
    }

    /**
     * The compilation failed, and vfkit4j reported exactly one error: {@code message}, on the first character of
     * {@code at} in {@code file}. Errors from javac itself are not counted.
     */
    static void assertOnlyError(Compilation compilation, JavaFileObject file, String at, String message) {
        assertThat(compilation).failed();
        assertWithMessage("vfkit4j's errors").that(vfkitErrors(compilation)).containsExactly(message);
        Position position = Position.of(file, at);
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(position.line)
                .atColumn(position.column);
    }

    /** The messages of vfkit4j's errors (those with a {@code [vfkit4j.*]} tag), in the order reported. */
    static List<String> vfkitErrors(Compilation compilation) {
        return vfkitErrors(compilation.diagnostics());
    }

    static List<String> vfkitErrors(List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            String message = diagnostic.getMessage(Locale.ROOT);
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && message.startsWith("[vfkit4j.")) {
                messages.add(message);
            }
        }
        return messages;
    }

    /** A 1-based line and column, as javac reports them. */
    record Position(long line, long column) {
        static Position of(JavaFileObject file, String snippet) {
            String text;
            try {
                text = file.getCharContent(true).toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int offset = text.indexOf(snippet);
            if (offset < 0 || text.indexOf(snippet, offset + 1) >= 0) {
                throw new IllegalArgumentException("'" + snippet + "' must occur exactly once in " + text);
            }
            long line = 1 + text.substring(0, offset).chars().filter(c -> c == '\n').count();
            long column = offset - text.lastIndexOf('\n', offset - 1);
            return new Position(line, column);
        }
    }
}
