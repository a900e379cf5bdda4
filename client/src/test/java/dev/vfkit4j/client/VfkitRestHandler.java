package dev.vfkit4j.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers as vfkit's REST handlers do (pkg/rest/rest.go and pkg/rest/vf, served by gin): the same routes, status
 * codes, content types and JSON shapes, down to gin's {@code 404 page not found} and Go's sorted map keys. Left out:
 * gin's redirect of a path with a trailing slash, which no client here sends.
 */
final class VfkitRestHandler extends Handler.Abstract {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    /** A request as the handler received it. */
    record Received(String method, String path, String contentType, String body) {
    }

    private final FakeVm vm;
    private final String inspectJson;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile boolean hardStopStopsTheVm = true;
    private volatile Runnable hardStopDropsConnection;

    VfkitRestHandler(FakeVm vm, String inspectJson) {
        this.vm = vm;
        this.inspectJson = inspectJson;
    }

    /**
     * From now on, a HardStop is not answered: after stopping the VM (when {@code stopsTheVm}), the handler runs
     * {@code beforeDrop} and closes the connection — what vfkit does when it exits before its answer is written
     * (vfkit issue 277).
     */
    VfkitRestHandler droppingHardStop(boolean stopsTheVm, Runnable beforeDrop) {
        this.hardStopStopsTheVm = stopsTheVm;
        this.hardStopDropsConnection = beforeDrop;
        return this;
    }

    /** Every request received, in order. */
    List<Received> received() {
        return received;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        received.add(new Received(method, path, request.getHeaders().get(HttpHeader.CONTENT_TYPE), body));

        if (path.equals("/vm/state") && method.equals("GET")) {
            VmState state = vm.snapshot();
            // gin.H is a Go map: encoding/json writes its keys sorted.
            json(response, callback, 200, "{\"canHardStop\":" + state.canHardStop() + ",\"canPause\":"
                    + state.canPause() + ",\"canResume\":" + state.canResume() + ",\"canStart\":" + state.canStart()
                    + ",\"canStop\":" + state.canStop() + ",\"state\":\"" + state.name() + "\"}");
        } else if (path.equals("/vm/state") && method.equals("POST")) {
            setState(request, body, response, callback);
        } else if (path.equals("/vm/inspect") && method.equals("GET")) {
            json(response, callback, 200, inspectJson);
        } else {
            // gin without HandleMethodNotAllowed: a wrong method is a 404 too.
            response.setStatus(404);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain");
            Content.Sink.write(response, true, "404 page not found", callback);
        }
        return true;
    }

    /** vfkit's SetVMState: bind {@code {"state": string}} (400 if that fails), change state (500 if that fails),
     * 202 with no body. */
    private void setState(Request request, String body, Response response, Callback callback)
            throws JacksonException {
        String change;
        try {
            change = bindState(body);
        } catch (IllegalArgumentException e) {
            json(response, callback, 400, error(e.getMessage()));
            return;
        }
        try {
            switch (change) {
                case "Pause":
                    vm.pause();
                    break;
                case "Resume":
                    vm.resume();
                    break;
                case "Stop":
                    vm.requestStop();
                    break;
                case "HardStop":
                    if (hardStopStopsTheVm) {
                        vm.stop();
                    }
                    if (hardStopDropsConnection != null) {
                        hardStopDropsConnection.run();
                        request.getConnectionMetaData().getConnection().getEndPoint().close();
                        // Nothing reaches the client any more; this only frees the exchange.
                        callback.failed(new java.io.IOException("the connection was dropped on purpose"));
                        return;
                    }
                    break;
                default:
                    json(response, callback, 500, error("invalid new VMState: " + change));
                    return;
            }
        } catch (FakeVm.VzException e) {
            json(response, callback, 500, error(e.getMessage()));
            return;
        }
        response.setStatus(202);
        callback.succeeded();
    }

    /** What Go's json decoder, through gin's ShouldBindJSON, makes of the body: the state, or its error text. */
    private static String bindState(String body) {
        if (body.isBlank()) {
            throw new IllegalArgumentException("EOF");
        }
        JsonNode root;
        try {
            // Go's decoder reads the first value and ignores what follows it.
            root = JSON.createParser(body).readValueAsTree();
        } catch (JacksonException e) {
            char first = body.strip().charAt(0);
            throw new IllegalArgumentException(first == '{' ? "unexpected EOF"
                    : "invalid character '" + first + "' looking for beginning of value");
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("json: cannot unmarshal " + goKind(root)
                    + " into Go value of type define.VMState");
        }
        // Go matches field names without regard to case.
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (field.getKey().equalsIgnoreCase("state")) {
                if (field.getValue().isNull()) {
                    return "";
                }
                if (!field.getValue().isString()) {
                    throw new IllegalArgumentException("json: cannot unmarshal " + goKind(field.getValue())
                            + " into Go struct field VMState.state of type string");
                }
                return field.getValue().stringValue();
            }
        }
        return "";
    }

    private static String goKind(JsonNode node) {
        return node.isNumber() ? "number" : node.isBoolean() ? "bool" : node.isArray() ? "array"
                : node.isString() ? "string" : "object";
    }

    private static String error(String text) {
        return JSON.writeValueAsString(Map.of("error", text));
    }

    private static void json(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        Content.Sink.write(response, true, body, callback);
    }
}
