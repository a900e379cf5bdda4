package dev.vfkit4j.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.vfkit4j.spi.ComponentDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Runs javac with {@link VfkitProcessor} the way the tests need it, and reads what it wrote.
 *
 * <p>The class path is the test JVM's: the processor, the annotations, the runtime SPI and the built-in devices in
 * {@code dev.vfkit4j.devices}, which the processor must treat as already taken names.
 */
final class ProcessorCompiler {
    /**
     * Every lint is on, so that generated code that would warn in a user's {@code -Xlint:all -Werror} build fails
     * here. {@code processing} is off as in the project's own build: it only says that no processor claimed the
     * annotations, which vfkit4j leaves unclaimed on purpose so that other processors see them.
     */
    static final List<String> OPTIONS = List.of("-Xlint:all,-processing");

    private ProcessorCompiler() {
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    /** Compiles with {@code others} running beside vfkit4j's processor (e.g. one that generates types). */
    static Compilation compile(List<Processor> others, JavaFileObject... sources) {
        List<Processor> processors = new java.util.ArrayList<>();
        processors.add(new VfkitProcessor());
        processors.addAll(others);
        return javac().withProcessors(processors).withOptions(OPTIONS).compile(sources);
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
