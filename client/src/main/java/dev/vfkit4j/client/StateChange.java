package dev.vfkit4j.client;

/** The state changes {@code POST /vm/state} accepts, as vfkit spells them in {@code {"state": ...}}. */
public enum StateChange {
    /** Pause a running VM. */
    PAUSE("Pause"),
    /** Resume a paused VM. */
    RESUME("Resume"),
    /** Ask the guest to shut down, as a power button would; vfkit exits once the VM has stopped. */
    STOP("Stop"),
    /** Stop the VM at once, as pulling the plug would; vfkit exits once the VM has stopped. */
    HARD_STOP("HardStop");

    private final String vfkitName;

    StateChange(String vfkitName) {
        this.vfkitName = vfkitName;
    }

    /** How vfkit spells it. */
    public String vfkitName() {
        return vfkitName;
    }
}
