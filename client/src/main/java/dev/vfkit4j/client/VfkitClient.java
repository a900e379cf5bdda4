package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.client.VfkitClientException.Reason;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A client for vfkit's REST API ({@code --restful-uri}), over TCP or a Unix domain socket: read the VM's state and
 * configuration, pause, resume and stop it. It speaks to krunkit too ({@link RestApi#KRUNKIT}), which answers only
 * {@link #state()} and {@link #stop()}.
 *
 * <pre>{@code
 * try (VfkitClient vfkit = VfkitClient.of(RestEndpoint.parse("unix:///tmp/vfkit.sock"))) {
 *     if (vfkit.state().canPause()) {
 *         vfkit.pause();
 *     }
 * }
 * }</pre>
 *
 * <p>Every call blocks until vfkit has answered, and fails with a {@link VfkitClientException} saying why when it
 * cannot: no connection, no answer within the {@link ClientOptions}' timeouts, an answer other than 2xx (with the
 * text of vfkit's {@code {"error": ...}}), or an answer vfkit would not send. Thread-safe: each call uses a
 * connection of its own. It logs each exchange at DEBUG to the {@link System.Logger} {@code dev.vfkit4j.client}.
 */
public final class VfkitClient implements AutoCloseable {
    /** Where the client logs: each exchange at DEBUG. */
    private static final System.Logger LOG = System.getLogger("dev.vfkit4j.client");
    private static final String STATE = "/vm/state";
    private static final String INSPECT = "/vm/inspect";
    /** vfkit's answers are a few KiB; anything much larger is not vfkit. */
    static final int MAX_ANSWER_BYTES = 4 << 20;
    /**
     * After a HardStop whose connection dropped: how long a VM that still answers "running" is given to show it
     * stopped. vz's Stop is synchronous, so vfkit's state says stopped as soon as the call has been made.
     */
    private static final Duration HARD_STOP_SETTLE = Duration.ofSeconds(1);
    private static final Duration HARD_STOP_POLL = Duration.ofMillis(50);

    private final RestEndpoint endpoint;
    private final ClientOptions options;
    private final RestApi api;
    private final AtomicBoolean closed;
    /** The process that serves the endpoint, when this client belongs to a {@link VfkitProcess}; else null. */
    private final ProcessHandle owner;
    private final String ownerName;

    private VfkitClient(RestEndpoint endpoint, ClientOptions options, RestApi api) {
        this(endpoint, options, api, new AtomicBoolean(), null, null);
    }

    private VfkitClient(RestEndpoint endpoint, ClientOptions options, RestApi api, AtomicBoolean closed,
            ProcessHandle owner, String ownerName) {
        if (endpoint == null || endpoint.scheme() == RestEndpoint.Scheme.NONE) {
            throw new ConfigException("--restful-uri", null, endpoint == null ? null : endpoint.toUri(),
                    "vfkit serves no REST API there; give it tcp://HOST:PORT or unix:///PATH");
        }
        this.endpoint = endpoint;
        this.options = options == null ? ClientOptions.DEFAULT : options;
        this.api = api == null ? RestApi.VFKIT : api;
        this.closed = closed;
        this.owner = owner;
        this.ownerName = ownerName;
    }

    /** A client for vfkit serving on {@code endpoint}, with the default timeouts. */
    public static VfkitClient of(RestEndpoint endpoint) {
        return of(endpoint, ClientOptions.DEFAULT);
    }

    /**
     * A client for vfkit serving on {@code endpoint}. Nothing is connected until the first call.
     *
     * @throws ConfigException when {@code endpoint} is {@link RestEndpoint#NONE}
     */
    public static VfkitClient of(RestEndpoint endpoint, ClientOptions options) {
        return new VfkitClient(endpoint, options, RestApi.VFKIT);
    }

    /**
     * A client for {@code api} (vfkit or krunkit) serving on {@code endpoint}. Nothing is connected until the first
     * call.
     *
     * @throws ConfigException when {@code endpoint} is {@link RestEndpoint#NONE}
     */
    public static VfkitClient of(RestEndpoint endpoint, ClientOptions options, RestApi api) {
        return new VfkitClient(endpoint, options, api);
    }

    /**
     * This client, sending state changes only while {@code process} runs: once the vfkit it belongs to has exited,
     * whatever answers on its endpoint is another program's, which must not be paused or stopped. Shares this
     * client's closing.
     */
    VfkitClient boundTo(ProcessHandle process, String name) {
        return new VfkitClient(endpoint, options, api, closed, process, name);
    }

    /** Which program this client expects on its endpoint: vfkit or krunkit. */
    public RestApi api() {
        return api;
    }

    /** The endpoint this client talks to. */
    public RestEndpoint endpoint() {
        return endpoint;
    }

    /** The timeouts this client uses. */
    public ClientOptions options() {
        return options;
    }

    /**
     * {@code GET /vm/state}: the VM's state and the transitions possible now. krunkit sends no {@code can*} members
     * and answers "running" for as long as it serves; its {@link VmState} says only {@code canStop}, while running.
     */
    public VmState state() {
        return state(null);
    }

    /** As {@link #state()}, giving up after {@code limit} in all (connecting included), when not null. */
    VmState state(Duration limit) {
        String request = "GET " + STATE;
        String body = send("GET", STATE, null, request, limit);
        try {
            return api == RestApi.KRUNKIT ? RestJson.readKrunkitState(body) : RestJson.readState(body);
        } catch (RestJson.MalformedException e) {
            throw new VfkitClientException(api, endpoint, request, Reason.MALFORMED_RESPONSE, 200, null,
                    e.getMessage(), e.getCause());
        }
    }

    /** Pauses the running VM. */
    public void pause() {
        changeState(StateChange.PAUSE);
    }

    /** Resumes the paused VM. */
    public void resume() {
        changeState(StateChange.RESUME);
    }

    /**
     * Asks the guest to shut down, as pressing a power button would, and returns once vfkit has passed the request
     * on; vfkit exits when the guest has stopped. The guest may take its time, or ignore the request.
     */
    public void stop() {
        changeState(StateChange.STOP);
    }

    /**
     * Stops the VM at once, without asking the guest; vfkit exits when it has stopped. vfkit often exits before it
     * has answered (vfkit issue 277): when the connection drops, the state endpoint is asked what happened, and the
     * call returns normally if vfkit has gone or says the VM stopped.
     *
     * @throws VfkitClientException with {@link Reason#CONNECTION_LOST} when the connection dropped and the VM still
     *     runs; with {@link Reason#NOT_SUPPORTED} for krunkit, which can only be asked to shut down ({@link #stop()})
     */
    public void hardStop() {
        changeState(StateChange.HARD_STOP);
    }

    /**
     * {@code POST /vm/state {"state": change}}: asks vfkit for a state change, and returns once it accepted it. krunkit
     * is sent only {@link StateChange#STOP}: it shuts the VM down on any {@code POST}, so a pause would stop it.
     */
    public void changeState(StateChange change) {
        changeState(change, null);
    }

    void changeState(StateChange change, Duration limit) {
        String request = "POST " + STATE + " " + change.vfkitName();
        if (api == RestApi.KRUNKIT && change != StateChange.STOP) {
            throw notSupported(request, "krunkit shuts the VM down on every POST /vm/state, whatever it asks for, so"
                    + " only Stop is sent to it");
        }
        if (owner != null && !owner.isAlive()) {
            throw new VfkitClientException(api, endpoint, request, Reason.PROCESS_EXITED, 0, null, ownerName
                    + " has exited, so whatever answers here is not its VM; nothing was sent", null);
        }
        try {
            send("POST", STATE, RestJson.stateChange(change), request, limit);
        } catch (VfkitClientException e) {
            if (change != StateChange.HARD_STOP || e.reason() != Reason.CONNECTION_LOST) {
                throw e;
            }
            confirmStopped(e);
        }
    }

    /**
     * A HardStop lost its connection: vfkit exits as soon as the VM has stopped, often before its answer is written.
     * Returns when vfkit has gone (nothing accepts the connection) or its state endpoint says the VM is not running;
     * rethrows {@code lost} when the VM still runs.
     */
    private void confirmStopped(VfkitClientException lost) {
        long deadline = System.nanoTime() + HARD_STOP_SETTLE.toNanos();
        String seen = "nothing";
        while (true) {
            try {
                VmState state = state(HARD_STOP_SETTLE);
                if (!state.isLive()) {
                    return;
                }
                seen = "the VM was " + state.name();
            } catch (VfkitClientException e) {
                if (e.reason() == Reason.CONNECTION_FAILED) {
                    return;
                }
                if (e.reason() == Reason.INTERRUPTED) {
                    throw e;
                }
                seen = e.getMessage();
            }
            if (System.nanoTime() - deadline >= 0) {
                break;
            }
            try {
                Thread.sleep(HARD_STOP_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new VfkitClientException(api, endpoint, lost.request(), Reason.CONNECTION_LOST, 0, null,
                "the connection closed before the answer, and " + api.programName() + " still serves: " + seen,
                lost);
    }

    /**
     * {@code GET /vm/inspect}: the VM vfkit runs, read from vfkit's JSON by {@link VirtualMachine#fromJson}.
     *
     * @throws VfkitClientException with {@link Reason#MALFORMED_RESPONSE} when the answer does not describe a VM
     */
    public VirtualMachine inspect() {
        String request = "GET " + INSPECT;
        String json = inspectJson();
        try {
            return VirtualMachine.fromJson(json);
        } catch (ConfigException e) {
            throw new VfkitClientException(api, endpoint, request, Reason.MALFORMED_RESPONSE, 200, null,
                    "the answer does not describe a VM (" + e.getMessage() + ")", e);
        }
    }

    /**
     * {@code GET /vm/inspect}, as the JSON text vfkit sent: for what a {@link VirtualMachine} does not hold.
     *
     * @throws VfkitClientException with {@link Reason#NOT_SUPPORTED} for krunkit, which has no {@code /vm/inspect}
     */
    public String inspectJson() {
        String request = "GET " + INSPECT;
        if (api == RestApi.KRUNKIT) {
            throw notSupported(request, "krunkit has no /vm/inspect (it answers every GET with its state)");
        }
        return send("GET", INSPECT, null, request, null);
    }

    private VfkitClientException notSupported(String request, String why) {
        return new VfkitClientException(api, endpoint, request, Reason.NOT_SUPPORTED, 0, null, "not supported by"
                + " krunkit: " + why, null);
    }

    /** Closes the client: calls made afterwards fail. Each call uses a connection of its own, closed with it. */
    @Override
    public void close() {
        closed.set(true);
    }

    @Override
    public String toString() {
        return "VfkitClient[" + api.programName() + " at " + endpoint.toUri() + "]";
    }

    /** Sends a request and returns the body of its 2xx answer. */
    private String send(String method, String path, String jsonBody, String description, Duration limit) {
        if (closed.get()) {
            throw new IllegalStateException(this + " is closed");
        }
        HttpExchange.Answer answer;
        try {
            answer = HttpExchange.send(endpoint, options, limit, MAX_ANSWER_BYTES, method, path, jsonBody);
        } catch (HttpExchange.Failure e) {
            LOG.log(Level.DEBUG, () -> api.programName() + " at " + endpoint.toUri() + ", " + description + ": "
                    + e.getMessage());
            throw new VfkitClientException(api, endpoint, description, e.reason, 0, null, e.getMessage(),
                    e.getCause());
        }
        int status = answer.status();
        LOG.log(Level.DEBUG, () -> api.programName() + " at " + endpoint.toUri() + ", " + description + ": " + status);
        String body = answer.body();
        if (status < 200 || status > 299) {
            String vfkitError = RestJson.errorText(body);
            String detail = vfkitError != null ? vfkitError : RestJson.excerpt(body);
            throw new VfkitClientException(api, endpoint, description, Reason.ERROR_STATUS, status, vfkitError,
                    "answered " + status + (answer.reasonPhrase().isEmpty() ? "" : " " + answer.reasonPhrase())
                    + ": " + detail, null);
        }
        return body;
    }
}
