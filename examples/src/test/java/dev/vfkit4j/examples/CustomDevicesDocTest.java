package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.Device;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code in {@code docs/custom-devices.md} compiles, and what it says the device does is what it does. */
class CustomDevicesDocTest {
    private static final Path DOC = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().resolveSibling("docs").resolve("custom-devices.md");

    @Test
    void theRecordCompilesWithTheProcessorIntoItsFourClasses(@TempDir Path output) throws IOException {
        String record = javaBlockAfter("## Write the record");
        String source = "package com.example;\n\nimport dev.vfkit4j.Device;\nimport dev.vfkit4j.annotations.*;\n\n"
                + record;
        assertEquals(List.of(), Javac.compile(output, "com.example.VirtioConsole", source));
        for (String role : ShowGeneratedCode.ROLES) {
            assertTrue(Files.exists(output.resolve("com/example/VirtioConsole" + role + ".java")), role);
        }
    }

    @Test
    void theUsageSnippetCompiles(@TempDir Path output) throws IOException {
        String source = """
                package com.example;

                import dev.vfkit4j.*;
                import dev.vfkit4j.bootloaders.EfiBootloader;
                import dev.vfkit4j.examples.custom.VirtioConsole;
                import java.util.List;

                class Usage {
                    void use() {
                %s
                    }
                }
                """.formatted(javaBlockAfter("## Use it"));
        assertEquals(List.of(), Javac.compile(output, "com.example.Usage", source));
    }

    @Test
    void whatThePageSaysTheDeviceParsesAndPrintsIsWhatItDoes() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8).replace("\n", " ");
        String given = "virtio-console,socketPath=/tmp/qga.sock,mode=connect";
        Device parsed = Device.fromCmdLine(given);
        assertTrue(doc.contains("That parses `--device " + given + "` into `" + parsed + "`"), parsed::toString);
        assertTrue(doc.contains("prints it back as `" + parsed.toCmdLine().get(1) + "`"), parsed::toString);
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
