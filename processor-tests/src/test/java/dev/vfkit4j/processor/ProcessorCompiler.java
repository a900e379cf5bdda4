package dev.vfkit4j.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.VfkitDevice;
import dev.vfkit4j.spi.ComponentDescriptor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Runs javac with {@link VfkitProcessor} the way the tests need it, and reads what it wrote.
 *
 * <p>The processor runs from the test JVM; the sources compile against a user's class path (see {@link #CLASS_PATH}),
 * which includes the built-in devices in {@code dev.vfkit4j.devices}, whose names the processor must treat as taken.
 */
final class ProcessorCompiler {
    /**
     * Every lint is on, so that generated code that would warn in a user's {@code -Xlint:all -Werror} build fails
     * here. {@code processing} is off as in the project's own build: it only says that no processor claimed the
     * annotations, which vfkit4j leaves unclaimed on purpose so that other processors see them.
     */
    static final List<String> OPTIONS = List.of("-Xlint:all,-processing");

    /**
     * What annotated records compile against in a user's build: the annotations, the runtime (its SPI and built-in
     * devices) and the runtime's own dependency, Jackson, should its types appear in the runtime's signatures.
     * Leaving out the test tools (JUnit, Jazzer, Guava, ...) makes each compilation three times quicker.
     */
    private static final List<File> CLASS_PATH = locationsOf(VfkitDevice.class.getName(), Device.class.getName(),
            "tools.jackson.databind.ObjectMapper", "tools.jackson.core.JsonParser",
            "com.fasterxml.jackson.annotation.JsonProperty");

    private ProcessorCompiler() {
    }

    /** The class path entries holding these classes; a class that is not there is skipped. */
    private static List<File> locationsOf(String... classNames) {
        Set<File> locations = new LinkedHashSet<>();
        for (String className : classNames) {
            try {
                Class<?> type = Class.forName(className, false, ProcessorCompiler.class.getClassLoader());
                locations.add(new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (ClassNotFoundException e) {
                // not a dependency (any more): nothing to add
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(locations);
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    /** Compiles with {@code others} running beside vfkit4j's processor (e.g. one that generates types). */
    static Compilation compile(List<Processor> others, JavaFileObject... sources) {
        List<Processor> processors = new ArrayList<>();
        processors.add(new VfkitProcessor());
        processors.addAll(others);
        return javac().withProcessors(processors).withOptions(OPTIONS).withClasspath(CLASS_PATH).compile(sources);
    }

    /** A compilation run by plain javac into a directory: its outcome, diagnostics and generated text files. */
    record DirectoryCompilation(boolean succeeded, List<Diagnostic<? extends JavaFileObject>> diagnostics,
            Map<String, String> generatedTextFiles) {

        /** The errors, in the order javac reported them; a crash of the processor is never what a test expects. */
        List<Diagnostic<? extends JavaFileObject>> errors() {
            List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    assertFalse(diagnostic.getMessage(Locale.ROOT).contains("vfkit4j.internal-error"),
                            diagnostic::toString);
                    errors.add(diagnostic);
                }
            }
            return errors;
        }
    }

    /**
     * Compiles into {@code directory} with plain javac. compile-testing refuses to show what a failed compilation
     * generated, which is exactly what a test of "one bad record, one good" needs to see.
     */
    static DirectoryCompilation compileInto(Path directory, JavaFileObject... sources) throws IOException {
        return compileInto(directory, CLASS_PATH, sources);
    }

    /**
     * Compiles into {@code directory} against the whole test class path, as a user's build that also depends on the
     * examples would: for sources that use more than the runtime (the documentation's snippets).
     */
    static DirectoryCompilation compileAgainstTestClassPath(Path directory, JavaFileObject... sources)
            throws IOException {
        List<File> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        return compileInto(directory, classPath, sources);
    }

    private static DirectoryCompilation compileInto(Path directory, List<File> classPath, JavaFileObject... sources)
            throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path sourceOutput = Files.createDirectories(directory.resolve("generated-sources"));
        Path classOutput = Files.createDirectories(directory.resolve("classes"));
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(sourceOutput));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classOutput));
            files.setLocation(StandardLocation.CLASS_PATH, classPath);
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, OPTIONS, null,
                    List.of(sources));
            task.setProcessors(List.of(new VfkitProcessor()));
            boolean succeeded = task.call();
            Map<String, String> generated = new TreeMap<>();
            for (Path root : List.of(sourceOutput, classOutput)) {
                try (Stream<Path> paths = Files.walk(root)) {
                    for (Path path : paths.filter(Files::isRegularFile).toList()) {
                        if (!path.toString().endsWith(".class")) {
                            generated.put(root.relativize(path).toString().replace('\\', '/'),
                                    Files.readString(path, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            return new DirectoryCompilation(succeeded, List.copyOf(diagnostics.getDiagnostics()), generated);
        }
    }

    /**
     * The text files the processor wrote, by path relative to their output root: generated sources
     * ({@code test/golden/TestVsockParser.java}) and resources ({@code META-INF/services/...}); class files are left
     * out. Sorted, so that messages list them in a stable order.
     */
    static Map<String, String> generatedTextFiles(Compilation compilation) {
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                continue;
            }
            files.put(relativePath(file.toUri()), read(file));
        }
        return files;
    }

    /** Where {@link java.util.ServiceLoader} looks for descriptors: the runtime's contract, not the processor's. */
    static final String SERVICE_FILE = "META-INF/services/" + ComponentDescriptor.class.getName();

    /** The service file listing the generated descriptors, or null when none was written. */
    static String serviceFile(Compilation compilation) {
        return generatedTextFiles(compilation).get(SERVICE_FILE);
    }

    /**
     * compile-testing names generated files {@code mem:///SOURCE_OUTPUT/<path>} or {@code mem:///CLASS_OUTPUT/<path>};
     * the path after the location is the one a build tool would write under its output directory.
     */
    private static String relativePath(URI uri) {
        String path = uri.getPath();
        for (StandardLocation location : List.of(StandardLocation.SOURCE_OUTPUT, StandardLocation.CLASS_OUTPUT)) {
            String prefix = "/" + location.getName() + "/";
            if (path.startsWith(prefix)) {
                return path.substring(prefix.length());
            }
        }
        throw new AssertionError("generated file in an unexpected location: " + uri);
    }

    private static String read(JavaFileObject file) {
        try (InputStream in = file.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
