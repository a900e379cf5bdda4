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
import java.util.Map;
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
    /**
     * The fix of each diagnostic whose fix does not depend on the case, by tag: asserted here once, so that a changed
     * fix changes one line of the tests. (A fix that names the case's types or keys is asserted whole, in its test.)
     */
    private static final Map<String, String> FIXES = Map.ofEntries(
            Map.entry("vfkit4j.bad-default",
                    "write the default as it would be written on vfkit's command line"),
            Map.entry("vfkit4j.bad-version",
                    "write the release that introduced it as major.minor.patch, such as \"0.6.2\", or"
                            + " leave since out"),
            Map.entry("vfkit4j.bad-hook",
                    "change the method's signature as described"),
            Map.entry("vfkit4j.bad-range",
                    "make min <= max, within the component type's bounds"),
            Map.entry("vfkit4j.both-roles",
                    "a component is either a device or a bootloader: keep one of the two"
                            + " annotations"),
            Map.entry("vfkit4j.choice-not-enum",
                    "a choice selects an enum constant by its @Key: declare the component"
                            + " with an enum type"),
            Map.entry("vfkit4j.conflicting-annotations",
                    "keep exactly one of @Option, @Flag and @Choice"),
            Map.entry("vfkit4j.duplicate-component",
                    "give each component its own name and JSON kind"),
            Map.entry("vfkit4j.duplicate-hook",
                    "merge the methods"),
            Map.entry("vfkit4j.duplicate-key",
                    "give every option, alias, choice constant and syntax key of a"
                            + " component its own key"),
            Map.entry("vfkit4j.exclusive-too-small",
                    "list two or more option keys, or remove the annotation"),
            Map.entry("vfkit4j.flag-not-boolean",
                    "a flag is a bare key that sets a primitive boolean: declare the"
                            + " component as 'boolean'"),
            Map.entry("vfkit4j.invalid-key",
                    "use a non-empty key without ',', '=' or white space"),
            Map.entry("vfkit4j.invalid-name",
                    "use a non-empty name without ',', '=', '\"' or white space, such as"
                            + " 'virtio-blk'"),
            Map.entry("vfkit4j.missing-annotation",
                    "annotate it with @Option(\"key\"), @Flag(\"key\") or @Choice, or with"
                            + " @Json(\"name\") for JSON-only state"),
            Map.entry("vfkit4j.missing-key",
                    "annotate each constant with @Key(\"spelling\") to say how vfkit"
                            + " writes it"),
            Map.entry("vfkit4j.name-taken",
                    "rename that type, or the record: vfkit4j names its parser, printer,"
                            + " builder and descriptor after the record"),
            Map.entry("vfkit4j.not-a-record",
                    "declare the component as a record whose components are its options"),
            Map.entry("vfkit4j.not-accessible",
                    "make the record (and every record or class it is nested in)"
                            + " package-private or public"),
            Map.entry("vfkit4j.orphan-annotation",
                    "annotate the record, or remove the annotation"),
            Map.entry("vfkit4j.unsupported-type",
                    "use one of String, int, Integer, long, Long, boolean, Boolean,"
                            + " java.time.Duration, dev.vfkit4j.MacAddress, java.nio.file.Path, or an enum with @Key"
                            + " constants"));

    /** What every line of an inline test source may use. */
    static final String IMPORTS = "import dev.vfkit4j.*; import dev.vfkit4j.annotations.*; import java.util.*;";

    private ExpectedError() {
    }

    /** A source file {@code test/<simpleName>.java}: {@code package test;}, {@link #IMPORTS}, then {@code body}. */
    static JavaFileObject source(String simpleName, String body) {
        return JavaFileObjects.forSourceString("test." + simpleName, "package test;\n" + IMPORTS + "\n" + body);
    }

    /**
     * The whole message of diagnostic {@code [tag] message}: with {@code . Fix: } and the tag's fix from
     * {@link #FIXES}.
     */
    static String error(String tagAndMessage) {
        String tag = tagAndMessage.substring(1, tagAndMessage.indexOf(']'));
        String fix = FIXES.get(tag);
        if (fix == null) {
            throw new IllegalArgumentException("no fix for " + tag + " in ExpectedError.FIXES");
        }
        return tagAndMessage + ". Fix: " + fix;
    }

    /**
     * The compilation failed with exactly one error, vfkit4j's {@code message}, on the first character of {@code at}
     * in {@code file}: no follow-up error from javac (such as {@code cannot find symbol ...Builder}) hides it.
     */
    static void assertOnlyError(Compilation compilation, JavaFileObject file, String at, String message) {
        assertThat(compilation).failed();
        assertWithMessage("every error").that(errors(compilation)).containsExactly(message);
        Position position = Position.of(file, at);
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(position.line)
                .atColumn(position.column);
    }

    /** The messages of vfkit4j's errors (those with a {@code [vfkit4j.*]} tag), in the order reported. */
    static List<String> vfkitErrors(Compilation compilation) {
        return vfkitErrors(compilation.diagnostics());
    }

    /** The messages of every error, javac's included, in the order reported. */
    static List<String> errors(Compilation compilation) {
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.errors()) {
            messages.add(diagnostic.getMessage(Locale.ROOT));
        }
        return messages;
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
