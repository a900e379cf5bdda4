package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Finds out which {@link Target} an executable is by running {@code <executable> --version}: vfkit answers
 * {@code vfkit version: v0.6.1}, krunkit {@code krunkit 1.2.1}; {@link Target#fromVersionOutput} says how each form
 * (development builds included) is read. {@link VfkitLauncher} uses it unless a target is fixed with
 * {@link VfkitLauncher#withTarget}.
 */
public final class TargetDetector {
    /** How long {@code --version} may take: it prints a constant, but a cold start of a signed binary is slow. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_OUTPUT = 4096;

    private TargetDetector() {
    }

    /** The target {@code executable} is, asked in the caller's working directory and environment. */
    public static Target detect(Path executable) {
        return detect(executable, ProcessOptions.INHERIT, DEFAULT_TIMEOUT);
    }

    /**
     * The target {@code executable} is, asked in {@code options}' working directory and environment (those it will be
     * launched with), waiting at most {@code timeout}.
     *
     * @throws VfkitProcessException when the executable cannot be started ({@code START_FAILED}), fails
     *     ({@code EXITED}) or does not answer in time ({@code TIMED_OUT}, after which it is killed)
     * @throws ConfigException when what it prints is not vfkit's or krunkit's version
     */
    public static Target detect(Path executable, ProcessOptions options, Duration timeout) {
        Objects.requireNonNull(executable, "executable");
        ProcessBuilder builder = options.applyTo(new ProcessBuilder(List.of(executable.toString(), "--version")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new VfkitProcessException(VfkitProcessException.Reason.START_FAILED, "cannot run " + executable
                    + " --version (" + e.getMessage() + ")", null, null, e);
        }
        try {
            process.getOutputStream().close();
            String output = readAtMost(executable, process, timeout);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw timedOut(executable, timeout);
            }
            if (process.exitValue() != 0) {
                throw new VfkitProcessException(VfkitProcessException.Reason.EXITED, executable + " --version failed"
                        + " with exit status " + process.exitValue(), process.exitValue(), output, null);
            }
            return Target.fromVersionOutput(output);
        } catch (IOException e) {
            throw new VfkitProcessException(VfkitProcessException.Reason.START_FAILED, "cannot run " + executable
                    + " --version (" + e.getMessage() + ")", null, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VfkitProcessException(VfkitProcessException.Reason.START_FAILED, "interrupted while asking "
                    + executable + " for its version", null, null, e);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Reads the output on another thread, so that a binary that never ends cannot hold the caller past the timeout. */
    private static String readAtMost(Path executable, Process process, Duration timeout)
            throws InterruptedException {
        InputStream in = process.getInputStream();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[512];
            try {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    synchronized (output) {
                        if (output.size() < MAX_OUTPUT) {
                            output.write(buffer, 0, Math.min(read, MAX_OUTPUT - output.size()));
                        }
                    }
                }
            } catch (IOException ignored) {
                // The process was killed: what was read so far is all there is.
            }
        }, "version-output");
        reader.setDaemon(true);
        reader.start();
        reader.join(timeout.toMillis());
        if (reader.isAlive()) {
            process.destroyForcibly();
            throw timedOut(executable, timeout);
        }
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    private static VfkitProcessException timedOut(Path executable, Duration timeout) {
        return new VfkitProcessException(VfkitProcessException.Reason.TIMED_OUT, executable + " --version did not"
                + " answer within " + timeout.toMillis() + " ms", null, null, null);
    }
}
