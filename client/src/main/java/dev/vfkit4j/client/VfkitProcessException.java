package dev.vfkit4j.client;

import java.util.OptionalInt;

/**
 * The vfkit process did not do what was waited for: it could not be started, it exited, it did not answer in time, or
 * it would not stop. The message ends with the last lines vfkit wrote to stderr, where vfkit says what went wrong.
 */
public class VfkitProcessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** The executable could not be started (not found, not executable). */
        START_FAILED,
        /** vfkit exited while it was being waited for. */
        EXITED,
        /** vfkit still runs, but did not get where it was awaited (answering, a state) in time. */
        TIMED_OUT,
        /** vfkit was still running after every stop step, SIGKILL included. */
        DID_NOT_STOP,
        /** Something already answers on the command's REST endpoint, so nothing was started. */
        ENDPOINT_IN_USE,
        /** The pid file names no process, or a process that is not the vfkit or krunkit serving the endpoint; it was
         * left alone. */
        ATTACH_REFUSED
    }

    private final Reason reason;
    private final Integer exitCode;
    private final String stderrTail;

    VfkitProcessException(Reason reason, String problem, Integer exitCode, String stderrTail, Throwable cause) {
        super(problem + (stderrTail == null || stderrTail.isEmpty() ? ""
                : "; the end of vfkit's stderr:\n  " + stderrTail.strip().replace("\n", "\n  ")), cause);
        this.reason = reason;
        this.exitCode = exitCode;
        this.stderrTail = stderrTail == null ? "" : stderrTail;
    }

    /** What went wrong. */
    public Reason reason() {
        return reason;
    }

    /** vfkit's exit code, when it has exited. */
    public OptionalInt exitCode() {
        return exitCode == null ? OptionalInt.empty() : OptionalInt.of(exitCode);
    }

    /** The last lines vfkit wrote to stderr before this was thrown; empty when it wrote none. */
    public String stderrTail() {
        return stderrTail;
    }
}
