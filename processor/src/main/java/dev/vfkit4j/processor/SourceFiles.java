package dev.vfkit4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The one place generated types are written: it adds {@code @Generated} (without a date, so that the output is the
 * same for the same input) and vfkit4j's class-retained marker, records the originating element, and formats.
 */
final class SourceFiles {
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName VFKIT_GENERATED = ClassName.get("dev.vfkit4j.annotations", "VfkitGenerated");
    /** JavaPoet wraps code ({@code $W}) at 100 columns; Javadoc is wrapped to match. */
    static final int COLUMNS = 100;

    private final Filer filer;

    SourceFiles(Filer filer) {
        this.filer = filer;
    }

    void write(String packageName, TypeSpec.Builder type, TypeElement originatingElement) throws IOException {
        TypeSpec spec = type.addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", VfkitProcessor.class.getName())
                        .build())
                .addAnnotation(VFKIT_GENERATED)
                .build();
        String source = JavaFile.builder(packageName, spec)
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .toString();
        JavaFileObject file = filer.createSourceFile(packageName + "." + spec.name(), originatingElement);
        try (Writer writer = file.openWriter()) {
            writer.write(wrapJavadoc(source));
        }
    }

    /**
     * Wraps Javadoc lines longer than {@link #COLUMNS} at spaces outside inline tags ({@code {@code a b}} stays on
     * one line), keeping each line's {@code " * "} prefix. JavaPoet writes Javadoc lines as they are given.
     */
    static String wrapJavadoc(String source) {
        StringBuilder result = new StringBuilder(source.length() + 256);
        boolean inJavadoc = false;
        int start = 0;
        while (start < source.length()) {
            int end = source.indexOf('\n', start);
            end = end < 0 ? source.length() : end;
            String line = source.substring(start, end);
            String trimmed = line.stripLeading();
            inJavadoc |= trimmed.startsWith("/**");
            if (inJavadoc && trimmed.startsWith("* ") && line.length() > COLUMNS) {
                wrapLine(line, line.length() - trimmed.length() + 2, result);
            } else {
                result.append(line);
            }
            inJavadoc &= !trimmed.endsWith("*/");
            if (end < source.length()) {
                result.append('\n');
            }
            start = end + 1;
        }
        return result.toString();
    }

    private static void wrapLine(String line, int prefixLength, StringBuilder result) {
        String prefix = line.substring(0, prefixLength);
        String rest = line;
        while (rest.length() > COLUMNS) {
            int cut = breakBefore(rest, prefixLength);
            if (cut < 0) {
                break; // one word longer than the line: leave it long
            }
            result.append(rest, 0, cut).append('\n');
            rest = prefix + rest.substring(cut + 1);
        }
        result.append(rest);
    }

    /**
     * Where to break a line that is too long: the last space at or before {@link #COLUMNS} that is outside braces;
     * failing that, the first one after; -1 when there is none.
     */
    private static int breakBefore(String line, int from) {
        int depth = 0;
        int last = -1;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == ' ' && depth == 0) {
                if (i > COLUMNS) {
                    return last >= 0 ? last : i;
                }
                last = i;
            }
        }
        return last;
    }
}
