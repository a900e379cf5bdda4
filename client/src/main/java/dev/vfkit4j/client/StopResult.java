package dev.vfkit4j.client;

/**
 * How vfkit came to exit under {@link VfkitProcess#stop(StopPolicy)}.
 *
 * @param stoppedBy the step after which vfkit exited
 * @param exitCode vfkit's exit code; 128 + the signal's number when a signal ended it;
 *     {@link VfkitProcess#UNKNOWN_EXIT_CODE} for an attached vfkit, whose exit code only its parent learns
 */
public record StopResult(Step stoppedBy, int exitCode) {

    /** The steps of a {@link StopPolicy}, and "it had already exited". */
    public enum Step {
        /** vfkit had exited before stop was called. */
        ALREADY_EXITED,
        /** The guest shut down when asked (REST {@code Stop}). */
        STOP,
        /** REST {@code HardStop}. */
        HARD_STOP,
        /** SIGTERM. */
        TERMINATE,
        /** SIGKILL. */
        KILL
    }
}
