package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.client.StopResult.Step;
import dev.vfkit4j.client.VfkitProcessException.Reason;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A running vfkit (or krunkit), as {@link VfkitLauncher#start} started it or {@link VfkitLauncher#attach} found it:
 * its pid and exit, its REST client, waits for it to serve and for the VM to reach a state, and a stop that asks
 * politely before it insists.
 *
 * <p>Closing a process this JVM started stops it with {@link StopPolicy#DEFAULT} if it still runs, and closes the
 * REST client. Closing an attached process only closes the client: it was running before, and keeps running unless
 * {@link #stop} is called.
 */
public final class VfkitProcess implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.vfkit4j.client");
    /** The exit code of an attached process, which only its parent can learn. */
    public static final int UNKNOWN_EXIT_CODE = -1;

    /** How often a wait asks vfkit again; a wait also ends as soon as vfkit exits. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    /** How long to let vfkit's stderr reach its end once vfkit has exited, for its last words. */
    private static final Duration STDERR_GRACE = Duration.ofSeconds(2);

    private final VfkitCommand command;
    private final ProcessHandle handle;
    /** The child this JVM started; null when attached. */
    private final Process process;
    private final VfkitClient client;
    /** Null when attached: another program reads its stderr. */
    private final StderrTail stderr;
    private final RestApi api;

    VfkitProcess(VfkitCommand command, Process process, VfkitClient client, StderrTail stderr, RestApi api) {
        this(command, process.toHandle(), process, client, stderr, api);
    }

    private VfkitProcess(VfkitCommand command, ProcessHandle handle, Process process, VfkitClient client,
            StderrTail stderr, RestApi api) {
        this.command = command;
        this.handle = handle;
        this.process = process;
        this.stderr = stderr;
        this.api = api;
        this.client = client == null ? null : client.boundTo(handle, describe());
    }

    /** A vfkit or krunkit that another program, or an earlier run, started; see {@link VfkitLauncher#attach}. */
    static VfkitProcess attached(ProcessHandle handle, VfkitClient client, RestApi api) {
        return new VfkitProcess(null, handle, null, client, null, api);
    }

    /** The command vfkit was started with; null for an {@linkplain VfkitLauncher#attach attached} process. */
    public VfkitCommand command() {
        return command;
    }

    /** vfkit's process id. */
    public long pid() {
        return handle.pid();
    }

    /** vfkit's process handle. */
    public ProcessHandle handle() {
        return handle;
    }

    /** Whether this is a process this JVM did not start, found by {@link VfkitLauncher#attach}. */
    public boolean isAttached() {
        return process == null;
    }

    /** Whether vfkit is still running. */
    public boolean isAlive() {
        return handle.isAlive();
    }

    /**
     * Completes with vfkit's exit code when it exits (128 + the signal's number when a signal ended it);
     * {@link #UNKNOWN_EXIT_CODE} for an attached process.
     */
    public CompletableFuture<Integer> onExit() {
        return process != null ? process.onExit().thenApply(Process::exitValue)
                : handle.onExit().thenApply(exited -> UNKNOWN_EXIT_CODE);
    }

    /**
     * Waits up to {@code timeout} for vfkit to exit.
     *
     * @return whether it has exited
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return waitFor(timeout.toNanos());
    }

    /**
     * The REST client for vfkit's API, when the command gave vfkit a REST endpoint. It sends no state change once
     * vfkit has exited ({@link VfkitClientException.Reason#PROCESS_EXITED}): what answers there then is not this VM.
     */
    public Optional<VfkitClient> client() {
        return Optional.ofNullable(client);
    }

    /** The last lines vfkit wrote to stderr so far (its log), oldest first; empty for an attached process. */
    public String stderrTail() {
        return stderr == null ? "" : stderr.text();
    }

    /**
     * The process itself, for its stdin ({@code getOutputStream()}) and, when stdout was asked for as a pipe, its
     * stdout. Stopping it directly skips the polite steps of {@link #stop(StopPolicy)}.
     *
     * @throws IllegalStateException for an attached process, which is not this JVM's child; see {@link #handle()}
     */
    public Process process() {
        if (process == null) {
            throw new IllegalStateException(describe() + " was attached, not started by this JVM: it has no Process;"
                    + " use handle()");
        }
        return process;
    }

    /**
     * Waits until vfkit's REST API answers, and returns the VM's state then. vfkit serves before the VM has booted,
     * so the state may be {@code STARTING}; see {@link #awaitState}.
     *
     * @throws VfkitProcessException when vfkit exits first ({@link Reason#EXITED}, with the end of its stderr), or
     *     does not answer within {@code timeout} ({@link Reason#TIMED_OUT}, with the last client error as cause)
     * @throws ConfigException when vfkit was started without a REST endpoint
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public VmState awaitReady(Duration timeout) throws InterruptedException {
        return await(timeout, "its REST API answered", state -> true);
    }

    /**
     * Waits until vfkit's REST API answers that the VM is in {@code wanted}, and returns that state.
     *
     * @throws VfkitProcessException when vfkit exits first, or the VM is not in {@code wanted} within
     *     {@code timeout}
     * @throws ConfigException when vfkit was started without a REST endpoint
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public VmState awaitState(VmState.State wanted, Duration timeout) throws InterruptedException {
        return await(timeout, "the VM was " + wanted.vfkitName(), state -> state.is(wanted));
    }

    private VmState await(Duration timeout, String goal, Predicate<VmState> reached) throws InterruptedException {
        ClientOptions.checkPositive("timeout", timeout);
        if (client == null) {
            throw new ConfigException("--restful-uri", null, command == null ? null : command.restfulUri(), "vfkit was started without a REST"
                    + " endpoint, so there is nothing to wait on; give the command one, such as"
                    + " withRestfulUri(\"unix:///tmp/vm.sock\")");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastSeen = "vfkit was not asked yet";
        VfkitClientException lastError = null;
        boolean answered = false;
        while (true) {
            if (!handle.isAlive()) {
                throw exited("before " + goal);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new VfkitProcessException(Reason.TIMED_OUT, describe() + " still runs but not " + goal
                        + " within " + timeout.toMillis() + " ms; last: " + lastSeen, null, stderr.text(), lastError);
            }
            try {
                VmState state = client.state(Duration.ofNanos(remaining));
                // An answer from a vfkit that has exited came from someone else on its endpoint.
                if (!handle.isAlive()) {
                    throw exited("before " + goal + " (the answer came from another program on its endpoint)");
                }
                if (reached.test(state)) {
                    return state;
                }
                lastSeen = "the VM was " + state.name();
                lastError = null;
                answered = true;
            } catch (VfkitClientException e) {
                if (e.reason() == VfkitClientException.Reason.INTERRUPTED) {
                    Thread.interrupted();
                    throw new InterruptedException("interrupted while waiting until " + goal);
                }
                // A request cut short by this wait's own deadline says nothing new: the last answer stays the news.
                boolean cutByDeadline = e.reason() == VfkitClientException.Reason.TIMEOUT
                        && deadline - System.nanoTime() <= 0;
                if (!(cutByDeadline && answered)) {
                    lastSeen = e.getMessage();
                    lastError = e;
                }
            }
            // Ask again shortly, or stop waiting as soon as vfkit exits.
            waitFor(Math.min(POLL_INTERVAL.toNanos(), Math.max(0, deadline - System.nanoTime())));
        }
    }

    /** Stops vfkit with {@link StopPolicy#DEFAULT}. */
    public StopResult stop() throws InterruptedException {
        return stop(StopPolicy.DEFAULT);
    }

    /**
     * Stops vfkit, politely first: REST {@code Stop}, then {@code HardStop}, then SIGTERM, then SIGKILL, each followed
     * by a wait for vfkit to exit of up to its timeout in {@code policy}. Returns as soon as vfkit has exited. Nothing is
     * sent once vfkit has exited: whatever answers on its endpoint then is not this VM. krunkit has no HardStop, so
     * SIGTERM follows its Stop.
     *
     * @return the step after which vfkit exited, and its exit code
     * @throws VfkitProcessException with {@link Reason#DID_NOT_STOP} when vfkit still runs after SIGKILL and its wait
     * @throws InterruptedException when the calling thread is interrupted while waiting; vfkit may then still run
     */
    public StopResult stop(StopPolicy policy) throws InterruptedException {
        Step tried = Step.ALREADY_EXITED;
        for (Step step : new Step[] {Step.STOP, Step.HARD_STOP, Step.TERMINATE, Step.KILL}) {
            if (!handle.isAlive()) {
                return new StopResult(tried, exitCode());
            }
            Duration timeout = timeoutOf(step, policy);
            boolean rest = step == Step.STOP || step == Step.HARD_STOP;
            if (timeout.isZero() && step != Step.KILL || rest && client == null) {
                continue;
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            tried = step;
            Step taken = step;
            LOG.log(System.Logger.Level.DEBUG, () -> "stopping " + describe() + ": " + taken + ", then waiting up to "
                    + timeout.toMillis() + " ms");
            if (!ask(step, timeout)) {
                continue;
            }
            if (waitFor(Math.max(0, deadline - System.nanoTime()))) {
                return new StopResult(step, exitCode());
            }
        }
        if (!handle.isAlive()) {
            return new StopResult(tried, exitCode());
        }
        throw new VfkitProcessException(Reason.DID_NOT_STOP, describe() + " still runs after SIGKILL and "
                + policy.killTimeout().toMillis() + " ms", null, stderr.text(), null);
    }

    /**
     * Takes a stop step. False when it surely did not reach vfkit — vfkit refused it (a paused VM cannot be asked to
     * shut down, say) or nothing listens — so that the next step follows at once. A lost connection counts as
     * reached: vfkit exits as soon as the VM has stopped, and may do so before its answer is written.
     */
    private boolean ask(Step step, Duration timeout) {
        switch (step) {
            case STOP:
            case HARD_STOP:
                try {
                    client.changeState(step == Step.STOP ? StateChange.STOP : StateChange.HARD_STOP, timeout);
                    return true;
                } catch (VfkitClientException e) {
                    switch (e.reason()) {
                        case ERROR_STATUS:
                        case CONNECTION_FAILED:
                        case NOT_SUPPORTED:
                        case PROCESS_EXITED:
                            return false;
                        case INTERRUPTED:
                            Thread.currentThread().interrupt();
                            return false;
                        default:
                            return true;
                    }
                }
            case TERMINATE:
                // Process.destroy also closes the pipes, whose last lines the stderr tail still wants.
                handle.destroy();
                return true;
            default:
                handle.destroyForcibly();
                return true;
        }
    }

    private static Duration timeoutOf(Step step, StopPolicy policy) {
        switch (step) {
            case STOP:
                return policy.stopTimeout();
            case HARD_STOP:
                return policy.hardStopTimeout();
            case TERMINATE:
                return policy.terminateTimeout();
            default:
                return policy.killTimeout();
        }
    }

    /**
     * Stops vfkit with {@link StopPolicy#DEFAULT} if this JVM started it and it still runs, then closes the REST
     * client. An attached vfkit is left running.
     */
    @Override
    public void close() {
        try {
            if (process != null && process.isAlive()) {
                stop(StopPolicy.DEFAULT);
            }
        } catch (InterruptedException e) {
            // No time left to be polite.
            handle.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            if (client != null) {
                client.close();
            }
        }
    }

    @Override
    public String toString() {
        return describe();
    }

    private String describe() {
        return api.programName() + " (pid " + handle.pid() + ")";
    }

    private int exitCode() {
        return process != null ? process.exitValue() : UNKNOWN_EXIT_CODE;
    }

    /** Waits for the exit, at most {@code nanos}; true when vfkit has exited. */
    private boolean waitFor(long nanos) throws InterruptedException {
        if (process != null) {
            return process.waitFor(nanos, TimeUnit.NANOSECONDS);
        }
        try {
            handle.onExit().get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for " + describe() + " failed", e.getCause());
        }
    }

    private VfkitProcessException exited(String when) throws InterruptedException {
        if (stderr == null) {
            return new VfkitProcessException(Reason.EXITED, describe() + " exited " + when, null, null, null);
        }
        // Its last words may still be in the pipe.
        stderr.awaitEnd(STDERR_GRACE);
        int exitCode = process.exitValue();
        return new VfkitProcessException(Reason.EXITED, describe() + " exited with code " + exitCode + " " + when,
                exitCode, stderr.text(), null);
    }
}
