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

/**
 * What {@code docs/custom-devices.md} says the device does is what it does. (That its code compiles is checked in
 * the processor-tests module, with the project's one javac harness: {@code CustomDevicesDocCompileTest};
 * {@code ModulePathTest} builds the page's record into a project of its own.)
 */
class CustomDevicesDocTest {
    private static final Path DOC = DocBlocks.CUSTOM_DEVICES;

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
        String written = VirtioConsole.builder().socketPath(Path.of("/tmp/qga.sock")).build().toJson();
        assertTrue(doc.contains("```json\n" + written + "\n```"), written);
        // Unset text is written as Go's zero value, "".
        assertTrue(doc.contains("`\"DeviceIdentifier\":\"\"`"));
        assertTrue(NetworkBlockDevice.of("nbd://localhost:10809/export").toJson()
                .contains("\"DeviceIdentifier\":\"\""));
        // Unknown members are ignored; names match case-insensitively.
        String unknown = "{\"kind\":\"virtioconsole\",\"socketPath\":\"/tmp/qga.sock\",\"color\":\"blue\"}";
        assertTrue(doc.contains("`" + unknown + "` reads as the guest agent"));
        assertEquals(VirtioConsole.guestAgent(Path.of("/tmp/qga.sock")), Device.fromJson(unknown));
        assertEquals(VirtioConsole.guestAgent(Path.of("/tmp/qga.sock")),
                Device.fromJson(unknown.replace("socketPath", "SOCKETPATH")));
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
}
