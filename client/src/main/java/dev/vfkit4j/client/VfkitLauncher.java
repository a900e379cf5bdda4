package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.ProcessOptions;
import dev.vfkit4j.RestEndpoint;
import dev.vfkit4j.VfkitCommand;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts vfkit (or krunkit, which takes the same command line) for a {@link VfkitCommand} and hands back a
 * {@link VfkitProcess} to wait on, drive and stop it. Immutable: each {@code with...} returns a new launcher.
 *
 * <pre>{@code
 * VfkitCommand command = VfkitCommand.of(vm).withRestfulUri("unix:///tmp/vm.sock");
 * try (VfkitProcess vfkit = VfkitLauncher.of(Path.of("/opt/homebrew/bin/vfkit")).start(command)) {
 *     vfkit.awaitState(VmState.State.RUNNING, Duration.ofSeconds(30));
 *     ...
 * }
 * }</pre>
 *
 * <p>vfkit runs without a shell, with exactly the command's argv, in the caller's working directory and environment
 * unless {@link #withProcessOptions} says otherwise. Its stderr, where it logs, is read continually: the last lines
 * go into errors, and all of it into {@link #withStderrLog a log file} when one is given. Its stdout is discarded
 * unless {@link #withStdout} says otherwise; its stdin is a pipe, at {@code process().getOutputStream()}.
 */
public final class VfkitLauncher {
    private final Path executable;
    private final ProcessOptions processOptions;
    private final ClientOptions clientOptions;
    private final ProcessBuilder.Redirect stdout;
    private final Path stderrLog;

    private VfkitLauncher(Path executable, ProcessOptions processOptions, ClientOptions clientOptions,
            ProcessBuilder.Redirect stdout, Path stderrLog) {
        this.executable = executable;
        this.processOptions = processOptions;
        this.clientOptions = clientOptions;
        this.stdout = stdout;
        this.stderrLog = stderrLog;
    }

    /** A launcher running {@code executable}: vfkit, or krunkit. */
    public static VfkitLauncher of(Path executable) {
        if (executable == null || executable.toString().isEmpty()) {
            throw new ConfigException("vfkit", null, null, "the executable to run is missing");
        }
        return new VfkitLauncher(executable, ProcessOptions.INHERIT, ClientOptions.DEFAULT,
                ProcessBuilder.Redirect.DISCARD, null);
    }

    /** This launcher, starting vfkit with {@code options}' working directory and environment. */
    public VfkitLauncher withProcessOptions(ProcessOptions options) {
        return new VfkitLauncher(executable, Objects.requireNonNull(options, "options"), clientOptions, stdout,
                stderrLog);
    }

    /** This launcher, starting vfkit in {@code directory}. */
    public VfkitLauncher withWorkingDirectory(Path directory) {
        return withProcessOptions(processOptions.withWorkingDirectory(directory));
    }

    /** This launcher, with {@code name=value} in vfkit's environment. */
    public VfkitLauncher withEnvironment(String name, String value) {
        return withProcessOptions(processOptions.withEnvironment(name, value));
    }

    /** This launcher, whose processes' REST clients use {@code options}. */
    public VfkitLauncher withClientOptions(ClientOptions options) {
        return new VfkitLauncher(executable, processOptions, Objects.requireNonNull(options, "options"), stdout,
                stderrLog);
    }

    /**
     * This launcher, sending vfkit's stdout to {@code redirect} rather than discarding it. vfkit writes there only
     * for a {@code virtio-serial,stdio} console; with {@link ProcessBuilder.Redirect#PIPE} the caller must read
     * {@code process().getInputStream()}, or vfkit blocks once the pipe is full.
     */
    public VfkitLauncher withStdout(ProcessBuilder.Redirect redirect) {
        return new VfkitLauncher(executable, processOptions, clientOptions, Objects.requireNonNull(redirect,
                "redirect"), stderrLog);
    }

    /** This launcher, appending vfkit's stderr (its log) to {@code file} as well. */
    public VfkitLauncher withStderrLog(Path file) {
        return new VfkitLauncher(executable, processOptions, clientOptions, stdout, file);
    }

    /**
     * Starts vfkit for {@code command}. Returns once the process exists; use {@link VfkitProcess#awaitReady} or
     * {@link VfkitProcess#awaitState} to wait for vfkit to serve and for the VM to run.
     *
     * @throws ConfigException when vfkit would refuse the command or a Java process cannot start it, before anything
     *     is started
     * @throws VfkitProcessException with {@link VfkitProcessException.Reason#START_FAILED} when the executable
     *     cannot be started or the stderr log cannot be opened
     */
    public VfkitProcess start(VfkitCommand command) {
        ProcessBuilder builder = command.toProcessBuilder(executable, processOptions)
                .redirectOutput(stdout)
                .redirectError(ProcessBuilder.Redirect.PIPE);
        Optional<RestEndpoint> endpoint = command.restEndpoint();

        Writer log = openLog();
        VfkitClient client = endpoint.map(rest -> VfkitClient.of(rest, clientOptions)).orElse(null);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            closeQuietly(log);
            if (client != null) {
                client.close();
            }
            throw new VfkitProcessException(VfkitProcessException.Reason.START_FAILED, "cannot start " + executable
                    + " (" + e.getMessage() + ")", null, null, e);
        }
        StderrTail stderr = new StderrTail(process.getErrorStream(), log, "vfkit-stderr-" + process.pid());
        return new VfkitProcess(command, process, client, stderr);
    }

    private Writer openLog() {
        if (stderrLog == null) {
            return null;
        }
        try {
            return Files.newBufferedWriter(stderrLog, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new VfkitProcessException(VfkitProcessException.Reason.START_FAILED, "cannot open the stderr log "
                    + stderrLog + " (" + e.getMessage() + ")", null, null, e);
        }
    }

    private static void closeQuietly(Writer log) {
        if (log != null) {
            try {
                log.close();
            } catch (IOException ignored) {
                // The launch failed already; that is what the caller hears about.
            }
        }
    }

    @Override
    public String toString() {
        return "VfkitLauncher[" + executable + "]";
    }
}
