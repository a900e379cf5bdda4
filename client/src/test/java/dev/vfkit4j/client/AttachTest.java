package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.client.StopResult.Step;
import dev.vfkit4j.client.VfkitProcessException.Reason;
import dev.vfkit4j.client.VmState.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Attaching, by pid file and endpoint, to a vfkit started earlier, as crc and minikube do across runs. The fake vfkit
 * is a JVM, so its executable is java: the attaching launcher names java as the executable it expects, which is the
 * rule a renamed vfkit binary would use too.
 */
class AttachTest extends FakeProcessTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly().waitFor();
        }
    }

    private VfkitCommand command() {
        VirtualMachine vm = VirtualMachine.builder().bootloader(EfiBootloader.of("/tmp/efi.fd", true)).build();
        return VfkitCommand.of(vm).withRestfulUri("unix://" + dir.resolve("vfkit.sock"))
                .withPidFile(dir.resolve("vfkit.pid").toString());
    }

    /** Starts the fake vfkit as an earlier run of a program would have, and waits until it serves. */
    private VfkitProcess startEarlier(VfkitCommand command, String modes) throws Exception {
        VfkitProcess earlier = track(fakeLauncher(FakeVfkitExecutable.create(dir))
                .withEnvironment("FAKE_VFKIT_MODES", modes).start(command));
        earlier.awaitState(State.RUNNING, READY);
        return earlier;
    }

    private VfkitProcess attach(VfkitLauncher launcher, VfkitCommand command) {
        return track(launcher.attach(command));
    }

    @Test
    void anAttachedVfkitIsDrivenAndStoppedLikeAStartedOne() throws Exception {
        VfkitCommand command = command();
        VfkitProcess earlier = startEarlier(command, "");
        VfkitProcess attached = attach(VfkitLauncher.of(JAVA), command);

        assertTrue(attached.isAttached());
        assertEquals(earlier.pid(), attached.pid());
        assertEquals(State.RUNNING, attached.awaitState(State.RUNNING, READY).state());
        assertEquals(State.RUNNING, attached.client().orElseThrow().state().state());
        assertThrows(IllegalStateException.class, attached::process);

        assertEquals(new StopResult(Step.STOP, VfkitProcess.UNKNOWN_EXIT_CODE), attached.stop(PATIENT_STOP));
        assertFalse(attached.isAlive());
        assertEquals(VfkitProcess.UNKNOWN_EXIT_CODE, attached.onExit().get(10, TimeUnit.SECONDS));
        // Its parent learns the exit code.
        assertEquals(0, earlier.onExit().get(10, TimeUnit.SECONDS));
    }

    @Test
    void anAttachedVfkitThatIgnoresRestGetsSigterm() throws Exception {
        VfkitCommand command = command();
        startEarlier(command, "ignore-stop,ignore-hardstop");
        VfkitProcess attached = attach(VfkitLauncher.of(JAVA), command);
        assertEquals(new StopResult(Step.TERMINATE, VfkitProcess.UNKNOWN_EXIT_CODE),
                attached.stop(PATIENT_STOP.withStopTimeout(IGNORED_STEP).withHardStopTimeout(IGNORED_STEP)));
        assertTrue(attached.awaitExit(Duration.ofSeconds(10)));
    }

    @Test
    void closingAnAttachedVfkitLeavesItRunning() throws Exception {
        VfkitCommand command = command();
        VfkitProcess earlier = startEarlier(command, "");
        attach(VfkitLauncher.of(JAVA), command).close();
        assertTrue(earlier.isAlive());
        assertEquals(State.RUNNING, earlier.client().orElseThrow().state().state());
    }

    @Test
    void aStalePidFileNamingAnotherProgramIsRefusedAndThatProgramLeftAlone() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "60").start();
        children.add(sleep);
        VfkitCommand command = command();
        Files.writeString(Path.of(command.pidFile()), sleep.pid() + "\n");

        VfkitProcessException error = assertThrows(VfkitProcessException.class,
                () -> VfkitLauncher.of(FakeVfkitExecutable.create(dir)).attach(command));
        assertEquals(Reason.ATTACH_REFUSED, error.reason());
        assertTrue(error.getMessage().contains("not vfkit, krunkit or"), error.getMessage());
        assertTrue(error.getMessage().contains("left alone"), error.getMessage());

        // Even a launcher whose executable is sleep's: sleep does not serve the endpoint.
        Path sleepExecutable = Path.of(sleep.info().command().orElseThrow());
        VfkitProcessException notServing = assertThrows(VfkitProcessException.class,
                () -> VfkitLauncher.of(sleepExecutable).attach(command));
        assertEquals(Reason.ATTACH_REFUSED, notServing.reason());
        assertTrue(notServing.getMessage().contains("does not serve unix://"), notServing.getMessage());

        assertFalse(sleep.waitFor(200, TimeUnit.MILLISECONDS), "sleep must not have been signalled");
    }

    @Test
    void aVfkitServingAnotherEndpointIsNotTheOneAskedFor() throws Exception {
        VfkitCommand command = command();
        startEarlier(command, "");
        VfkitCommand other = command.withRestfulUri("unix://" + dir.resolve("other.sock"));
        VfkitProcessException error = assertThrows(VfkitProcessException.class,
                () -> VfkitLauncher.of(JAVA).attach(other));
        assertEquals(Reason.ATTACH_REFUSED, error.reason());
    }

    @Test
    void aPidFileNamingNoProcessOrNoPidIsRefused() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        VfkitCommand command = command();
        Files.writeString(Path.of(command.pidFile()), Long.toString(exited.pid()));
        assertEquals(Reason.EXITED, assertThrows(VfkitProcessException.class,
                () -> VfkitLauncher.of(JAVA).attach(command)).reason());

        Files.writeString(Path.of(command.pidFile()), "vfkit");
        assertEquals(Reason.ATTACH_REFUSED, assertThrows(VfkitProcessException.class,
                () -> VfkitLauncher.of(JAVA).attach(command)).reason());
        Files.delete(Path.of(command.pidFile()));
        assertEquals(Reason.ATTACH_REFUSED, assertThrows(VfkitProcessException.class,
                () -> VfkitLauncher.of(JAVA).attach(command)).reason());
    }

    @Test
    void whatCountsAsVfkitOrKrunkit() {
        assertTrue(Attach.isVfkitOrKrunkit("/opt/homebrew/bin/vfkit"));
        assertTrue(Attach.isVfkitOrKrunkit("/opt/homebrew/Cellar/krunkit/1.2.1/bin/krunkit"));
        assertFalse(Attach.isVfkitOrKrunkit("/bin/sleep"));
        assertFalse(Attach.isVfkitOrKrunkit("/usr/local/bin/vfkit-wrapper"));
        assertEquals(Optional.of("unix:///b"), Attach.restfulUri(List.of("--restful-uri", "unix:///a",
                "--restful-uri=unix:///b")));
        assertEquals(Optional.empty(), Attach.restfulUri(List.of("--restful-uri")));
    }

    @Test
    void attachingNeedsAPidFileAndAnEndpoint() throws IOException {
        VfkitCommand command = command();
        assertThrows(dev.vfkit4j.ConfigException.class,
                () -> VfkitLauncher.of(JAVA).attach(command.withPidFile(null)));
        assertThrows(dev.vfkit4j.ConfigException.class,
                () -> VfkitLauncher.of(JAVA).attach(command.withRestfulUri("none://")));
    }
}
