package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.Target;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioSerial;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher prints for the binary it runs: it asks {@code --version} (the fakes answer with real releases' lines)
 * unless a target is fixed, and refuses, before starting anything, a command that binary cannot run.
 */
class TargetLaunchTest extends FakeProcessTest {
    private static final MacAddress MAC = MacAddress.parse("5a:94:ef:e4:0c:ee");

    private VfkitCommand command(VirtualMachine.Builder vm) {
        return VfkitCommand.of(vm.bootloader(EfiBootloader.of(dir.resolve("efi.fd").toString(), true))
                .device(VirtioBlk.of(dir.resolve("disk.raw").toString()))
                .build()).withRestfulUri("unix://" + dir.resolve("rest.sock"));
    }

    @Test
    void aVfkit061IsAskedAndGivenWhatItReads() throws Exception {
        VfkitLauncher launcher = fakeLauncher(FakeVfkitExecutable.create(dir))
                .withEnvironment("FAKE_VERSION", "vfkit version: v0.6.1");
        assertEquals(Target.vfkit("0.6.1"), launcher.target());

        VfkitCommand gvproxy = command(VirtualMachine.builder()
                .device(VirtioNet.unixSocket(dir.resolve("gvproxy.sock").toString(), MAC)));
        VfkitProcess vfkit = track(launcher.start(gvproxy));
        vfkit.awaitReady(READY);
        assertEquals(gvproxy.toCmdLine(Target.vfkit("0.6.1")), FakeVfkit.recordedArgv(record));
        vfkit.stop(PATIENT_STOP);

        // The handshake off needs vfkit 0.6.2's spelling: refused before anything starts.
        Files.delete(record.resolve("argv"));
        VfkitCommand noHandshake = command(VirtualMachine.builder()
                .device(VirtioNet.builder().unixSocketPath(dir.resolve("vmnet.sock").toString()).mac(MAC)
                        .vfkitMagic(false).build())
                .device(VirtioSerial.pseudoTerminal()));
        ConfigException error = assertThrows(ConfigException.class, () -> launcher.start(noHandshake));
        assertEquals("vfkit 0.6.1: cannot run this command line: virtio-net option 'type' needs vfkit 0.6.2;"
                + " virtio-net option 'vfkitMagic' needs vfkit 0.6.2; virtio-serial option 'pty' needs vfkit 0.6.2",
                error.getMessage());
        assertFalse(Files.exists(record.resolve("argv")));
    }

    @Test
    void aFixedTargetIsNeverAsked() throws Exception {
        // This vfkit cannot say its version; the launcher does not ask.
        VfkitLauncher launcher = fakeLauncher(FakeVfkitExecutable.create(dir)).withEnvironment("FAKE_VERSION",
                "garbage").withTarget(Target.vfkit("0.6.2"));
        assertEquals(Target.vfkit("0.6.2"), launcher.target());
        VfkitCommand nested = command(VirtualMachine.builder().nested(true));
        VfkitProcess vfkit = track(launcher.start(nested));
        vfkit.awaitReady(READY);
        assertEquals(nested.toCmdLine(), FakeVfkit.recordedArgv(record));
        vfkit.stop(PATIENT_STOP);

        VfkitLauncher unfixed = fakeLauncher(FakeVfkitExecutable.create(dir)).withEnvironment("FAKE_VERSION",
                "garbage");
        assertThrows(ConfigException.class, () -> unfixed.start(nested));
        assertThrows(ConfigException.class, () -> unfixed.withTarget(Target.vfkit("0.6.1")).start(nested));
    }

    @Test
    void krunkitGetsItsOwnSpelling() throws Exception {
        VfkitLauncher launcher = fakeLauncher(FakeVfkitExecutable.createKrunkit(dir));
        assertEquals(Target.krunkit("1.2.1"), launcher.target());
        VfkitCommand command = command(VirtualMachine.builder().cpus(2)).withLogLevel(VfkitCommand.LogLevel.DEBUG);
        VfkitProcess krunkit = track(launcher.start(command));
        krunkit.awaitReady(READY);
        List<String> argv = FakeVfkit.recordedArgv(record);
        assertEquals(command.toCmdLine(Target.krunkit("1.2.1")), argv);
        assertTrue(argv.containsAll(List.of("--krun-log-level", "4")), argv.toString());
        krunkit.stop(PATIENT_STOP);
        assertEquals(0, krunkit.onExit().get(30, TimeUnit.SECONDS));

        VfkitCommand nat = command(VirtualMachine.builder().device(VirtioNet.withNat()));
        ConfigException error = assertThrows(ConfigException.class, () -> launcher.start(nat));
        assertTrue(error.getMessage().startsWith("krunkit 1.2.1: cannot run this command line: "), error.getMessage());
        assertTrue(error.getMessage().contains("virtio-net,nat is not supported by krunkit"), error.getMessage());
    }

    @Test
    void aBinaryThatCannotSayItsVersionIsNotStarted() throws IOException {
        Path broken = dir.resolve("vfkit");
        Files.writeString(broken, "#!/bin/sh\necho 'Error: unknown flag: --version' >&2\nexit 1\n");
        broken.toFile().setExecutable(true);
        VfkitProcessException error = assertThrows(VfkitProcessException.class,
                () -> VfkitLauncher.of(broken).start(command(VirtualMachine.builder())));
        assertEquals(VfkitProcessException.Reason.EXITED, error.reason());
    }
}
