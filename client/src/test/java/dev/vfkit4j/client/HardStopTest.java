package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.client.StopResult.Step;
import dev.vfkit4j.client.VfkitClientException.Reason;
import dev.vfkit4j.client.VmState.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** vfkit often exits before it answers a HardStop (vfkit issue 277): a dropped connection is then a stop. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HardStopTest {
    /** Every request here is answered (or its connection lost): long timeouts cost nothing and spare a slow machine. */
    private static final ClientOptions PATIENT = new ClientOptions(Duration.ofSeconds(10), Duration.ofSeconds(30));

    @TempDir
    Path dir;

    @Test
    void aDroppedConnectionAfterTheVmStoppedIsAStop() {
        FakeVm vm = FakeVm.running();
        VfkitRestHandler handler = new VfkitRestHandler(vm, VfkitClientTest.INSPECT_JSON)
                .droppingHardStop(true, () -> { });
        try (VfkitRestServer server = VfkitRestServer.unix(dir.resolve("vfkit.sock"), handler);
                VfkitClient client = VfkitClient.of(server.endpoint(), PATIENT)) {
            client.hardStop();
            assertEquals(State.STOPPED, vm.state());
            // The client asked the state endpoint what happened.
            assertEquals("GET", handler.received().get(handler.received().size() - 1).method());
        }
    }

    @Test
    void aDroppedConnectionWhileTheVmStillRunsIsAnError() {
        VfkitRestHandler handler = new VfkitRestHandler(FakeVm.running(), VfkitClientTest.INSPECT_JSON)
                .droppingHardStop(false, () -> { });
        try (VfkitRestServer server = VfkitRestServer.tcp(handler);
                VfkitClient client = VfkitClient.of(server.endpoint(), PATIENT)) {
            VfkitClientException error = assertThrows(VfkitClientException.class, client::hardStop);
            assertEquals(Reason.CONNECTION_LOST, error.reason());
            assertEquals("POST /vm/state HardStop", error.request());
            assertTrue(error.getMessage().contains("still serves: the VM was VirtualMachineStateRunning"),
                    error.getMessage());
        }
    }

    @Test
    void aVfkitThatExitsBeforeAnsweringHasStopped() throws Exception {
        VirtualMachine vm = VirtualMachine.builder().bootloader(EfiBootloader.of("/tmp/efi.fd", true)).build();
        VfkitLauncher launcher = VfkitLauncher.of(FakeVfkitExecutable.create(dir)).withClientOptions(PATIENT)
                .withEnvironment("FAKE_VFKIT_MODES", "hardstop-exits-unanswered");
        Path socket = dir.resolve("vfkit.sock");
        try (VfkitProcess vfkit = launcher.start(VfkitCommand.of(vm).withRestfulUri("unix://" + socket))) {
            vfkit.awaitState(State.RUNNING, Duration.ofSeconds(30));
            vfkit.client().orElseThrow().hardStop();
            assertEquals(0, vfkit.onExit().get(30, TimeUnit.SECONDS));
            assertTrue(Files.notExists(socket));
        }
    }

    @Test
    void theStopPolicyCountsItAsTheHardStopStep() throws Exception {
        VirtualMachine vm = VirtualMachine.builder().bootloader(EfiBootloader.of("/tmp/efi.fd", true)).build();
        VfkitLauncher launcher = VfkitLauncher.of(FakeVfkitExecutable.create(dir)).withClientOptions(PATIENT)
                .withEnvironment("FAKE_VFKIT_MODES", "ignore-stop,hardstop-exits-unanswered");
        try (VfkitProcess vfkit = launcher.start(VfkitCommand.of(vm).withRestfulUri("unix://"
                + dir.resolve("vfkit.sock")))) {
            vfkit.awaitState(State.RUNNING, Duration.ofSeconds(30));
            // The guest ignores Stop, so its window cannot change the outcome; HardStop gets time on a slow machine.
            StopPolicy policy = new StopPolicy(Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofSeconds(30),
                    Duration.ofSeconds(30));
            assertEquals(new StopResult(Step.HARD_STOP, 0), vfkit.stop(policy));
        }
    }

    @Test
    void aHardStopThatIsAnsweredNeedsNoCheck() throws IOException {
        VfkitRestHandler handler = new VfkitRestHandler(FakeVm.running(), VfkitClientTest.INSPECT_JSON);
        try (VfkitRestServer server = VfkitRestServer.tcp(handler);
                VfkitClient client = VfkitClient.of(server.endpoint(), PATIENT)) {
            client.hardStop();
            assertEquals(1, handler.received().size());
        }
    }
}
