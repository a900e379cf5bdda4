package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioSerial;
import dev.vfkit4j.devices.VirtioVsock;
import dev.vfkit4j.client.StopResult.Step;
import dev.vfkit4j.client.VmState.State;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The launcher and process handle against {@link FakeVfkit}, a separate process serving vfkit's REST API. */
class VfkitProcessTest extends FakeProcessTest {
    private VfkitLauncher launcher;

    @BeforeEach
    void fakeVfkit() throws IOException {
        launcher = fakeLauncher(FakeVfkitExecutable.create(dir));
    }

    private static VirtualMachine vm() {
        return VirtualMachine.builder()
                .cpus(2)
                .bootloader(EfiBootloader.of("/tmp/efi vars.fd", true))
                .device(VirtioBlk.of("/tmp/disk with 'quotes' \"double\" and $HOME;.raw"))
                .device(VirtioNet.withNat())
                .device(VirtioVsock.builder().port(1025).socketUrl("/tmp/vsock.sock").build())
                .device(VirtioSerial.logFile("/tmp/serial *.log"))
                .build();
    }

    private VfkitProcess start(VfkitLauncher launcher, VfkitCommand command) {
        return track(launcher.start(command));
    }

    private String socket() {
        return "unix://" + dir.resolve("vfkit.sock");
    }

    @Test
    void vfkitGetsExactlyTheCommandLineInTheGivenDirectory() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path workDir = Files.createDirectory(dir.resolve("work"));
        VfkitCommand command = VfkitCommand.of(vm()).withRestfulUri("tcp://127.0.0.1:" + port)
                .withLogLevel(VfkitCommand.LogLevel.DEBUG).withPidFile(dir.resolve("vfkit.pid").toString());
        VfkitProcess vfkit = start(launcher.withWorkingDirectory(workDir), command);

        assertEquals(State.RUNNING, vfkit.awaitState(State.RUNNING, READY).state());
        assertEquals(command.toCmdLine(), FakeVfkit.recordedArgv(record));
        assertEquals(workDir.toString(), Files.readString(record.resolve("cwd")));
        assertEquals(Long.toString(vfkit.pid()), Files.readString(dir.resolve("vfkit.pid")));
        // The fake read the VM from its argv and describes it back as vfkit's JSON.
        assertEquals(command.vm(), vfkit.client().orElseThrow().inspect());

        vfkit.close();
        assertFalse(vfkit.isAlive());
        assertEquals(0, vfkit.onExit().get(10, TimeUnit.SECONDS));
    }

    @Test
    void pausesResumesAndStopsOverTheUnixSocket() throws Exception {
        Path log = dir.resolve("vfkit.log");
        VfkitProcess vfkit = start(launcher.withStderrLog(log), VfkitCommand.of(vm()).withRestfulUri(socket()));
        vfkit.awaitState(State.RUNNING, READY);
        VfkitClient client = vfkit.client().orElseThrow();

        client.pause();
        assertEquals(State.PAUSED, client.state().state());
        client.resume();
        assertEquals(State.RUNNING, client.state().state());

        StopResult stopped = vfkit.stop(PATIENT_STOP);
        assertEquals(new StopResult(Step.STOP, 0), stopped);
        assertEquals(0, vfkit.onExit().get(10, TimeUnit.SECONDS));
        assertEquals(new StopResult(Step.ALREADY_EXITED, 0), vfkit.stop(PATIENT_STOP));
        assertTrue(vfkit.stderrTail().contains("level=info msg=\"VM is stopped\""), vfkit.stderrTail());
        awaitContent(log, "VM is stopped");
    }

    /** How long the test watches a VM that cannot boot yet stay {@code STARTING}. */
    private static final Duration NO_BOOT_WINDOW = Duration.ofSeconds(5);

    @Test
    void readyMeansAnsweringWhichComesBeforeTheVmRuns() throws Exception {
        Path booted = dir.resolve("booted");
        VfkitProcess vfkit = start(launcher.withEnvironment("FAKE_VFKIT_BOOT_WHEN", booted.toString()),
                VfkitCommand.of(vm()).withRestfulUri(socket()));

        assertEquals(State.STARTING, vfkit.awaitReady(READY).state());
        // The fake stays STARTING until the file exists, so a long window cannot change the outcome, and gives a
        // loaded machine time to answer at least once.
        VfkitProcessException notYet = assertThrows(VfkitProcessException.class,
                () -> vfkit.awaitState(State.RUNNING, NO_BOOT_WINDOW));
        assertEquals(VfkitProcessException.Reason.TIMED_OUT, notYet.reason());
        assertTrue(notYet.getMessage().contains("last: the VM was VirtualMachineStateStarting"), notYet.getMessage());
        assertTrue(notYet.exitCode().isEmpty());

        Files.createFile(booted);
        assertEquals(State.RUNNING, vfkit.awaitState(State.RUNNING, READY).state());
    }

    @Test
    void aVfkitThatExitsAtOnceSaysWhyThroughItsStderr() throws Exception {
        Path log = dir.resolve("vfkit.log");
        VfkitProcess vfkit = start(launcher.withEnvironment("FAKE_VFKIT_MODES", "exit-at-once").withStderrLog(log),
                VfkitCommand.of(vm()).withRestfulUri(socket()));

        long start = System.nanoTime();
        VfkitProcessException error = assertThrows(VfkitProcessException.class, () -> vfkit.awaitReady(READY));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(READY) < 0);
        assertEquals(VfkitProcessException.Reason.EXITED, error.reason());
        assertEquals(1, error.exitCode().orElseThrow());
        assertTrue(error.getMessage().contains("exited with code 1 before its REST API answered"), error.getMessage());
        assertTrue(error.getMessage().contains("Error: could not create the virtual machine"), error.getMessage());
        assertTrue(error.stderrTail().contains("level=error msg=\"Virtualization is not available"),
                error.stderrTail());
        awaitContent(log, "Error: could not create the virtual machine");
    }

    static Stream<Arguments> escalation() {
        return Stream.of(
                Arguments.of("ignore-stop", Step.HARD_STOP, 0),
                Arguments.of("ignore-stop,ignore-hardstop", Step.TERMINATE, 128 + 15),
                Arguments.of("ignore-stop,ignore-hardstop,ignore-sigterm", Step.KILL, 128 + 9));
    }

    @ParameterizedTest
    @MethodSource("escalation")
    void stopInsistsUntilVfkitExits(String modes, Step expected, int exitCode) throws Exception {
        VfkitProcess vfkit = start(launcher.withEnvironment("FAKE_VFKIT_MODES", modes),
                VfkitCommand.of(vm()).withRestfulUri(socket()));
        vfkit.awaitState(State.RUNNING, READY);
        assertEquals(new StopResult(expected, exitCode), vfkit.stop(ignoringStepsBefore(expected)));
        assertFalse(vfkit.isAlive());
    }

    /**
     * Short windows for the steps the fake ignores (however long, they could not change the outcome), patience from
     * the step that should work on: a slow machine cannot push the stop on to the next step.
     */
    private static StopPolicy ignoringStepsBefore(Step expected) {
        StopPolicy policy = PATIENT_STOP.withStopTimeout(IGNORED_STEP);
        if (expected.compareTo(Step.HARD_STOP) > 0) {
            policy = policy.withHardStopTimeout(IGNORED_STEP);
        }
        if (expected.compareTo(Step.TERMINATE) > 0) {
            policy = policy.withTerminateTimeout(IGNORED_STEP);
        }
        return policy;
    }

    @Test
    void withoutARestEndpointOnlySignalsCanStopIt() throws Exception {
        VfkitProcess vfkit = start(launcher, VfkitCommand.of(vm()));
        assertTrue(vfkit.client().isEmpty());
        ConfigException error = assertThrows(ConfigException.class, () -> vfkit.awaitReady(READY));
        assertEquals("--restful-uri", error.component());
        assertEquals(new StopResult(Step.TERMINATE, 128 + 15), vfkit.stop(PATIENT_STOP));
    }

    @Test
    void aMissingExecutableFailsToStart() {
        VfkitProcessException error = assertThrows(VfkitProcessException.class,
                () -> VfkitLauncher.of(dir.resolve("no-vfkit-here")).start(VfkitCommand.of(vm())));
        assertEquals(VfkitProcessException.Reason.START_FAILED, error.reason());
        assertTrue(error.getMessage().contains("no-vfkit-here"), error.getMessage());
    }

    @Test
    void nothingStartsForACommandVfkitCannotBeGiven() throws IOException {
        VirtualMachine withFd = vm().toBuilder().device(VirtioNet.builder().fd(3).build()).build();
        ConfigException fd = assertThrows(ConfigException.class,
                () -> launcher.start(VfkitCommand.of(withFd).withRestfulUri(socket())));
        assertEquals("fd", fd.option());
        ConfigException uri = assertThrows(ConfigException.class,
                () -> launcher.start(VfkitCommand.of(vm()).withRestfulUri("unix://host/vfkit.sock")));
        assertEquals("--restful-uri", uri.component());
        try (Stream<Path> recorded = Files.list(record)) {
            assertEquals(0, recorded.count());
        }
    }

    @Test
    void stopPoliciesRefuseNegativeTimeouts() {
        assertThrows(ConfigException.class, () -> StopPolicy.DEFAULT.withStopTimeout(Duration.ofSeconds(-1)));
        assertThrows(ConfigException.class, () -> StopPolicy.DEFAULT.withKillTimeout(null));
    }

    /** The drainer copies stderr to the log as it reads; wait, with a bound, for the copy to catch up. */
    private static void awaitContent(Path file, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(file) && Files.readString(file).contains(text))) {
            assertTrue(System.nanoTime() < deadline, file + " never held: " + text);
            Thread.sleep(20);
        }
    }
}
