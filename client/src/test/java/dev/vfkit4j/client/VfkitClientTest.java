package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.Size;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.client.VfkitClientException.Reason;
import dev.vfkit4j.client.VmState.State;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The client against a server that answers as vfkit's handlers do, and against servers that misbehave. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VfkitClientTest {
    /** A trimmed {@code GET /vm/inspect} answer in vfkit's shape. */
    static final String INSPECT_JSON = "{\"vcpus\":2,\"memoryBytes\":2147483648,\"bootloader\":{\"kind\":\"efiBootloader\","
            + "\"efiVariableStorePath\":\"/tmp/efi.fd\",\"createVariableStore\":true},\"devices\":[{\"kind\":\"virtionet\","
            + "\"nat\":true,\"macAddress\":\"5a:94:ef:e4:0c:ee\"}]}";
    private static final ClientOptions QUICK = new ClientOptions(Duration.ofSeconds(2), Duration.ofSeconds(2));

    enum Where { TCP, UNIX }

    @TempDir
    Path dir;
    private final List<AutoCloseable> resources = new java.util.ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void readsTheStateAsVfkitSendsIt(Where where) {
        VfkitClient client = clientOf(serve(where, FakeVm.running()));
        VmState state = client.state();
        assertEquals(new VmState(State.RUNNING, "VirtualMachineStateRunning", false, true, false, true, true), state);
        assertTrue(state.is(State.RUNNING));
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void pausesAndResumes(Where where) {
        VfkitRestHandler handler = new VfkitRestHandler(FakeVm.running(), INSPECT_JSON);
        VfkitClient client = clientOf(serve(where, handler));

        client.pause();
        VmState paused = client.state();
        assertEquals(State.PAUSED, paused.state());
        assertTrue(paused.canResume());
        client.resume();
        assertEquals(State.RUNNING, client.state().state());

        VfkitRestHandler.Received pause = handler.received().get(0);
        assertEquals(new VfkitRestHandler.Received("POST", "/vm/state", "application/json",
                "{\"state\":\"Pause\"}"), pause);
        assertEquals("{\"state\":\"Resume\"}", handler.received().get(2).body());
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void aRefusedTransitionCarriesVfkitsError(Where where) {
        VfkitClient client = clientOf(serve(where, FakeVm.running()));
        VfkitClientException error = assertThrows(VfkitClientException.class, client::resume);
        assertEquals(Reason.ERROR_STATUS, error.reason());
        assertEquals(500, error.status());
        assertEquals(FakeVm.INVALID_TRANSITION, error.vfkitError());
        assertEquals("POST /vm/state Resume", error.request());
        assertTrue(error.getMessage().contains("500") && error.getMessage().contains("Invalid virtual machine state"),
                error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void stopAsksTheGuestWhichStopsInItsOwnTime(Where where) throws Exception {
        FakeVm vm = FakeVm.running();
        VfkitClient client = clientOf(serve(where, vm));
        client.stop();
        assertEquals(State.STOPPED, vm.whenStopped().get(10, TimeUnit.SECONDS));
        VmState stopped = client.state();
        assertEquals(State.STOPPED, stopped.state());
        assertTrue(stopped.canStart());
        assertEquals(Reason.ERROR_STATUS, assertThrows(VfkitClientException.class, client::stop).reason());
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void hardStopStopsAtOnce(Where where) {
        VfkitClient client = clientOf(serve(where, FakeVm.running()));
        client.pause();
        client.hardStop();
        assertEquals(State.STOPPED, client.state().state());
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void inspectReadsTheVmFromVfkitsJson(Where where) {
        VfkitClient client = clientOf(serve(where, FakeVm.running()));
        VirtualMachine vm = client.inspect();
        assertEquals(2, vm.vcpus());
        assertEquals(Size.ofGiB(2), vm.memory());
        assertEquals(EfiBootloader.of("/tmp/efi.fd", true), vm.bootloader());
        assertEquals(List.of(VirtioNet.builder().nat(true).mac(MacAddress.parse("5a:94:ef:e4:0c:ee")).build()),
                vm.devices());
        assertEquals(INSPECT_JSON, client.inspectJson());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"vcpus\":1,\"memoryBytes\":536870912}", "[]", "{\"vcpus\":\"two\"}"})
    void aBodyThatIsNoVmIsAMalformedAnswer(String json) {
        VfkitClient client = clientOf(serve(Where.TCP, new VfkitRestHandler(FakeVm.running(), json)));
        VfkitClientException error = assertThrows(VfkitClientException.class, client::inspect);
        assertEquals(Reason.MALFORMED_RESPONSE, error.reason());
        assertTrue(error.getMessage().contains("does not describe a VM"), error.getMessage());
        assertTrue(error.getCause() instanceof ConfigException);
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void anErrorWithoutVfkitsJsonKeepsTheBodyText(Where where) throws IOException {
        RestEndpoint endpoint = script(where, ScriptedServer.answers("HTTP/1.1 404 Not Found\r\nContent-Type:"
                + " text/plain\r\nContent-Length: 18\r\n\r\n404 page not found"));
        VfkitClientException error = assertThrows(VfkitClientException.class, () -> clientOf(endpoint).state());
        assertEquals(Reason.ERROR_STATUS, error.reason());
        assertEquals(404, error.status());
        assertNull(error.vfkitError());
        assertTrue(error.getMessage().endsWith("answered 404 Not Found: 404 page not found"), error.getMessage());
    }

    @Test
    void aRefusedTcpConnectionSaysSo() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        VfkitClientException error = assertThrows(VfkitClientException.class,
                () -> clientOf(RestEndpoint.tcp("127.0.0.1", port)).state());
        assertEquals(Reason.CONNECTION_FAILED, error.reason());
        assertTrue(error.getMessage().startsWith("vfkit at tcp://127.0.0.1:" + port + ", GET /vm/state: cannot"
                + " connect"), error.getMessage());
    }

    @Test
    void aMissingSocketSaysSo() {
        Path socket = dir.resolve("missing.sock");
        VfkitClientException error = assertThrows(VfkitClientException.class,
                () -> clientOf(RestEndpoint.unixSocket(socket.toString())).state());
        assertEquals(Reason.CONNECTION_FAILED, error.reason());
        assertTrue(error.getMessage().contains(socket + " does not exist"), error.getMessage());
    }

    @Test
    void aStaleSocketIsARefusedConnection() throws IOException {
        // What a vfkit killed with SIGKILL leaves behind: the file, nobody listening.
        Path socket = dir.resolve("stale.sock");
        try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            listener.bind(UnixDomainSocketAddress.of(socket));
        }
        assertTrue(Files.exists(socket));
        VfkitClientException error = assertThrows(VfkitClientException.class,
                () -> clientOf(RestEndpoint.unixSocket(socket.toString())).state());
        assertEquals(Reason.CONNECTION_FAILED, error.reason(), error.getMessage());
    }

    @Test
    void aConnectionThatIsNeverAcceptedTimesOut() throws IOException {
        // A listener that never accepts, its backlog filled: Linux then drops further SYNs, so a connect hangs.
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new java.util.ArrayList<>();
            boolean backlogFull = false;
            try {
                for (int i = 0; i < 16 && !backlogFull; i++) {
                    Socket filler = new Socket();
                    fillers.add(filler);
                    try {
                        filler.connect(listener.getLocalSocketAddress(), 250);
                    } catch (SocketTimeoutException e) {
                        backlogFull = true;
                    }
                }
                assumeTrue(backlogFull, "this kernel answers connects beyond the backlog");
                VfkitClient client = track(VfkitClient.of(RestEndpoint.tcp("127.0.0.1", listener.getLocalPort()),
                        QUICK.withConnectTimeout(Duration.ofMillis(300))));
                long start = System.nanoTime();
                VfkitClientException error = assertThrows(VfkitClientException.class, client::state);
                assertEquals(Reason.TIMEOUT, error.reason(), error.getMessage());
                assertTrue(error.getMessage().endsWith("no connection within 300 ms"), error.getMessage());
                assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void aServerThatNeverAnswersTimesOut(Where where) throws IOException {
        RestEndpoint endpoint = script(where, ScriptedServer.NEVER_ANSWERS);
        VfkitClient client = track(VfkitClient.of(endpoint, QUICK.withReadTimeout(Duration.ofMillis(300))));
        long start = System.nanoTime();
        VfkitClientException error = assertThrows(VfkitClientException.class, client::pause);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(Reason.TIMEOUT, error.reason(), error.getMessage());
        assertTrue(error.getMessage().contains("within 300 ms"), error.getMessage());
        assertTrue(waited.compareTo(Duration.ofMillis(300)) >= 0 && waited.compareTo(Duration.ofSeconds(10)) < 0,
                waited.toString());
    }

    @Test
    void aLimitBoundsTheWholeExchange() throws IOException {
        RestEndpoint endpoint = script(Where.TCP, ScriptedServer.NEVER_ANSWERS);
        VfkitClient client = track(VfkitClient.of(endpoint, QUICK.withReadTimeout(Duration.ofSeconds(30))));
        long start = System.nanoTime();
        VfkitClientException error = assertThrows(VfkitClientException.class,
                () -> client.state(Duration.ofMillis(300)));
        assertEquals(Reason.TIMEOUT, error.reason(), error.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void aServerThatDiesMidAnswerLosesTheConnection(Where where) throws IOException {
        RestEndpoint endpoint = script(where, ScriptedServer.answers("HTTP/1.1 200 OK\r\nContent-Type:"
                + " application/json\r\nContent-Length: 200\r\n\r\n{\"canHardStop\":true,\"canPa"));
        VfkitClientException error = assertThrows(VfkitClientException.class, () -> clientOf(endpoint).state());
        assertEquals(Reason.CONNECTION_LOST, error.reason(), error.getMessage());
    }

    @Test
    void aServerThatHangsUpWithoutAnAnswerLosesTheConnection() throws IOException {
        RestEndpoint endpoint = script(Where.TCP, ScriptedServer.answers(""));
        VfkitClientException error = assertThrows(VfkitClientException.class, () -> clientOf(endpoint).state());
        assertEquals(Reason.CONNECTION_LOST, error.reason(), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json", "[]", "", "{\"state\":5,\"canStart\":false,\"canPause\":true,\"canResume\":false,\"canStop\":true,"
            + "\"canHardStop\":true}",
        "{\"state\":\"VirtualMachineStateRunning\",\"canStart\":false,\"canResume\":false,\"canStop\":true,"
            + "\"canHardStop\":true}",
        "{\"state\":\"VirtualMachineStateRunning\",\"canStart\":\"no\",\"canPause\":true,\"canResume\":false,"
            + "\"canStop\":true,\"canHardStop\":true}",
        "{\"state\":\"VirtualMachineStateRunning\""})
    void aGarbageBodyIsAMalformedAnswer(String body) throws IOException {
        RestEndpoint endpoint = script(Where.TCP, ScriptedServer.answers(ok(body)));
        VfkitClientException error = assertThrows(VfkitClientException.class, () -> clientOf(endpoint).state());
        assertEquals(Reason.MALFORMED_RESPONSE, error.reason(), error.getMessage());
        assertEquals(200, error.status());
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void anAnswerThatIsNotHttpIsMalformed(Where where) throws IOException {
        RestEndpoint endpoint = script(where, ScriptedServer.answers("SSH-2.0-OpenSSH_9.6\r\n\r\n"));
        VfkitClientException error = assertThrows(VfkitClientException.class, () -> clientOf(endpoint).state());
        assertEquals(Reason.MALFORMED_RESPONSE, error.reason(), error.getMessage());
    }

    @Test
    void aChunkedAnswerIsReadWhole() throws IOException {
        // Go's net/http sends a body it has not measured, such as a long /vm/inspect, in chunks.
        String first = INSPECT_JSON.substring(0, 100);
        String rest = INSPECT_JSON.substring(100);
        RestEndpoint endpoint = script(Where.TCP, ScriptedServer.answers("HTTP/1.1 200 OK\r\nContent-Type:"
                + " application/json; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(first.length()) + "\r\n" + first + "\r\n"
                + Integer.toHexString(rest.length()) + ";ext=1\r\n" + rest + "\r\n0\r\n\r\n"));
        assertEquals(INSPECT_JSON, clientOf(endpoint).inspectJson());
    }

    @Test
    void anAnswerOfSeveralMegabytesIsReadWhole() throws IOException {
        // Read in many pieces: the client must wait for all of them, and keep every byte in order.
        String padded = INSPECT_JSON + " ".repeat(3 << 20) + "\n";
        RestEndpoint endpoint = script(Where.TCP, ScriptedServer.answers("HTTP/1.1 200 OK\r\nContent-Type:"
                + " application/json\r\nContent-Length: " + padded.length() + "\r\n\r\n" + padded));
        assertEquals(padded, clientOf(endpoint).inspectJson());
    }

    @Test
    void anAnswerWithoutLengthThatGrowsPastTheLimitIsMalformed() throws IOException {
        RestEndpoint endpoint = script(Where.TCP, ScriptedServer.answers("HTTP/1.1 200 OK\r\n\r\n{\"state\":\""
                + "x".repeat(5 << 20)));
        VfkitClientException error = assertThrows(VfkitClientException.class, () -> clientOf(endpoint).state());
        assertEquals(Reason.MALFORMED_RESPONSE, error.reason());
        assertTrue(error.getMessage().contains("larger than 4 MiB"), error.getMessage());
    }

    @Test
    void anAnswerLargerThanVfkitEverSendsIsMalformed() throws IOException {
        RestEndpoint endpoint = script(Where.TCP, ScriptedServer.answers("HTTP/1.1 200 OK\r\nContent-Length: "
                + (64 << 20) + "\r\n\r\n{"));
        VfkitClientException error = assertThrows(VfkitClientException.class, () -> clientOf(endpoint).state());
        assertEquals(Reason.MALFORMED_RESPONSE, error.reason());
        assertTrue(error.getMessage().contains("larger than 4 MiB"), error.getMessage());
    }

    @Test
    void aStateThisVersionDoesNotKnowIsKept() throws IOException {
        RestEndpoint endpoint = script(Where.TCP, ScriptedServer.answers(ok("{\"canHardStop\":false,\"canPause\":false,"
                + "\"canResume\":false,\"canStart\":false,\"canStop\":false,\"state\":\"VirtualMachineState(10)\"}")));
        VmState state = clientOf(endpoint).state();
        assertEquals(State.UNRECOGNIZED, state.state());
        assertEquals("VirtualMachineState(10)", state.name());
    }

    @Test
    void thereIsNoClientForNone() {
        ConfigException error = assertThrows(ConfigException.class, () -> VfkitClient.of(RestEndpoint.NONE));
        assertEquals("--restful-uri", error.component());
    }

    @Test
    void aClosedClientRefusesCalls() {
        VfkitClient client = VfkitClient.of(serve(Where.TCP, FakeVm.running()), QUICK);
        client.close();
        assertThrows(IllegalStateException.class, client::state);
    }

    @Test
    void timeoutsMustBePositive() {
        assertThrows(ConfigException.class, () -> QUICK.withConnectTimeout(Duration.ZERO));
        assertThrows(ConfigException.class, () -> QUICK.withReadTimeout(Duration.ofMillis(-1)));
        assertThrows(ConfigException.class, () -> new ClientOptions(null, Duration.ofSeconds(1)));
    }

    static String ok(String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private RestEndpoint serve(Where where, FakeVm vm) {
        return serve(where, new VfkitRestHandler(vm, INSPECT_JSON));
    }

    private RestEndpoint serve(Where where, VfkitRestHandler handler) {
        VfkitRestServer server = where == Where.TCP ? VfkitRestServer.tcp(handler)
                : VfkitRestServer.unix(dir.resolve("vfkit.sock"), handler);
        track(server);
        return server.endpoint();
    }

    private RestEndpoint script(Where where, ScriptedServer.Script script) throws IOException {
        ScriptedServer server = where == Where.TCP ? ScriptedServer.tcp(script)
                : ScriptedServer.unix(dir.resolve("scripted.sock"), script);
        track(server);
        return server.endpoint();
    }

    private VfkitClient clientOf(RestEndpoint endpoint) {
        return track(VfkitClient.of(endpoint, QUICK));
    }

    private <T extends AutoCloseable> T track(T resource) {
        // Clients first, so that they close before their servers.
        resources.add(0, resource);
        return resource;
    }
}
