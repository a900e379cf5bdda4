package dev.vfkit4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.vfkit4j.examples.DocBlocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code in {@code docs/custom-devices.md} compiles with the processor, as pasted into a reader's project. (What the
 * page says the device does is checked against the examples' copy of it, in the examples module.)
 */
class CustomDevicesDocCompileTest {

    @Test
    void theRecordCompilesWithTheProcessorIntoItsTwoClasses(@TempDir Path output) throws IOException {
        assertEquals(List.of(), compile(output, List.of("com.example.VirtioConsole"),
                List.of(DocBlocks.customDeviceRecord())));
        for (String role : List.of("Builder", "Descriptor")) {
            assertTrue(Files.exists(output.resolve("generated-sources/com/example/VirtioConsole" + role + ".java")),
                    role);
        }
    }

    @Test
    void theUsageSnippetCompilesWithItsImports(@TempDir Path output) throws IOException {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : DocBlocks.javaBlockAfter(DocBlocks.CUSTOM_DEVICES, "## Use it").split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        // The page's record, compiled beside the snippet as in the reader's project.
        String source = "package com.example.app;\n\n" + imports + "\nclass Usage {\n    void use() {\n" + body
                + "    }\n}\n";
        assertEquals(List.of(), compile(output, List.of("com.example.VirtioConsole", "com.example.app.Usage"),
                List.of(DocBlocks.customDeviceRecord(), source)), source);
    }

    @Test
    void aChoiceWithoutJsonIsNamedAfterItsRecordComponent(@TempDir Path output) throws IOException {
        String source = """
                package com.example;

                import dev.vfkit4j.Device;
                import dev.vfkit4j.annotations.*;

                @VfkitDevice(name = "test-door", kind = "testdoor")
                public record Door(@Option("path") String path, @Choice @Default("open") State state)
                        implements Device {
                    public enum State { @Key("open") OPEN, @Key("shut") SHUT }
                }
                """;
        assertEquals(List.of(), compile(output, List.of("com.example.Door"), List.of(source)));
        String descriptor = Files.readString(output.resolve("generated-sources/com/example/DoorDescriptor.java"));
        assertTrue(descriptor.contains(".json(\"state\", false)"), descriptor);
        // The key's own name, always written, is OptionDescriptor's default: the constant does not repeat it.
        String pathConstant = descriptor.substring(descriptor.indexOf(" PATH = "),
                descriptor.indexOf(".build();", descriptor.indexOf(" PATH = ")));
        assertTrue(pathConstant.contains(".key(\"path\")") && !pathConstant.contains(".json("), pathConstant);
    }

    /** Compiles {@code sources.get(i)}, the class {@code classNames.get(i)}, together; returns the errors. */
    private static List<?> compile(Path output, List<String> classNames, List<String> sources) throws IOException {
        List<JavaFileObject> files = new ArrayList<>();
        for (int i = 0; i < classNames.size(); i++) {
            files.add(JavaFileObjects.forSourceString(classNames.get(i), sources.get(i)));
        }
        return ProcessorCompiler.compileAgainstTestClassPath(output, files.toArray(JavaFileObject[]::new)).errors();
    }
}
