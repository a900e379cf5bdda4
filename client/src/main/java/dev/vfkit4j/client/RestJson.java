package dev.vfkit4j.client;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of vfkit's REST API other than the VM, which {@link dev.vfkit4j.VirtualMachine#fromJson} reads: the state,
 * a state change, an error.
 */
final class RestJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private RestJson() {
    }

    /** Thrown for an answer that is not what vfkit sends; the client adds the endpoint and request. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** {@code {"state": "...", "canStart": bool, "canPause": bool, "canResume": bool, "canStop": bool,
     * "canHardStop": bool}}: vfkit always sends every field; other fields are ignored. */
    static VmState readState(String body) throws MalformedException {
        JsonNode root;
        try {
            root = readObject(body);
        } catch (MalformedException e) {
            throw krunkitHint(body, e);
        }
        String name = stateName(root, body);
        if (!root.has("canStart") && looksLikeKrunkit(body)) {
            throw krunkitHint(body, new MalformedException("the answer has no \"canStart\" boolean: "
                    + excerpt(body), null));
        }
        return VmState.named(name, bool(root, "canStart", body), bool(root, "canPause", body),
                bool(root, "canResume", body), bool(root, "canStop", body), bool(root, "canHardStop", body));
    }

    /**
     * krunkit's {@code {"state": "..."}} followed by a NUL byte, read as Go's {@code json.Decoder} reads it (the
     * first value; what follows is not looked at). krunkit sends no {@code can*} members: they say what a client may
     * send krunkit, which is only Stop, while it runs.
     */
    static VmState readKrunkitState(String body) throws MalformedException {
        JsonNode root = firstValue(body);
        if (root == null || !root.isObject()) {
            throw new MalformedException("the answer is not a JSON object: " + excerpt(body), null);
        }
        String name = stateName(root, body);
        boolean running = VmState.State.of(name) == VmState.State.RUNNING;
        return VmState.named(name, false, false, false, running, false);
    }

    private static String stateName(JsonNode root, String body) throws MalformedException {
        JsonNode name = root.get("state");
        if (name == null || !name.isString()) {
            throw new MalformedException("the answer has no \"state\" string: " + excerpt(body), null);
        }
        return name.stringValue();
    }

    /** Whether {@code body} is what krunkit sends: one object holding only "state", then a NUL. */
    private static boolean looksLikeKrunkit(String body) {
        if (!body.endsWith("\0")) {
            return false;
        }
        try {
            JsonNode root = firstValue(body);
            return root != null && root.isObject() && root.size() == 1 && root.path("state").isString();
        } catch (MalformedException e) {
            return false;
        }
    }

    private static MalformedException krunkitHint(String body, MalformedException e) {
        if (!looksLikeKrunkit(body)) {
            return e;
        }
        return new MalformedException(e.getMessage() + "; that is krunkit's answer: make the client for krunkit"
                + " (RestApi.KRUNKIT, or a launcher whose executable is named krunkit)", e.getCause());
    }

    private static JsonNode firstValue(String body) throws MalformedException {
        try (JsonParser parser = MAPPER.createParser(body)) {
            return parser.readValueAsTree();
        } catch (JacksonException e) {
            throw new MalformedException("the answer is not JSON (" + e.getOriginalMessage() + "): " + excerpt(body),
                    e);
        }
    }

    /** {@code {"state": "Pause"}}. */
    static String stateChange(StateChange change) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("state", change.vfkitName());
        return MAPPER.writeValueAsString(body);
    }

    /** The text of vfkit's {@code {"error": "..."}} answer, or null when {@code body} is not one. */
    static String errorText(String body) {
        try {
            JsonNode root = MAPPER.readTree(body);
            JsonNode error = root == null ? null : root.get("error");
            return error != null && error.isString() ? error.stringValue() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** At most 200 characters of {@code body}, for a message. */
    static String excerpt(String body) {
        // krunkit ends its answers with a NUL byte, which a message should not carry.
        String text = body.isEmpty() ? "(empty)" : body.replace("\0", "\\0").strip();
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private static JsonNode readObject(String body) throws MalformedException {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedException("the answer is not JSON (" + e.getOriginalMessage() + "): " + excerpt(body),
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedException("the answer is not a JSON object: " + excerpt(body), null);
        }
        return root;
    }

    private static boolean bool(JsonNode root, String field, String body) throws MalformedException {
        JsonNode value = root.get(field);
        if (value == null || !value.isBoolean()) {
            throw new MalformedException("the answer has no \"" + field + "\" boolean: " + excerpt(body), null);
        }
        return value.booleanValue();
    }
}
