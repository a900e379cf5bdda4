package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.devices.NetworkBlockDevice;
import dev.vfkit4j.examples.custom.VirtioConsole;
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
        assertEquals(List.of(), Javac.compile(output, "com.example.VirtioConsole", recordSource()));
        for (String role : ShowGeneratedCode.ROLES) {
            assertTrue(Files.exists(output.resolve("com/example/VirtioConsole" + role + ".java")), role);
        }
    }

    @Test
    void theUsageSnippetCompilesWithItsImports(@TempDir Path output) throws IOException {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : javaBlockAfter("## Use it").split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        // The page's record, compiled beside the snippet as in the reader's project.
        String source = "package com.example.app;\n\n" + imports + "\nclass Usage {\n    void use() {\n" + body
                + "    }\n}\n";
        assertEquals(List.of(), Javac.compile(output, List.of("com.example.VirtioConsole", "com.example.app.Usage"),
                List.of(recordSource(), source)), source);
    }

    @Test
    void whatThePageSaysTheDeviceParsesAndPrintsIsWhatItDoes() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8).replace("\n", " ");
        String given = "virtio-console,socketPath=/tmp/qga.sock,mode=connect";
        Device parsed = Device.fromCmdLine(given);
        assertTrue(doc.contains("That parses `--device " + given + "` into `" + parsed + "`"), parsed::toString);
        List<String> argv = parsed.toCmdLine();
        assertEquals("--device", argv.get(0));
        assertTrue(doc.contains("its `toCmdLine()` returns the argv pair `[\"" + String.join("\", \"", argv) + "\"]`"),
                argv::toString);
    }

    @Test
    void whatThePageSaysAboutJsonIsWhatHappens() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String written = VirtioConsole.builder().socketPath("/tmp/qga.sock").build().toJson();
        assertTrue(doc.contains("```json\n" + written + "\n```"), written);
        // Unset text is written as Go's zero value, "".
        assertTrue(doc.contains("`\"DeviceIdentifier\":\"\"`"));
        assertTrue(NetworkBlockDevice.of("nbd://localhost:10809/export").toJson()
                .contains("\"DeviceIdentifier\":\"\""));
        // Unknown members are ignored; names match case-insensitively.
        String unknown = "{\"kind\":\"virtioconsole\",\"socketPath\":\"/tmp/qga.sock\",\"color\":\"blue\"}";
        assertTrue(doc.contains("`" + unknown + "` reads as the guest agent"));
        assertEquals(VirtioConsole.guestAgent("/tmp/qga.sock"), Device.fromJson(unknown));
        assertEquals(VirtioConsole.guestAgent("/tmp/qga.sock"),
                Device.fromJson(unknown.replace("socketPath", "SOCKETPATH")));
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
        assertEquals(List.of(), Javac.compile(output, "com.example.Door", source));
        String descriptor = Files.readString(output.resolve("com/example/DoorDescriptor.java"));
        assertTrue(descriptor.contains(".json(\"state\", false)"), descriptor);
        assertTrue(descriptor.contains(".json(\"path\", false)"), descriptor);
    }

    @Test
    void whatThePageSaysAboutConfigExceptionIsWhatItHolds() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String given = "virtio-console,socketPath=/tmp/qga.sock,index=40";
        ConfigException error = assertThrows(ConfigException.class, () -> Device.fromCmdLine(given));
        assertTrue(doc.contains("`Device.fromCmdLine(\"" + given + "\")` throws\n`" + error.getMessage() + "`"),
                error::getMessage);
        assertTrue(doc.contains("`component()` is `" + error.component() + "`"));
        assertTrue(doc.contains("`option()` is `" + error.option() + "`"));
        assertTrue(doc.contains("`value()` is `" + error.value() + "`"));
        assertTrue(doc.contains("`problem()` is `" + error.problem() + "`"));
    }

    /** The page's record, in package {@code com.example} with the imports it needs. */
    static String recordSource() throws IOException {
        String record = javaBlockAfter("## Write the record");
        assertTrue(record.startsWith("package com.example;\n"), record);
        return record;
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
