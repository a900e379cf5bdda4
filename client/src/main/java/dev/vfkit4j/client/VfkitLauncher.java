package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.devices.VirtioNet;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
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
        ProcessBuilder builder = processBuilder(command)
                .redirectOutput(stdout)
                .redirectError(ProcessBuilder.Redirect.PIPE);
        Optional<RestEndpoint> endpoint = RestEndpoint.of(command);

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

    /**
     * A process builder that runs this launcher's executable (vfkit, or krunkit) with exactly
     * {@link VfkitCommand#toCmdLine()} as its arguments: no shell, so nothing is split, globbed or expanded. It starts
     * in the working directory and with the environment of this launcher's {@link ProcessOptions}; its standard
     * streams are {@link ProcessBuilder}'s defaults (pipes), which the caller must drain or redirect. For running the
     * process yourself; {@link #start} uses it too.
     *
     * @throws ConfigException when vfkit would refuse the command (its {@code --restful-uri}), or when a Java
     *     process cannot start it (a {@code virtio-net} device with {@code fd=})
     */
    public ProcessBuilder processBuilder(VfkitCommand command) {
        checkInheritedDescriptors(command);
        RestEndpoint.of(command);
        List<String> argv = new ArrayList<>();
        argv.add(executable.toString());
        argv.addAll(command.toCmdLine());
        return processOptions.applyTo(new ProcessBuilder(argv));
    }

    /**
     * {@code virtio-net,fd=N} has vfkit use descriptor N, inherited from whoever started it. {@link ProcessBuilder}
     * hands a child only its standard streams, and only as files or pipes, never a given socket: such a vfkit would
     * find N closed, or some other file there.
     */
    private static void checkInheritedDescriptors(VfkitCommand command) {
        for (VirtioNet net : command.vm().devices(VirtioNet.class)) {
            if (net.fd() != null) {
                throw new ConfigException("virtio-net", "fd", String.valueOf(net.fd()), "a Java process cannot hand"
                        + " a file descriptor to vfkit (ProcessBuilder passes only stdin, stdout and stderr, as files"
                        + " or pipes); connect the interface through a Unix datagram socket instead:"
                        + " virtio-net,unixSocketPath=/path/to/socket");
            }
        }
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
