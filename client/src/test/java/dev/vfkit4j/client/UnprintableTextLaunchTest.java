package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.VfkitCommand;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Text no process argument can carry (NUL, unpaired surrogates) is a {@link ConfigException} before anything starts,
 * as the launcher promises for what cannot be started — not a process error, not a vfkit given {@code ?} instead.
 */
class UnprintableTextLaunchTest {
    /** Never run: the command is refused first (an attempt would fail with a VfkitProcessException instead). */
    private static final VfkitLauncher LAUNCHER = VfkitLauncher.of(Path.of("/nonexistent/vfkit"));

    private static VirtualMachine vmWithDisk(String jsonPath) {
        // JSON may hold such text: only printing refuses it.
        return VirtualMachine.fromJson("{\"bootloader\":{\"kind\":\"efiBootloader\",\"efiVariableStorePath\":\"/e\"},"
                + "\"devices\":[{\"kind\":\"virtioblk\",\"imagePath\":\"" + jsonPath + "\"}]}");
    }

    @Test
    void aDevicePathWithNulIsRefusedBeforeStarting() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> LAUNCHER.start(VfkitCommand.of(vmWithDisk("/a\\u0000b"))));
        assertEquals("virtio-blk", error.component());
        assertEquals("path", error.option());
    }

    @Test
    void aDevicePathWithAnUnpairedSurrogateIsRefusedBeforeStarting() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> LAUNCHER.start(VfkitCommand.of(vmWithDisk("/a\\ud800b"))));
        assertEquals("virtio-blk", error.component());
    }

    @Test
    void aPidFileWithNulIsRefusedBeforeStarting() {
        VirtualMachine vm = vmWithDisk("/disk.raw");
        ConfigException error = assertThrows(ConfigException.class,
                () -> LAUNCHER.start(VfkitCommand.of(vm).withPidFile("/run/vfkit\0.pid")));
        assertEquals("--pidfile", error.component());
    }
}
