package dev.vfkit4j.client;

import dev.vfkit4j.client.VmState.State;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A virtual machine as the Virtualization framework (through Code-Hex/vz) shows it to vfkit's REST handlers: a
 * state, the can* checks, and the four calls vfkit makes. The transitions follow Apple's documentation; what macOS
 * answers for a refused transition cannot be checked on this machine, so the error text imitates the framework's
 * "invalid state transition" {@code NSError} as vz prints it.
 */
final class FakeVm {
    /** What the framework says when a call does not fit the state. */
    static final String INVALID_TRANSITION = "Error Domain=VZErrorDomain Code=2 Description=\"Invalid virtual"
            + " machine state transition.\" UserInfo={NSLocalizedFailure=Invalid virtual machine state transition.}";

    /** A call the framework refused. */
    static final class VzException extends Exception {
        private static final long serialVersionUID = 1L;

        VzException(String message) {
            super(message);
        }
    }

    private final boolean guestShutsDownOnRequest;
    private final boolean hardStopStops;
    private final Duration guestShutdownTime;
    private final ScheduledExecutorService guest = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-guest");
        thread.setDaemon(true);
        return thread;
    });
    private final CompletableFuture<State> stopped = new CompletableFuture<>();
    private State state = State.STOPPED;

    /**
     * @param guestShutsDownOnRequest whether the guest shuts down when asked (Stop); a hung guest does not
     * @param hardStopStops whether HardStop stops the VM; false only to test what a caller does next
     * @param guestShutdownTime how long the guest takes to shut down when asked
     */
    FakeVm(boolean guestShutsDownOnRequest, boolean hardStopStops, Duration guestShutdownTime) {
        this.guestShutsDownOnRequest = guestShutsDownOnRequest;
        this.hardStopStops = hardStopStops;
        this.guestShutdownTime = guestShutdownTime;
    }

    /** A VM that is running, whose guest shuts down promptly when asked. */
    static FakeVm running() {
        FakeVm vm = new FakeVm(true, true, Duration.ofMillis(50));
        vm.start();
        vm.booted();
        return vm;
    }

    /** vfkit's {@code vm.Start()}: the VM is starting until {@link #booted()}. */
    synchronized void start() {
        state = State.STARTING;
    }

    /** The VM has booted: running, unless something stopped it meanwhile. */
    void booted() {
        moveTo(State.RUNNING, State.STARTING);
    }

    synchronized VmState snapshot() {
        return VmState.of(state, canStart(), canPause(), canResume(), canRequestStop(), canStop());
    }

    synchronized State state() {
        return state;
    }

    /** Completes when the VM has stopped, as vfkit's {@code waitForVMState(Stopped)} does. */
    CompletableFuture<State> whenStopped() {
        return stopped;
    }

    synchronized void pause() throws VzException {
        check(canPause());
        state = State.PAUSED;
    }

    synchronized void resume() throws VzException {
        check(canResume());
        state = State.RUNNING;
    }

    /** vz's {@code RequestStop}: the guest is asked to shut down and does so in its own time. */
    synchronized void requestStop() throws VzException {
        check(canRequestStop());
        if (guestShutsDownOnRequest) {
            guest.schedule(() -> moveTo(State.STOPPED, State.RUNNING), guestShutdownTime.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** vz's {@code Stop}: the VM stops at once. */
    synchronized void stop() throws VzException {
        check(canStop());
        if (hardStopStops) {
            state = State.STOPPED;
            stopped.complete(state);
        }
    }

    /** What vfkit's signal handler does on SIGTERM: the VM ends up stopped. */
    synchronized void shutDown() {
        state = State.STOPPED;
        stopped.complete(state);
    }

    private synchronized void moveTo(State next, State from) {
        if (state == from) {
            state = next;
            if (next == State.STOPPED) {
                stopped.complete(next);
            }
        }
    }

    private boolean canStart() {
        return state == State.STOPPED || state == State.ERROR;
    }

    private boolean canPause() {
        return state == State.RUNNING;
    }

    private boolean canResume() {
        return state == State.PAUSED;
    }

    private boolean canRequestStop() {
        return state == State.RUNNING;
    }

    private boolean canStop() {
        return state == State.RUNNING || state == State.PAUSED || state == State.ERROR;
    }

    private static void check(boolean allowed) throws VzException {
        if (!allowed) {
            throw new VzException(INVALID_TRANSITION);
        }
    }
}
