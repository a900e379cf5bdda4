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
     * How long a step that should work may take on a loaded machine. Waiting costs nothing when it works: a stop
     * returns as soon as the fake exits, a request as soon as it is answered.
     */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /**
     * The window for a step the fake is told to ignore: it cannot change the outcome however long it is, so it is
     * short, to keep the tests quick.
     */
    static final Duration IGNORED_STEP = Duration.ofMillis(300);
    /** Every step gets {@link #PATIENCE}, so a slow machine cannot push a stop on to the next step. */
    static final StopPolicy PATIENT_STOP = new StopPolicy(PATIENCE, PATIENCE, PATIENCE, PATIENCE);

    @TempDir
    Path dir;
    /** Where the fake records its argv and working directory. */
    Path record;
    private final List<VfkitProcess> tracked = new ArrayList<>();

    @BeforeEach
    void recordDirectory() throws IOException {
        record = Files.createDirectory(dir.resolve("record"));
    }

    /** A launcher for the fake {@code executable}, which records into {@link #record}, with client timeouts a loaded machine meets. */
    VfkitLauncher fakeLauncher(Path executable) {
        return VfkitLauncher.of(executable)
                .withEnvironment("FAKE_VFKIT_RECORD", record.toString())
                .withClientOptions(new ClientOptions(PATIENCE, PATIENCE));
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
