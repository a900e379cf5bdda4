package dev.vfkit4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code in {@code docs/custom-devices.md} compiles with the processor, as a user's build would compile it. (What
 * the page says the device does is checked against the examples' copy of it, in the examples module.)
 */
class CustomDevicesDocCompileTest {
    private static final Path DOC = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().resolveSibling("docs").resolve("custom-devices.md");

    @Test
    void theRecordCompilesWithTheProcessorIntoItsFourClasses(@TempDir Path output) throws IOException {
        String record = javaBlockAfter("## Write the record");
        String source = "package com.example;\n\nimport dev.vfkit4j.Device;\nimport dev.vfkit4j.annotations.*;\n"
                + "import java.nio.file.Path;\n\n" + record;
        assertEquals(List.of(), compile(output, "com.example.VirtioConsole", source));
        for (String role : List.of("Parser", "Printer", "Builder", "Descriptor")) {
            assertTrue(Files.exists(output.resolve("generated-sources/com/example/VirtioConsole" + role + ".java")),
                    role);
        }
    }

    @Test
    void theUsageSnippetCompiles(@TempDir Path output) throws IOException {
        String source = """
                package com.example;

                import dev.vfkit4j.*;
                import dev.vfkit4j.bootloaders.EfiBootloader;
                import dev.vfkit4j.examples.custom.VirtioConsole;
                import java.nio.file.Path;
                import java.util.List;

                class Usage {
                    void use() {
                %s
                    }
                }
                """.formatted(javaBlockAfter("## Use it"));
        assertEquals(List.of(), compile(output, "com.example.Usage", source));
    }

    private static List<?> compile(Path output, String className, String source) throws IOException {
        return ProcessorCompiler.compileAgainstTestClassPath(output, JavaFileObjects.forSourceString(className,
                source)).errors();
    }

    /** The first {@code ```java} block after the line {@code heading}. */
    private static String javaBlockAfter(String heading) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int section = doc.indexOf("\n" + heading + "\n");
        assertTrue(section >= 0, heading);
        int start = doc.indexOf("```java\n", section) + "```java\n".length();
        return doc.substring(start, doc.indexOf("```\n", start));
    }
}
