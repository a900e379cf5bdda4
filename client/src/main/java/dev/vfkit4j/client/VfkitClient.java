package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.client.VfkitClientException.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Transport;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * A client for vfkit's REST API ({@code --restful-uri}), over TCP or a Unix domain socket: read the VM's state and
 * configuration, pause, resume and stop it.
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
 * text of vfkit's {@code {"error": ...}}), or an answer vfkit would not send. Thread-safe; close it to free its
 * threads and connections.
 */
public final class VfkitClient implements AutoCloseable {
    private static final String STATE = "/vm/state";
    private static final String INSPECT = "/vm/inspect";
    /** vfkit's answers are a few KiB; anything much larger is not vfkit. */
    private static final int MAX_ANSWER_BYTES = 4 << 20;

    private final RestEndpoint endpoint;
    private final ClientOptions options;
    private final HttpClient http;
    private final String baseUri;
    /** How requests reach vfkit: through its Unix socket, or null for TCP. */
    private final Transport unixSocket;

    private VfkitClient(RestEndpoint endpoint, ClientOptions options) {
        if (endpoint == null || endpoint.scheme() == RestEndpoint.Scheme.NONE) {
            throw new ConfigException("--restful-uri", null, endpoint == null ? null : endpoint.toUri(),
                    "vfkit serves no REST API there; give it tcp://HOST:PORT or unix:///PATH");
        }
        this.endpoint = endpoint;
        this.options = options == null ? ClientOptions.DEFAULT : options;
        if (endpoint.scheme() == RestEndpoint.Scheme.UNIX) {
            // The host only fills in the Host header; the transport decides where the bytes go.
            this.baseUri = "http://localhost";
            this.unixSocket = new Transport.TCPUnix(Path.of(endpoint.socketPath()));
        } else {
            this.baseUri = "http://" + dialHost(endpoint.host()) + ":" + endpoint.port();
            this.unixSocket = null;
        }
        this.http = startHttpClient(this.options);
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
        return new VfkitClient(endpoint, options);
    }

    /** The endpoint this client talks to. */
    public RestEndpoint endpoint() {
        return endpoint;
    }

    /** The timeouts this client uses. */
    public ClientOptions options() {
        return options;
    }

    /** {@code GET /vm/state}: the VM's state and the transitions possible now. */
    public VmState state() {
        return state(null);
    }

    /** As {@link #state()}, giving up after {@code limit} in all (connecting included), when not null. */
    VmState state(Duration limit) {
        String request = "GET " + STATE;
        String body = send(HttpMethod.GET, STATE, null, request, limit);
        try {
            return RestJson.readState(body);
        } catch (RestJson.MalformedException e) {
            throw new VfkitClientException(endpoint, request, Reason.MALFORMED_RESPONSE, HttpStatus.OK_200, null,
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

    /** Stops the VM at once, without asking the guest; vfkit exits when it has stopped. */
    public void hardStop() {
        changeState(StateChange.HARD_STOP);
    }

    /** {@code POST /vm/state {"state": change}}: asks vfkit for a state change, and returns once it accepted it. */
    public void changeState(StateChange change) {
        changeState(change, null);
    }

    void changeState(StateChange change, Duration limit) {
        send(HttpMethod.POST, STATE, RestJson.stateChange(change), "POST " + STATE + " " + change.vfkitName(),
                limit);
    }

    /**
     * {@code GET /vm/inspect}: the VM vfkit runs, read from vfkit's JSON by {@link VirtualMachine#fromJson}.
     *
     * @throws VfkitClientException with {@link Reason#MALFORMED_RESPONSE} when the answer does not describe a VM
     */
    public VirtualMachine inspect() {
        String request = "GET " + INSPECT;
        String json = send(HttpMethod.GET, INSPECT, null, request, null);
        try {
            return VirtualMachine.fromJson(json);
        } catch (ConfigException e) {
            throw new VfkitClientException(endpoint, request, Reason.MALFORMED_RESPONSE, HttpStatus.OK_200, null,
                    "the answer does not describe a VM (" + e.getMessage() + ")", e);
        }
    }

    /** {@code GET /vm/inspect}, as the JSON text vfkit sent: for what a {@link VirtualMachine} does not hold. */
    public String inspectJson() {
        return send(HttpMethod.GET, INSPECT, null, "GET " + INSPECT, null);
    }

    /** Frees the client's threads and connections. Calls made afterwards fail. */
    @Override
    public void close() {
        try {
            http.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP client of " + endpoint.toUri() + " did not stop cleanly", e);
        }
    }

    @Override
    public String toString() {
        return "VfkitClient[" + endpoint.toUri() + "]";
    }

    /** Sends a request and returns the body of its 2xx answer. */
    private String send(HttpMethod method, String path, String jsonBody, String description, Duration limit) {
        if (!http.isRunning()) {
            throw new IllegalStateException(this + " is closed");
        }
        Request request = http.newRequest(baseUri + path)
                .method(method)
                .followRedirects(false)
                .idleTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (unixSocket != null) {
            request.transport(unixSocket);
        }
        if (jsonBody != null) {
            request.body(new StringRequestContent("application/json", jsonBody, StandardCharsets.UTF_8));
        }
        if (limit != null) {
            request.timeout(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
        }

        ContentResponse response;
        try {
            response = new CompletableResponseListener(request, MAX_ANSWER_BYTES).send().get();
        } catch (InterruptedException e) {
            request.abort(e);
            Thread.currentThread().interrupt();
            throw failure(description, Reason.INTERRUPTED, "interrupted while waiting for the answer", e);
        } catch (ExecutionException e) {
            throw translate(description, e.getCause() == null ? e : e.getCause(), limit);
        }

        String body = response.getContentAsString();
        int status = response.getStatus();
        if (!HttpStatus.isSuccess(status)) {
            String vfkitError = RestJson.errorText(body);
            String reasonPhrase = HttpStatus.getMessage(status);
            String detail = vfkitError != null ? vfkitError : RestJson.excerpt(body);
            throw new VfkitClientException(endpoint, description, Reason.ERROR_STATUS, status, vfkitError,
                    "answered " + status + " " + reasonPhrase + ": " + detail, null);
        }
        return body;
    }

    /**
     * Says, for a failed exchange, which of the client's {@link Reason}s it was. Jetty's own messages describe its
     * connection internals at length, so the problem is said here in a few words and Jetty's exception kept as the
     * cause.
     */
    private VfkitClientException translate(String description, Throwable failure, Duration limit) {
        if (find(failure, SocketTimeoutException.class) != null) {
            // Jetty reports a connect that outlasts its connect timeout this way.
            return failure(description, Reason.TIMEOUT, "no connection within " + describe(options.connectTimeout()),
                    failure);
        }
        if (find(failure, TimeoutException.class) != null) {
            String within = limit != null ? describe(limit) + " in all" : describe(options.readTimeout())
                    + " of silence";
            return failure(description, Reason.TIMEOUT, "no complete answer within " + within, failure);
        }
        if (unixSocket != null && Files.notExists(Path.of(endpoint.socketPath()))) {
            return failure(description, Reason.CONNECTION_FAILED, "cannot connect: the socket "
                    + endpoint.socketPath() + " does not exist (vfkit is not running, or not listening yet)", failure);
        }
        Throwable unreachable = find(failure, ConnectException.class, UnknownHostException.class,
                NoRouteToHostException.class);
        if (unreachable != null) {
            return failure(description, Reason.CONNECTION_FAILED, "cannot connect (" + shortMessage(unreachable) + ")",
                    failure);
        }
        Throwable protocol = find(failure, HttpResponseException.class);
        if (protocol != null && !(protocol.getCause() instanceof IOException)) {
            return failure(description, Reason.MALFORMED_RESPONSE, "the answer is not an HTTP response", failure);
        }
        Throwable tooLarge = find(failure, IllegalArgumentException.class);
        if (tooLarge != null && String.valueOf(tooLarge.getMessage()).contains("capacity")) {
            return failure(description, Reason.MALFORMED_RESPONSE, "the answer is larger than "
                    + (MAX_ANSWER_BYTES >> 20) + " MiB, which vfkit never sends", failure);
        }
        if (find(failure, EOFException.class) != null) {
            return failure(description, Reason.CONNECTION_LOST, "the connection closed before the answer was"
                    + " complete", failure);
        }
        return failure(description, Reason.CONNECTION_LOST, "the exchange failed (" + shortMessage(failure) + ")",
                failure);
    }

    /** The first of {@code failure} and its causes that is one of {@code types}, or null. */
    @SafeVarargs
    private static Throwable find(Throwable failure, Class<? extends Throwable>... types) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(cause)) {
                    return cause;
                }
            }
        }
        return null;
    }

    private VfkitClientException failure(String description, Reason reason, String problem, Throwable cause) {
        return new VfkitClientException(endpoint, description, reason, 0, null, problem, cause);
    }

    private static String shortMessage(Throwable failure) {
        String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        return message.length() <= 160 ? message : message.substring(0, 160) + "...";
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Where a client on this machine reaches vfkit listening on {@code host}: an unspecified address (vfkit listening
     * on every interface) is reached through loopback, as Go's own dialer does. */
    private static String dialHost(String host) {
        if (host.isEmpty() || host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        if (host.equals("::")) {
            return "[::1]";
        }
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    private static HttpClient startHttpClient(ClientOptions options) {
        // Daemon threads: a client that is never closed must not keep the JVM alive.
        QueuedThreadPool threads = new QueuedThreadPool(16, 1);
        threads.setName("vfkit4j-client");
        threads.setDaemon(true);
        HttpClient http = new HttpClient();
        http.setExecutor(threads);
        http.setScheduler(new ScheduledExecutorScheduler("vfkit4j-client-scheduler", true));
        http.setConnectTimeout(options.connectTimeout().toMillis());
        http.setFollowRedirects(false);
        try {
            http.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start an HTTP client", e);
        }
        return http;
    }
}
