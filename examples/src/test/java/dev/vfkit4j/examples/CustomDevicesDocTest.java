package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.Device;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What {@code docs/custom-devices.md} says the device does is what it does. (That its code compiles is checked in
 * the processor-tests module, with the processor's one javac harness.)
 */
class CustomDevicesDocTest {
    private static final Path DOC = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().resolveSibling("docs").resolve("custom-devices.md");

    @Test
    void whatThePageSaysTheDeviceParsesAndPrintsIsWhatItDoes() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8).replace("\n", " ");
        String given = "virtio-console,socketPath=/tmp/qga.sock,mode=connect";
        Device parsed = Device.fromCmdLine(given);
        assertTrue(doc.contains("That parses `--device " + given + "` into `" + parsed + "`"), parsed::toString);
        assertTrue(doc.contains("prints it back as `" + parsed.toCmdLine().get(1) + "`"), parsed::toString);
    }
}
