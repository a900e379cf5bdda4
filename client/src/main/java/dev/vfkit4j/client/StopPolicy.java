package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import java.time.Duration;

/**
 * How {@link VfkitProcess#stop(StopPolicy)} stops vfkit, politely first: each step is tried, then waited on for its
 * timeout, until vfkit has exited.
 *
 * <ol>
 *   <li>REST {@code Stop}: the guest is asked to shut down, and vfkit exits when it has ({@link #stopTimeout()});
 *   <li>REST {@code HardStop}: the VM stops at once ({@link #hardStopTimeout()});
 *   <li>SIGTERM: vfkit's own handler asks the guest, waits up to 5 seconds, then stops the VM
 *       ({@link #terminateTimeout()});
 *   <li>SIGKILL ({@link #killTimeout()}).
 * </ol>
 *
 * A zero timeout skips its step, except SIGKILL, which is always the last resort. The REST steps are skipped when
 * vfkit serves no REST API, HardStop is skipped for krunkit (which has none), and when a request fails the next step
 * follows at once. Nothing is sent once the process has exited.
 *
 * @param stopTimeout how long the guest may take to shut down when asked
 * @param hardStopTimeout how long vfkit may take to exit after {@code HardStop}
 * @param terminateTimeout how long vfkit may take to exit after SIGTERM
 * @param killTimeout how long to wait for the exit after SIGKILL before giving up
 */
public record StopPolicy(Duration stopTimeout, Duration hardStopTimeout, Duration terminateTimeout,
        Duration killTimeout) {

    /** 30 s for the guest, 10 s for HardStop, 10 s for SIGTERM (vfkit's handler alone waits 5), 5 s after SIGKILL. */
    public static final StopPolicy DEFAULT = new StopPolicy(Duration.ofSeconds(30), Duration.ofSeconds(10),
            Duration.ofSeconds(10), Duration.ofSeconds(5));

    /** No asking: SIGKILL at once. */
    public static final StopPolicy KILL = new StopPolicy(Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ofSeconds(5));

    public StopPolicy {
        checkNotNegative("stopTimeout", stopTimeout);
        checkNotNegative("hardStopTimeout", hardStopTimeout);
        checkNotNegative("terminateTimeout", terminateTimeout);
        checkNotNegative("killTimeout", killTimeout);
    }

    public StopPolicy withStopTimeout(Duration timeout) {
        return new StopPolicy(timeout, hardStopTimeout, terminateTimeout, killTimeout);
    }

    public StopPolicy withHardStopTimeout(Duration timeout) {
        return new StopPolicy(stopTimeout, timeout, terminateTimeout, killTimeout);
    }

    public StopPolicy withTerminateTimeout(Duration timeout) {
        return new StopPolicy(stopTimeout, hardStopTimeout, timeout, killTimeout);
    }

    public StopPolicy withKillTimeout(Duration timeout) {
        return new StopPolicy(stopTimeout, hardStopTimeout, terminateTimeout, timeout);
    }

    private static void checkNotNegative(String name, Duration duration) {
        if (duration == null || duration.isNegative()) {
            throw new ConfigException("stop policy", name, String.valueOf(duration), "must be zero (skip the step)"
                    + " or positive");
        }
    }
}
