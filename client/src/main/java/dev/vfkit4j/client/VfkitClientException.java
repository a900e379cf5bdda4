package dev.vfkit4j.client;


/**
 * Talking to vfkit's REST API failed: no connection, no answer in time, an answer that is not a success, or one that
 * is not what vfkit sends. {@link #reason()} says which; the message names the endpoint and the request.
 */
public class VfkitClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a request failed. */
    public enum Reason {
        /** No connection: nothing listens on the port (refused), the socket file does not exist, the host is
         * unknown. */
        CONNECTION_FAILED,
        /** The connection or the answer took longer than the client's timeouts allow. */
        TIMEOUT,
        /** The connection broke before the answer was complete. */
        CONNECTION_LOST,
        /** vfkit answered, but not with a 2xx status; {@link #status()} and {@link #vfkitError()} say more. */
        ERROR_STATUS,
        /** The answer is not what vfkit sends: not JSON, or JSON of another shape. */
        MALFORMED_RESPONSE,
        /** The calling thread was interrupted while waiting; its interrupt flag is set again. */
        INTERRUPTED,
        /** The program serving the endpoint has no such call (krunkit has no {@code /vm/inspect}, no pause); nothing
         * was sent. */
        NOT_SUPPORTED,
        /** The client belongs to a {@link VfkitProcess} that has exited: a state change would reach whatever else
         * serves on its endpoint, so nothing was sent. */
        PROCESS_EXITED
    }

    private final transient RestEndpoint endpoint;
    private final Reason reason;
    private final String request;
    private final int status;
    private final String vfkitError;

    VfkitClientException(RestApi api, RestEndpoint endpoint, String request, Reason reason, int status,
            String vfkitError, String problem, Throwable cause) {
        super(api.programName() + " at " + endpoint.toUri() + ", " + request + ": " + problem, cause);
        this.endpoint = endpoint;
        this.reason = reason;
        this.request = request;
        this.status = status;
        this.vfkitError = vfkitError;
    }

    /** Why the request failed. */
    public Reason reason() {
        return reason;
    }

    /** The endpoint the request went to. */
    public RestEndpoint endpoint() {
        return endpoint;
    }

    /** The request: {@code GET /vm/state}, {@code POST /vm/state Pause}, ... */
    public String request() {
        return request;
    }

    /** The HTTP status vfkit answered with, or 0 when there was no complete answer. */
    public int status() {
        return status;
    }

    /** With {@link Reason#ERROR_STATUS}: the text of vfkit's {@code {"error": ...}} answer, or null when it sent
     * none. */
    public String vfkitError() {
        return vfkitError;
    }
}
