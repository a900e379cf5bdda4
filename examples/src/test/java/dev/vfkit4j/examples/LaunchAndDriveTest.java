package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.client.FakeVfkitExecutable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launch example, run for real against the client module's fake vfkit (which serves vfkit's REST API). */
class LaunchAndDriveTest {

    @Test
    void buildsLaunchesWaitsInspectsPausesResumesAndStops() throws Exception {
        // A short directory: the REST socket path must fit macOS's 103-byte limit, which vfkit4j checks everywhere.
        Path vmDir = Files.createTempDirectory(Path.of("/tmp"), "vm");
        Path vfkit = FakeVfkitExecutable.create(Files.createTempDirectory("fake-vfkit"));

        List<String> steps = LaunchAndDrive.run(vfkit, vmDir);

        assertTrue(steps.get(0).startsWith("started vfkit, pid "), steps.get(0));
        assertEquals("state: RUNNING", steps.get(1));
        assertEquals("inspect: 2 vCPUs, 2 GiB, 4 devices", steps.get(2));
        assertEquals("state: PAUSED", steps.get(3));
        assertEquals("state: RUNNING", steps.get(4));
        assertTrue(steps.get(5).startsWith("stopped by "), steps.get(5));
        assertEquals(6, steps.size());
    }
}
