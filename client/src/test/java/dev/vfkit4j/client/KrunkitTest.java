package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.Target;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.client.StopResult.Step;
import dev.vfkit4j.client.VfkitClientException.Reason;
import dev.vfkit4j.client.VmState.State;
import dev.vfkit4j.devices.VirtioBlk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The client and launcher against {@link FakeKrunkit}, a separate process answering as krunkit 1.2.1 does. */
class KrunkitTest extends FakeProcessTest {
    private VfkitLauncher launcher;

    @BeforeEach
    void fakeKrunkit() throws IOException {
        launcher = fakeLauncher(FakeVfkitExecutable.createKrunkit(dir));
    }

    private static VfkitCommand command(String uri) {
        VirtualMachine vm = VirtualMachine.builder()
                .cpus(2)
                .bootloader(EfiBootloader.of("/tmp/efi.fd", true))
                .device(VirtioBlk.of("/tmp/disk.raw"))
                .build();
        return VfkitCommand.of(vm).withRestfulUri(uri);
    }

    private VfkitProcess start(VfkitCommand command) {
        return start(launcher, command);
    }

    private VfkitProcess start(VfkitLauncher with, VfkitCommand command) {
        return track(with.start(command));
    }

    @Test
    void anExecutableNamedKrunkitIsDrivenThroughKrunkitsApi() {
        assertEquals(RestApi.KRUNKIT, launcher.restApi());
        assertEquals(RestApi.VFKIT, VfkitLauncher.of(Path.of("/opt/homebrew/bin/vfkit")).restApi());
        assertEquals(RestApi.VFKIT, launcher.withRestApi(RestApi.VFKIT).restApi());
    }

    @Test
    void aKrunkitUnderAnotherNameIsDrivenThroughKrunkitsApiBecauseOfItsTarget() throws Exception {
        VfkitLauncher renamed = fakeLauncher(FakeVfkitExecutable.createKrunkit(dir, "krunkit-build"));
        VfkitProcess krunkit = start(renamed, command("unix://" + dir.resolve("renamed.sock")));
        assertEquals(Target.krunkit("1.2.1"), renamed.target());
        assertEquals(RestApi.KRUNKIT, renamed.restApi());
        assertEquals(RestApi.KRUNKIT, krunkit.client().orElseThrow().api());
        assertEquals(State.RUNNING, krunkit.awaitState(State.RUNNING, READY).state());
        assertNotSupported(krunkit.client().orElseThrow()::pause, "POST /vm/state Pause");
        assertEquals(new StopResult(Step.STOP, 0), krunkit.stop(PATIENT_STOP));

        // A fixed target decides without asking the executable.
        Path elsewhere = dir.resolve("no-such-binary");
        assertEquals(RestApi.KRUNKIT, VfkitLauncher.of(elsewhere).withTarget(Target.krunkit("1.2.1")).restApi());
        assertEquals(RestApi.VFKIT, launcher.withTarget(Target.vfkit("0.6.4")).restApi());
    }

    @Test
    void stateAndStopWorkOverTheUnixSocketAndTheRestIsRefusedUnsent() throws Exception {
        VfkitCommand command = command("unix://" + dir.resolve("krunkit.sock"));
        VfkitProcess krunkit = start(command);
        assertEquals(State.RUNNING, krunkit.awaitState(State.RUNNING, READY).state());
        assertEquals(command.toCmdLine(), FakeVfkit.recordedArgv(record));
        VfkitClient client = krunkit.client().orElseThrow();
        assertEquals(RestApi.KRUNKIT, client.api());
        assertEquals(new VmState(State.RUNNING, "VirtualMachineStateRunning", false, false, false, true, false),
                client.state());

        // krunkit would shut the VM down on any of these POSTs; they are refused before anything is sent.
        assertNotSupported(client::pause, "POST /vm/state Pause");
        assertNotSupported(client::resume, "POST /vm/state Resume");
        assertNotSupported(client::hardStop, "POST /vm/state HardStop");
        assertNotSupported(client::inspect, "GET /vm/inspect");
        assertNotSupported(client::inspectJson, "GET /vm/inspect");
        assertTrue(krunkit.isAlive());
        assertEquals(State.RUNNING, client.state().state());

        // Stop, then (krunkit has no HardStop) SIGTERM: the guest shuts down at the first step.
        assertEquals(new StopResult(Step.STOP, 0), krunkit.stop(PATIENT_STOP));
    }

    @Test
    void krunkitIsDrivenOverTcpToo() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        VfkitProcess krunkit = start(command("tcp://localhost:" + port));
        assertEquals(State.RUNNING, krunkit.awaitReady(READY).state());
        krunkit.client().orElseThrow().stop();
        assertEquals(0, krunkit.onExit().get(30, TimeUnit.SECONDS));
    }

    @Test
    void theFakeAnswersEveryPathAsKrunkitDoesByteForByte() throws Exception {
        Path socket = dir.resolve("raw.sock");
        VfkitProcess krunkit = start(command("unix://" + socket));
        krunkit.awaitReady(READY);
        // krunkit answers every GET with its state, /vm/inspect included, and ends the answer by closing.
        assertEquals(FakeKrunkit.RUNNING, exchange(socket, "GET /vm/inspect HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertEquals(FakeKrunkit.RUNNING, exchange(socket, "GET /no/such/path HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertEquals("HTTP/1.1 200 OK\r\nContent-type: application/json\r\n\r\n"
                + "{\"state\": \"VirtualMachineStateRunning\"}\0", FakeKrunkit.RUNNING);
        assertEquals(FakeKrunkit.STOPPING, exchange(socket, "POST /vm/state HTTP/1.1\r\nHost: x\r\n"
                + "Content-Length: 17\r\n\r\n{\"state\":\"Pause\"}"));
        // Whatever the POST asked, krunkit shuts down.
        assertEquals(0, krunkit.onExit().get(30, TimeUnit.SECONDS));
    }

    @Test
    void krunkitsAnswerReadAsVfkitsSaysWhatToDo() throws IOException {
        try (ScriptedServer server = ScriptedServer.tcp(ScriptedServer.answers(FakeKrunkit.RUNNING));
                VfkitClient vfkitClient = VfkitClient.of(server.endpoint());
                VfkitClient krunkitClient = VfkitClient.of(server.endpoint(), ClientOptions.DEFAULT,
                        RestApi.KRUNKIT)) {
            assertEquals(State.RUNNING, krunkitClient.state().state());
            VfkitClientException error = assertThrows(VfkitClientException.class, vfkitClient::state);
            assertEquals(Reason.MALFORMED_RESPONSE, error.reason());
            assertTrue(error.getMessage().contains("that is krunkit's answer"), error.getMessage());
        }
    }

    @Test
    void aKrunkitAnswerWithoutAStateIsMalformed() throws IOException {
        String noState = "HTTP/1.1 200 OK\r\nContent-type: application/json\r\n\r\n{\"status\": \"up\"}\0";
        try (ScriptedServer server = ScriptedServer.tcp(ScriptedServer.answers(noState));
                VfkitClient client = VfkitClient.of(server.endpoint(), ClientOptions.DEFAULT, RestApi.KRUNKIT)) {
            VfkitClientException error = assertThrows(VfkitClientException.class, client::state);
            assertEquals(Reason.MALFORMED_RESPONSE, error.reason());
            assertTrue(error.getMessage().startsWith("krunkit at tcp://"), error.getMessage());
        }
    }

    private static void assertNotSupported(Executable call, String request) {
        VfkitClientException error = assertThrows(VfkitClientException.class, call);
        assertEquals(Reason.NOT_SUPPORTED, error.reason());
        assertEquals(request, error.request());
        assertTrue(error.getMessage().contains("not supported by krunkit"), error.getMessage());
    }

    /** Sends {@code request} on a fresh connection and reads the answer until the server closes. */
    private static String exchange(Path socket, String request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(1024);
            while (channel.read(buffer) >= 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
