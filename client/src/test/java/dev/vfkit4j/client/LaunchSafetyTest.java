package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.client.StopResult.Step;
import dev.vfkit4j.client.VmState.State;
import dev.vfkit4j.devices.VirtioNet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Launching through a wrapper, and never taking someone else's server for the new vfkit. */
class LaunchSafetyTest extends FakeProcessTest {
    private VfkitLauncher launcher;

    @BeforeEach
    void fakeVfkit() throws IOException {
        launcher = fakeLauncher(FakeVfkitExecutable.create(dir));
    }

    private static VirtualMachine vm() {
        return VirtualMachine.builder().bootloader(EfiBootloader.of("/tmp/efi.fd", true)).build();
    }

    @Test
    void aWrapperPrefixRunsVfkitWithAnInheritedDescriptor() throws Exception {
        // What vmnet-run does, minus the vmnet interface: record its argv, then exec what follows "--".
        Path wrapper = dir.resolve("vmnet-run");
        Files.writeString(wrapper, "#!/bin/sh\n"
                + "printf '%s\\0' \"$@\" > \"$WRAPPER_RECORD\"\n"
                + "while [ \"$1\" != \"--\" ]; do shift; done\n"
                + "shift\n"
                + "exec \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        Path wrapperArgv = dir.resolve("wrapper-argv");

        VirtualMachine vm = vm().toBuilder().device(VirtioNet.builder().fd(3).build()).build();
        VfkitCommand command = VfkitCommand.of(vm).withRestfulUri("unix://" + dir.resolve("vfkit.sock"))
                .withPidFile(dir.resolve("vfkit.pid").toString());
        VfkitLauncher wrapped = launcher.withEnvironment("WRAPPER_RECORD", wrapperArgv.toString())
                .withCommandPrefix(List.of(wrapper.toString(), "--shared", "--"));
        try (VfkitProcess vfkit = track(wrapped.start(command))) {
            assertEquals(State.RUNNING, vfkit.awaitState(State.RUNNING, READY).state());

            List<String> expected = new ArrayList<>(List.of("--shared", "--", FakeVfkitExecutable.create(dir)
                    .toString()));
            expected.addAll(command.toCmdLine());
            String recorded = Files.readString(wrapperArgv, StandardCharsets.UTF_8);
            assertEquals(expected, Arrays.asList(recorded.substring(0, recorded.length() - 1).split("\0", -1)));
            assertEquals(command.toCmdLine(), FakeVfkit.recordedArgv(record));
            assertTrue(FakeVfkit.recordedArgv(record).contains("virtio-net,fd=3"));
            // The wrapper exec'd vfkit, so the pid started is vfkit's own.
            assertEquals(Long.toString(vfkit.pid()), Files.readString(dir.resolve("vfkit.pid")));
            assertEquals(new StopResult(Step.STOP, 0), vfkit.stop(PATIENT_STOP));
        }
    }

    @Test
    void withoutAWrapperAnInheritedDescriptorIsRefusedWithTheWayOut() {
        VirtualMachine vm = vm().toBuilder().device(VirtioNet.builder().fd(3).build()).build();
        ConfigException error = assertThrows(ConfigException.class, () -> launcher.start(VfkitCommand.of(vm)));
        assertTrue(error.getMessage().contains("withCommandPrefix"), error.getMessage());
        assertTrue(error.getMessage().contains("unixSocketPath"), error.getMessage());
        assertThrows(ConfigException.class, () -> launcher.withCommandPrefix(List.of("")));
    }

    @Test
    void aForeignServerOnTheSocketIsRefusedBeforeAnythingStarts() throws IOException {
        Path socket = dir.resolve("vfkit.sock");
        VfkitRestHandler foreign = new VfkitRestHandler(FakeVm.running(), VfkitClientTest.INSPECT_JSON);
        try (VfkitRestServer ignored = VfkitRestServer.unix(socket, foreign)) {
            VfkitProcessException error = assertThrows(VfkitProcessException.class,
                    () -> launcher.start(VfkitCommand.of(vm()).withRestfulUri("unix://" + socket)));
            assertEquals(VfkitProcessException.Reason.ENDPOINT_IN_USE, error.reason());
            assertTrue(error.getMessage().contains("something already answers on unix://" + socket),
                    error.getMessage());
        }
        assertNothingStarted();
        assertEquals(List.of(), foreign.received());
    }

    @Test
    void aForeignServerOnTheTcpPortIsRefusedBeforeAnythingStarts() throws IOException {
        VfkitRestHandler foreign = new VfkitRestHandler(FakeVm.running(), VfkitClientTest.INSPECT_JSON);
        try (VfkitRestServer server = VfkitRestServer.tcp(foreign)) {
            VfkitProcessException error = assertThrows(VfkitProcessException.class,
                    () -> launcher.start(VfkitCommand.of(vm()).withRestfulUri(server.endpoint().toUri())));
            assertEquals(VfkitProcessException.Reason.ENDPOINT_IN_USE, error.reason());
        }
        assertNothingStarted();
        assertEquals(List.of(), foreign.received());
    }

    @Test
    void aWaitCutShortByItsOwnDeadlineReportsTheLastAnswer() throws Exception {
        // vfkit answers STARTING once, then never again: the request that the deadline cuts short is no news.
        AtomicInteger requests = new AtomicInteger();
        String starting = VfkitClientTest.ok("{\"canHardStop\":true,\"canPause\":false,\"canResume\":false,"
                + "\"canStart\":false,\"canStop\":false,\"state\":\"VirtualMachineStateStarting\"}");
        ScriptedServer.Script script = (connection, server) -> {
            if (requests.getAndIncrement() == 0) {
                ScriptedServer.answers(starting).answer(connection, server);
            } else {
                ScriptedServer.NEVER_ANSWERS.answer(connection, server);
            }
        };
        Process child = new ProcessBuilder("sleep", "60").start();
        ScriptedServer server = ScriptedServer.tcp(script);
        VfkitProcess vfkit = new VfkitProcess(VfkitCommand.of(vm()).withRestfulUri(server.endpoint().toUri()), child,
                VfkitClient.of(server.endpoint(), new ClientOptions(PATIENCE, PATIENCE)),
                new StderrTail(child.getErrorStream(), null, "test-stderr"), RestApi.VFKIT);
        try {
            VfkitProcessException error = assertThrows(VfkitProcessException.class,
                    () -> vfkit.awaitState(State.RUNNING, Duration.ofSeconds(2)));
            assertEquals(VfkitProcessException.Reason.TIMED_OUT, error.reason());
            assertTrue(requests.get() >= 2, "the wait asked again after the answer");
            assertTrue(error.getMessage().contains("last: the VM was VirtualMachineStateStarting"),
                    error.getMessage());
        } finally {
            // The child gone first, closing sends nothing to the server that never answers.
            child.destroyForcibly().waitFor();
            vfkit.close();
            server.close();
        }
    }

    @Test
    void anExitedVfkitIsNeverTakenForTheServerOnItsEndpoint() throws Exception {
        VfkitRestHandler foreign = new VfkitRestHandler(FakeVm.running(), VfkitClientTest.INSPECT_JSON);
        try (VfkitRestServer server = VfkitRestServer.tcp(foreign)) {
            // A vfkit that failed at once, while another program serves where it should have.
            Process child = new ProcessBuilder("sh", "-c", "echo 'address already in use' >&2; exit 1").start();
            child.waitFor();
            VfkitCommand command = VfkitCommand.of(vm()).withRestfulUri(server.endpoint().toUri());
            VfkitClient client = VfkitClient.of(server.endpoint());
            try (VfkitProcess vfkit = new VfkitProcess(command, child, client,
                    new StderrTail(child.getErrorStream(), null, "test-stderr"), RestApi.VFKIT)) {
                VfkitProcessException error = assertThrows(VfkitProcessException.class,
                        () -> vfkit.awaitState(State.RUNNING, Duration.ofSeconds(5)));
                assertEquals(VfkitProcessException.Reason.EXITED, error.reason());
                assertTrue(error.stderrTail().contains("address already in use"), error.stderrTail());
                assertEquals(new StopResult(Step.ALREADY_EXITED, 1), vfkit.stop(PATIENT_STOP));
                VfkitClientException pause = assertThrows(VfkitClientException.class,
                        () -> vfkit.client().orElseThrow().pause());
                assertEquals(VfkitClientException.Reason.PROCESS_EXITED, pause.reason());
            }
        }
        // Neither the wait, the stop nor the pause sent anything to the VM that runs there.
        assertEquals(List.of(), foreign.received());
    }

    private void assertNothingStarted() throws IOException {
        try (Stream<Path> recorded = Files.list(record)) {
            assertEquals(0, recorded.count());
        }
    }
}
