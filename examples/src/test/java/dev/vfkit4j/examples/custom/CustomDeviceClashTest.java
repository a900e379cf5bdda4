package dev.vfkit4j.examples.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's device cannot take a built-in's name or JSON kind: the processor reads the built-ins from the class path
 * (here, the vfkit4j runtime this module depends on) and refuses the record when it compiles, on the annotation
 * member at fault. This compiles such a record with javac and the real processor, as a user's build would.
 * (When two separately compiled jars clash, the run-time registry reports it: see {@code ComponentClashTest} in the
 * runtime module.)
 */
class CustomDeviceClashTest {

    @Test
    void aDeviceNamedLikeABuiltInDoesNotCompile(@TempDir Path output) throws IOException {
        List<Diagnostic<? extends JavaFileObject>> errors = compile(output, """
                package com.example;

                import dev.vfkit4j.Device;
                import dev.vfkit4j.annotations.VfkitDevice;

                @VfkitDevice(name = "virtio-blk", kind = "mydisk")
                public record MyDisk() implements Device {
                }
                """);
        assertEquals(1, errors.size(), errors::toString);
        Diagnostic<? extends JavaFileObject> error = errors.get(0);
        String message = error.getMessage(Locale.ROOT);
        assertTrue(message.startsWith("[vfkit4j.duplicate-component] device name 'virtio-blk' is already declared by"
                + " dev.vfkit4j.devices.VirtioBlk"), message);
        assertEquals(6, error.getLineNumber(), "reported on the annotation");
    }

    @Test
    void aDeviceWithABuiltInsJsonKindDoesNotCompile(@TempDir Path output) throws IOException {
        List<Diagnostic<? extends JavaFileObject>> errors = compile(output, """
                package com.example;

                import dev.vfkit4j.Device;
                import dev.vfkit4j.annotations.VfkitDevice;

                @VfkitDevice(name = "my-disk", kind = "virtioblk")
                public record MyDisk() implements Device {
                }
                """);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).getMessage(Locale.ROOT).startsWith(
                "[vfkit4j.duplicate-component] device kind 'virtioblk' is already declared by"), errors::toString);
    }

    @Test
    void aDeviceWithItsOwnNameAndKindCompiles(@TempDir Path output) throws IOException {
        List<Diagnostic<? extends JavaFileObject>> errors = compile(output, """
                package com.example;

                import dev.vfkit4j.Device;
                import dev.vfkit4j.annotations.VfkitDevice;

                @VfkitDevice(name = "my-disk", kind = "mydisk")
                public record MyDisk() implements Device {
                }
                """);
        assertEquals(List.of(), errors);
        assertTrue(Files.exists(output.resolve("com/example/MyDiskParser.java")));
    }

    /** Compiles {@code source} with the test's class path as class path and processor path; returns the errors. */
    private static List<Diagnostic<? extends JavaFileObject>> compile(Path output, String source)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classPath = System.getProperty("java.class.path");
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///com/example/MyDisk.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "17", "-classpath", classPath, "-processorpath", classPath,
                    "-d", output.toString(), "-s", output.toString());
            javac.getTask(null, files, diagnostics, options, null, List.of(file)).call();
        }
        List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                // A crash of the processor is not the refusal these tests look for.
                assertFalse(diagnostic.getMessage(Locale.ROOT).contains("vfkit4j.internal-error"), diagnostic::toString);
                errors.add(diagnostic);
            }
        }
        return errors;
    }
}
