package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The test server answers as vfkit's gin handlers do; checked here with the JDK's own HTTP client, independent of
 * the client under test, for the answers the client cannot provoke.
 */
class VfkitRestHandlerTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private VfkitRestServer server;
    private String base;

    @BeforeEach
    void serve() {
        server = VfkitRestServer.tcp(new VfkitRestHandler(FakeVm.running(), VfkitClientTest.INSPECT_JSON));
        base = "http://127.0.0.1:" + server.endpoint().port();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theStateHasGoSortedKeys() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/vm/state")).GET());
        assertEquals(200, answer.statusCode());
        assertEquals("application/json; charset=utf-8", answer.headers().firstValue("Content-Type").orElse(null));
        assertEquals("{\"canHardStop\":true,\"canPause\":true,\"canResume\":false,\"canStart\":false,\"canStop\":true,"
                + "\"state\":\"VirtualMachineStateRunning\"}", answer.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"state\":\"Pause\"}|202|",
        "{\"STATE\":\"Pause\"}|202|",
        "|400|{\"error\":\"EOF\"}",
        "{\"state\":|400|{\"error\":\"unexpected EOF\"}",
        "pause|400|{\"error\":\"invalid character 'p' looking for beginning of value\"}",
        "{\"state\":1}|400|{\"error\":\"json: cannot unmarshal number into Go struct field VMState.state of type string\"}",
        "[]|400|{\"error\":\"json: cannot unmarshal array into Go value of type define.VMState\"}",
        "{\"state\":\"Start\"}|500|{\"error\":\"invalid new VMState: Start\"}",
        "{}|500|{\"error\":\"invalid new VMState: \"}"})
    void stateChangesAnswerAsVfkitDoes(String body, int status, String answerBody) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/vm/state"))
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body)));
        assertEquals(status, answer.statusCode());
        assertEquals(answerBody == null ? "" : answerBody, answer.body());
    }

    @ParameterizedTest
    @CsvSource({"GET,/vm", "PUT,/vm/state", "POST,/vm/inspect", "DELETE,/vm/state"})
    void anythingElseIsGinsNotFound(String method, String path) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()));
        assertEquals(404, answer.statusCode());
        assertEquals("404 page not found", answer.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
