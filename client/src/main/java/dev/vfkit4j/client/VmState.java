package dev.vfkit4j.client;

import java.util.Objects;

/**
 * What {@code GET /vm/state} answers: the virtual machine's state and the transitions the Virtualization framework
 * would accept now.
 *
 * @param state the state, typed; {@link State#UNRECOGNIZED} for a name this version does not know
 * @param name the state as vfkit spells it: {@code VirtualMachineStateRunning}, ...
 * @param canStart whether the VM could be started
 * @param canPause whether {@link VfkitClient#pause()} would be accepted
 * @param canResume whether {@link VfkitClient#resume()} would be accepted
 * @param canStop whether {@link VfkitClient#stop()} (asking the guest to shut down) would be accepted
 * @param canHardStop whether {@link VfkitClient#hardStop()} would be accepted; always false before macOS 12
 */
public record VmState(State state, String name, boolean canStart, boolean canPause, boolean canResume,
        boolean canStop, boolean canHardStop) {

    /** The Virtualization framework's {@code VZVirtualMachineState}, as vfkit names each value. */
    public enum State {
        STOPPED("VirtualMachineStateStopped"),
        RUNNING("VirtualMachineStateRunning"),
        PAUSED("VirtualMachineStatePaused"),
        ERROR("VirtualMachineStateError"),
        STARTING("VirtualMachineStateStarting"),
        PAUSING("VirtualMachineStatePausing"),
        RESUMING("VirtualMachineStateResuming"),
        STOPPING("VirtualMachineStateStopping"),
        SAVING("VirtualMachineStateSaving"),
        RESTORING("VirtualMachineStateRestoring"),
        /**
         * A name this version does not know: a newer framework's state, which vfkit prints as
         * {@code VirtualMachineState(N)}. Kept rather than refused so that a poller does not break on an upgrade.
         */
        UNRECOGNIZED(null);

        private final String vfkitName;

        State(String vfkitName) {
            this.vfkitName = vfkitName;
        }

        /** How vfkit names this state; null for {@link #UNRECOGNIZED}. */
        public String vfkitName() {
            return vfkitName;
        }

        /** The state vfkit calls {@code name}, or {@link #UNRECOGNIZED}. */
        public static State of(String name) {
            for (State state : values()) {
                if (state.vfkitName != null && state.vfkitName.equals(name)) {
                    return state;
                }
            }
            return UNRECOGNIZED;
        }
    }

    public VmState {
        Objects.requireNonNull(name, "name");
        if (state != State.of(name)) {
            throw new IllegalArgumentException("vfkit's " + name + " is " + State.of(name) + ", not " + state);
        }
    }

    /** The state vfkit calls {@code name}. */
    static VmState named(String name, boolean canStart, boolean canPause, boolean canResume, boolean canStop,
            boolean canHardStop) {
        return new VmState(State.of(name), name, canStart, canPause, canResume, canStop, canHardStop);
    }

    /** A state as vfkit would answer it, {@code state} named as vfkit names it. */
    public static VmState of(State state, boolean canStart, boolean canPause, boolean canResume, boolean canStop,
            boolean canHardStop) {
        if (state == State.UNRECOGNIZED) {
            throw new IllegalArgumentException("UNRECOGNIZED has no name of its own; use the constructor");
        }
        return new VmState(state, state.vfkitName(), canStart, canPause, canResume, canStop, canHardStop);
    }

    /** Whether the VM is up: running, paused, or on its way between them (starting, pausing, resuming). */
    public boolean isLive() {
        switch (state) {
            case RUNNING:
            case PAUSED:
            case STARTING:
            case PAUSING:
            case RESUMING:
                return true;
            default:
                return false;
        }
    }

    /** Whether the VM is in {@code expected}. */
    public boolean is(State expected) {
        return state == expected;
    }
}
