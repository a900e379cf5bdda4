package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.client.VfkitClientException.Reason;
import java.util.Arrays;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@link VfkitClient} does with what a server sends it, on arbitrary input: the HTTP framing of the answer
 * ({@code HttpExchange.parse}) and the body of {@code GET /vm/state} (vfkit's JSON, krunkit's NUL-terminated JSON),
 * of an error answer and of {@code GET /vm/inspect}. Each refuses only in its own way, which the client turns into a
 * {@link VfkitClientException}; any other exception escapes and is a finding. Seeds: {@code src/test/resources/
 * dev/vfkit4j/client/RestAnswerFuzzTestInputs/<test method>}, the bytes as they come from the socket.
 */
class RestAnswerFuzzTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /**
     * The bytes of an answer, as the client reads them: a {@code MALFORMED_RESPONSE} failure, not yet complete
     * (null), or an answer; the close of the connection does not change an answer that was complete without it, and
     * reading stops at the first complete answer, so more bytes after it change nothing.
     */
    @FuzzTest
    void httpAnswer(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        Object open = parse(bytes, false);
        Object closed = parse(bytes, true);
        if (open instanceof HttpExchange.Answer) {
            assertEquals(open, closed, "the close changed a complete answer");
        }
        Object half = parse(Arrays.copyOf(bytes, bytes.length / 2), false);
        if (half instanceof HttpExchange.Answer) {
            assertEquals(half, open, "more bytes after a complete answer changed it");
        }
    }

    /** The answer, null while incomplete, or the reason of the failure. */
    private static Object parse(byte[] bytes, boolean ended) {
        try {
            return HttpExchange.parse(bytes, ended, "GET", VfkitClient.MAX_ANSWER_BYTES);
        } catch (HttpExchange.Failure refused) {
            assertEquals(Reason.MALFORMED_RESPONSE, refused.reason, refused::getMessage);
            return refused.reason;
        }
    }

    /**
     * A 2xx body, read as each call reads it: the state as vfkit's and as krunkit's, the inspected VM; and as an
     * error answer's. Each state read back from what vfkit (or krunkit) would send for it is the same state.
     */
    @FuzzTest
    void answerBody(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();
        try {
            VmState state = RestJson.readState(body);
            assertEquals(state, readBack(RestJson::readState, vfkitAnswer(state)), body);
        } catch (RestJson.MalformedException refused) {
            // The client's MALFORMED_RESPONSE.
        }
        try {
            VmState state = RestJson.readKrunkitState(body);
            assertEquals(state.is(VmState.State.RUNNING), state.canStop(), body);
            assertFalse(state.canStart() || state.canPause() || state.canResume() || state.canHardStop(), body);
            assertEquals(state, readBack(RestJson::readKrunkitState, krunkitAnswer(state)), body);
        } catch (RestJson.MalformedException refused) {
            // The client's MALFORMED_RESPONSE.
        }
        try {
            VirtualMachine.fromJson(body);
        } catch (ConfigException refused) {
            // inspect()'s MALFORMED_RESPONSE.
        }
        String error = RestJson.errorText(body);
        if (error != null) {
            ObjectNode answer = MAPPER.createObjectNode();
            answer.put("error", error);
            assertEquals(error, RestJson.errorText(MAPPER.writeValueAsString(answer)), body);
        }
        assertTrue(RestJson.excerpt(body).length() <= 203, body);
    }

    private interface Reader {
        VmState read(String body) throws RestJson.MalformedException;
    }

    private static VmState readBack(Reader reader, String answer) {
        try {
            return reader.read(answer);
        } catch (RestJson.MalformedException e) {
            throw new AssertionError("refused what it would be sent: " + answer, e);
        }
    }

    /** vfkit's answer: gin.H, a Go map, so encoding/json writes its keys sorted. */
    private static String vfkitAnswer(VmState state) {
        ObjectNode answer = MAPPER.createObjectNode();
        answer.put("canHardStop", state.canHardStop());
        answer.put("canPause", state.canPause());
        answer.put("canResume", state.canResume());
        answer.put("canStart", state.canStart());
        answer.put("canStop", state.canStop());
        answer.put("state", state.name());
        return MAPPER.writeValueAsString(answer);
    }

    /** krunkit's answer: only the state, then a NUL byte. */
    private static String krunkitAnswer(VmState state) {
        ObjectNode answer = MAPPER.createObjectNode();
        answer.put("state", state.name());
        return MAPPER.writeValueAsString(answer) + "\0";
    }
}
