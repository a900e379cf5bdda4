package dev.vfkit4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's device cannot take a built-in's name or JSON kind: the processor reads the built-ins from the class path
 * (here, the vfkit4j runtime this module depends on) and refuses the record when it compiles, on the annotation
 * member at fault. This compiles such a record with javac and the real processor, as a user's build would, against
 * the runtime's built-in devices.
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
        assertTrue(Files.exists(output.resolve("generated-sources/com/example/MyDiskDescriptor.java")));
    }

    private static List<Diagnostic<? extends JavaFileObject>> compile(Path output, String source)
            throws IOException {
        return ProcessorCompiler.compileInto(output, JavaFileObjects.forSourceString("com.example.MyDisk", source))
                .errors();
    }
}
