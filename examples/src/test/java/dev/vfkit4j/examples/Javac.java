package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a user's source as a user's build would: javac, the vfkit4j runtime and the real processor. */
public final class Javac {
    private Javac() {
    }

    /**
     * Compiles {@code source}, the class {@code className}, with the test's class path as class path and processor
     * path, writing classes and generated sources to {@code output}.
     *
     * @return the errors, in the order javac reported them
     */
    public static List<Diagnostic<? extends JavaFileObject>> compile(Path output, String className, String source)
            throws IOException {
        return compile(output, List.of(className), List.of(source));
    }

    /** Compiles several sources together, {@code sources.get(i)} holding the class {@code classNames.get(i)}. */
    public static List<Diagnostic<? extends JavaFileObject>> compile(Path output, List<String> classNames,
            List<String> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classPath = System.getProperty("java.class.path");
        List<JavaFileObject> files = new ArrayList<>();
        for (int i = 0; i < classNames.size(); i++) {
            String source = sources.get(i);
            files.add(new SimpleJavaFileObject(URI.create("string:///" + classNames.get(i).replace('.', '/')
                    + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            });
        }
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "17", "-classpath", classPath, "-processorpath", classPath,
                    "-d", output.toString(), "-s", output.toString());
            javac.getTask(null, fileManager, diagnostics, options, null, files).call();
        }
        List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                // A crash of the processor is never what a test expects.
                assertFalse(diagnostic.getMessage(Locale.ROOT).contains("vfkit4j.internal-error"), diagnostic::toString);
                errors.add(diagnostic);
            }
        }
        return errors;
    }
}
