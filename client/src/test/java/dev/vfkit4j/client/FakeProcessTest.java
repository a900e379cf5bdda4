package dev.vfkit4j.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What the tests against a fake vfkit or krunkit process share: a directory, launchers, and no process left over. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
abstract class FakeProcessTest {
    static final Duration READY = Duration.ofSeconds(30);
    /**
     * Steps short enough for tests, long enough for a loaded machine: the fake's guest shuts down 100 ms after it is
     * asked, and the fake exits soon after its VM stops or it gets SIGTERM.
     */
    static final StopPolicy QUICK_STOP = new StopPolicy(Duration.ofSeconds(3), Duration.ofSeconds(3),
            Duration.ofSeconds(3), Duration.ofSeconds(10));

    @TempDir
    Path dir;
    /** Where the fake records its argv and working directory. */
    Path record;
    private final List<VfkitProcess> tracked = new ArrayList<>();

    @BeforeEach
    void recordDirectory() throws IOException {
        record = Files.createDirectory(dir.resolve("record"));
    }

    /** A launcher for the fake {@code executable}, which records into {@link #record}, with short client timeouts. */
    VfkitLauncher fakeLauncher(Path executable) {
        return VfkitLauncher.of(executable)
                .withEnvironment("FAKE_VFKIT_RECORD", record.toString())
                .withClientOptions(new ClientOptions(Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    /** {@code process}, killed after the test if it still runs. */
    VfkitProcess track(VfkitProcess process) {
        tracked.add(process);
        return process;
    }

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (VfkitProcess process : tracked) {
            if (process.isAlive()) {
                process.stop(StopPolicy.KILL);
            }
            process.client().ifPresent(VfkitClient::close);
        }
    }
}
