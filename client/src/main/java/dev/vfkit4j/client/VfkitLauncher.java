package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Target;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.devices.VirtioNet;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts vfkit (or krunkit, which takes the same command line) for a {@link VfkitCommand} and hands back a
 * {@link VfkitProcess} to wait on, drive and stop it; or {@linkplain #attach attaches} to one started earlier.
 * Immutable: each {@code with...} returns a new launcher.
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
 * unless {@link #withProcessOptions} says otherwise, and behind a {@linkplain #withCommandPrefix wrapper} when one is
 * given. Its stderr, where it logs, is read continually: the last lines go into errors, and all of it into
 * {@link #withStderrLog a log file} when one is given. Its stdout is discarded unless {@link #withStdout} says
 * otherwise; its stdin is a pipe, at {@code process().getOutputStream()}.
 */
public final class VfkitLauncher {
    /** How long {@link #start} gives an endpoint to show that something already listens on it. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    private final Path executable;
    private final List<String> commandPrefix;
    /** The API set by {@link #withRestApi}; null to follow the target's program. */
    private final RestApi api;
    private final ProcessOptions processOptions;
    private final ClientOptions clientOptions;
    private final ProcessBuilder.Redirect stdout;
    private final Path stderrLog;
    /** The target fixed by {@link #withTarget}; null to ask the executable. */
    private final Target target;
    /** What the executable answered, asked once per launcher. */
    private volatile Target detected;

    private VfkitLauncher(Path executable, List<String> commandPrefix, RestApi api, ProcessOptions processOptions,
            ClientOptions clientOptions, ProcessBuilder.Redirect stdout, Path stderrLog, Target target) {
        this.executable = executable;
        this.commandPrefix = commandPrefix;
        this.api = api;
        this.processOptions = processOptions;
        this.clientOptions = clientOptions;
        this.stdout = stdout;
        this.stderrLog = stderrLog;
        this.target = target;
    }

    /**
     * A launcher running {@code executable}: vfkit, or krunkit. What it starts is driven through the REST API of its
     * {@link #target()}'s program (krunkit's for krunkit, whatever its file is called); {@link #withRestApi} says
     * otherwise.
     */
    public static VfkitLauncher of(Path executable) {
        if (executable == null || executable.toString().isEmpty()) {
            throw new ConfigException("vfkit", null, null, "the executable to run is missing");
        }
        return new VfkitLauncher(executable, List.of(), null, ProcessOptions.INHERIT,
                ClientOptions.DEFAULT, ProcessBuilder.Redirect.DISCARD, null, null);
    }

    /** This launcher, talking to what it starts through {@code api}'s REST API (vfkit's or krunkit's). */
    public VfkitLauncher withRestApi(RestApi api) {
        return new VfkitLauncher(executable, commandPrefix, Objects.requireNonNull(api, "api"), processOptions,
                clientOptions, stdout, stderrLog, target);
    }

    /**
     * This launcher, running vfkit through a wrapper: the process started is {@code prefix}, then the executable
     * and the command's argv — for instance {@code List.of("/opt/vmnet-helper/bin/vmnet-run", "--shared", "--")}
     * hands vfkit the vmnet file descriptor that a {@code virtio-net,fd=N} device uses. The wrapper is what this JVM
     * starts: {@link VfkitProcess#pid()} is its pid and signals reach it, so it should {@code exec} vfkit or forward
     * them (a {@code --pidfile} gives vfkit's own pid). An empty prefix runs vfkit directly.
     */
    public VfkitLauncher withCommandPrefix(List<String> prefix) {
        List<String> copy = List.copyOf(Objects.requireNonNull(prefix, "prefix"));
        if (!copy.isEmpty() && copy.get(0).isEmpty()) {
            throw new ConfigException("command prefix", null, "", "the wrapper to run is missing");
        }
        return new VfkitLauncher(executable, copy, api, processOptions, clientOptions, stdout, stderrLog, target);
    }

    /** This launcher, starting vfkit with {@code options}' working directory and environment. */
    public VfkitLauncher withProcessOptions(ProcessOptions options) {
        return new VfkitLauncher(executable, commandPrefix, api, Objects.requireNonNull(options, "options"),
                clientOptions, stdout, stderrLog, target);
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
        return new VfkitLauncher(executable, commandPrefix, api, processOptions, Objects.requireNonNull(options,
                "options"), stdout, stderrLog, target);
    }

    /**
     * This launcher, sending vfkit's stdout to {@code redirect} rather than discarding it. vfkit writes there only
     * for a {@code virtio-serial,stdio} console; with {@link ProcessBuilder.Redirect#PIPE} the caller must read
     * {@code process().getInputStream()}, or vfkit blocks once the pipe is full.
     */
    public VfkitLauncher withStdout(ProcessBuilder.Redirect redirect) {
        return new VfkitLauncher(executable, commandPrefix, api, processOptions, clientOptions,
                Objects.requireNonNull(redirect, "redirect"), stderrLog, target);
    }

    /** This launcher, appending vfkit's stderr (its log) to {@code file} as well. */
    public VfkitLauncher withStderrLog(Path file) {
        return new VfkitLauncher(executable, commandPrefix, api, processOptions, clientOptions, stdout, file, target);
    }

    /**
     * This launcher, printing every command for {@code target} rather than for what the executable says it is:
     * {@code withTarget(Target.vfkit("0.6.1"))}.
     */
    public VfkitLauncher withTarget(Target target) {
        return new VfkitLauncher(executable, commandPrefix, api, processOptions, clientOptions, stdout, stderrLog,
                Objects.requireNonNull(target, "target"));
    }

    /**
     * The target commands are printed for: the one {@linkplain #withTarget fixed}, or else what the executable
     * answers to {@code --version} ({@link TargetDetector}, in this launcher's working directory and environment),
     * asked once.
     *
     * @throws VfkitProcessException when the executable cannot say its version
     * @throws ConfigException when what it says is not vfkit's or krunkit's version
     */
    public Target target() {
        if (target != null) {
            return target;
        }
        Target answer = detected;
        if (answer == null) {
            answer = TargetDetector.detect(executable, processOptions, TargetDetector.DEFAULT_TIMEOUT);
            detected = answer;
        }
        return answer;
    }

    /**
     * The REST API this launcher expects its processes to serve: the one {@linkplain #withRestApi set}, or else that
     * of the target's program when the target is fixed or the executable has been asked ({@link #start} asks it);
     * before that, a guess by the executable's file name ({@code krunkit} or not). Asks the executable nothing.
     */
    public RestApi restApi() {
        if (api != null) {
            return api;
        }
        Target known = target != null ? target : detected;
        if (known == null) {
            return RestApi.of(executable);
        }
        return known.program() == Target.Program.KRUNKIT ? RestApi.KRUNKIT : RestApi.VFKIT;
    }

    /**
     * Starts vfkit for {@code command}. Returns once the process exists; use {@link VfkitProcess#awaitReady} or
     * {@link VfkitProcess#awaitState} to wait for vfkit to serve and for the VM to run.
     *
     * @throws ConfigException when vfkit would refuse the command or a Java process cannot start it, before anything
     *     is started
     * @throws VfkitProcessException with {@link VfkitProcessException.Reason#ENDPOINT_IN_USE} when something already
     *     answers on the command's REST endpoint (an older vfkit, another program), and with
     *     {@link VfkitProcessException.Reason#START_FAILED} when the executable cannot be started or the stderr log
     *     cannot be opened; nothing is started then
     */
    public VfkitProcess start(VfkitCommand command) {
        ProcessBuilder builder = processBuilder(command)
                .redirectOutput(stdout)
                .redirectError(ProcessBuilder.Redirect.PIPE);
        // The target is known now: processBuilder printed the command for it.
        RestApi served = restApi();
        Optional<RestEndpoint> endpoint = RestEndpoint.of(command);
        if (endpoint.isPresent() && endpoint.get().acceptsConnections(PROBE_TIMEOUT)) {
            throw new VfkitProcessException(VfkitProcessException.Reason.ENDPOINT_IN_USE, "something already answers"
                    + " on " + endpoint.get().toUri() + " (an older " + served.programName() + ", or another program):"
                    + " vfkit could not listen there (krunkit would take a Unix socket over), and REST calls meant"
                    + " for the new VM would reach it; stop it, or give the command another --restful-uri", null,
                    null, null);
        }

        Writer log = openLog();
        VfkitClient client = endpoint.map(rest -> VfkitClient.of(rest, clientOptions, served)).orElse(null);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            closeQuietly(log);
            if (client != null) {
                client.close();
            }
            throw new VfkitProcessException(VfkitProcessException.Reason.START_FAILED, "cannot start "
                    + builder.command().get(0) + " (" + e.getMessage() + ")", null, null, e);
        }
        StderrTail stderr = new StderrTail(process.getErrorStream(), log, "vfkit-stderr-" + process.pid());
        return new VfkitProcess(command, process, client, stderr, served);
    }

    /**
     * A process builder that runs this launcher's executable (vfkit, or krunkit) with exactly
     * {@link VfkitCommand#toCmdLine(Target) the command's argv} for {@link #target()} as its arguments, behind the
     * {@linkplain #withCommandPrefix command prefix} when there is one: no shell, so nothing is split, globbed or
     * expanded. It starts in the working directory and with the environment of this launcher's
     * {@link ProcessOptions}; its standard streams are {@link ProcessBuilder}'s defaults (pipes), which the caller
     * must drain or redirect. For running the process yourself; {@link #start} uses it too.
     *
     * @throws ConfigException when vfkit would refuse the command (its {@code --restful-uri}), when the target lacks
     *     a feature the command uses (listing every one), or when a Java process cannot start it (a {@code virtio-net}
     *     device with {@code fd=} and no command prefix)
     */
    public ProcessBuilder processBuilder(VfkitCommand command) {
        RestEndpoint.of(command);
        if (commandPrefix.isEmpty()) {
            checkInheritedDescriptors(command);
        }
        // The command's own faults (text no argument can carry, ...) are reported before the binary is asked anything.
        command.toCmdLine();
        return processOptions.applyTo(new ProcessBuilder(argv(command)));
    }

    /** The one place the process's argv is made: the wrapper, the executable, the command's own argv. */
    private List<String> argv(VfkitCommand command) {
        List<String> argv = new ArrayList<>(commandPrefix);
        argv.add(executable.toString());
        argv.addAll(command.toCmdLine(target()));
        return argv;
    }

    /**
     * {@code virtio-net,fd=N} has vfkit use descriptor N, inherited from whoever started it. {@link ProcessBuilder}
     * hands a child only its standard streams, and only as files or pipes, never a given socket: such a vfkit would
     * find N closed, or some other file there. A wrapper that opens the descriptor and then runs vfkit can.
     */
    private static void checkInheritedDescriptors(VfkitCommand command) {
        for (VirtioNet net : command.vm().devices(VirtioNet.class)) {
            if (net.fd() != null) {
                throw new ConfigException("virtio-net", "fd", String.valueOf(net.fd()), "a Java process cannot hand"
                        + " a file descriptor to vfkit (ProcessBuilder passes only stdin, stdout and stderr, as files"
                        + " or pipes); start vfkit through a wrapper that opens it, with"
                        + " launcher.withCommandPrefix(List.of(\"vmnet-run\", ..., \"--\")), or connect the interface"
                        + " through a Unix datagram socket instead: virtio-net,unixSocketPath=/path/to/socket");
            }
        }
    }

    /**
     * Attaches to the vfkit (or krunkit) that {@code command} started earlier — in another run of this program, say —
     * through its {@code --pidfile} and {@code --restful-uri}; see {@link #attach(Path, RestEndpoint)}.
     *
     * @throws ConfigException when the command has no pid file or no REST endpoint
     */
    public VfkitProcess attach(VfkitCommand command) {
        if (command.pidFile() == null) {
            throw new ConfigException("--pidfile", null, null, "attaching needs the pid file vfkit was started with");
        }
        RestEndpoint endpoint = RestEndpoint.of(command).orElseThrow(() -> new ConfigException("--restful-uri",
                null, command.restfulUri(), "attaching needs the REST endpoint vfkit was started with"));
        return attach(Path.of(command.pidFile()), endpoint);
    }

    /**
     * Attaches to a running vfkit (or krunkit) that another program or an earlier run started, found by the pid in
     * {@code pidFile}, and driven through {@code endpoint}: state, waits, and {@link VfkitProcess#stop} with the same
     * steps (REST Stop, HardStop, SIGTERM, SIGKILL). Its exit code cannot be learnt ({@link
     * VfkitProcess#UNKNOWN_EXIT_CODE}), nor its stderr.
     *
     * <p>A pid file outlives its process, and the pid may since name another program, which must never be signalled.
     * So the pid is accepted only when its process runs an executable named {@code vfkit} or {@code krunkit}, or this
     * launcher's executable (compared by real path), and — where the system shows a process's arguments — when its
     * {@code --restful-uri} is {@code endpoint}. The limits: a process of another user shows neither executable nor
     * arguments and is refused; where arguments are hidden, any vfkit passes the name check; and between the check
     * and a signal the process could exit and its pid be reused, a window that {@link ProcessHandle} narrows by
     * comparing start times.
     *
     * @throws VfkitProcessException with {@link VfkitProcessException.Reason#EXITED} when no process has that pid,
     *     and with {@link VfkitProcessException.Reason#ATTACH_REFUSED} when the pid file cannot be read or its
     *     process is not the vfkit serving {@code endpoint}
     */
    public VfkitProcess attach(Path pidFile, RestEndpoint endpoint) {
        ProcessHandle handle = Attach.check(pidFile, endpoint, executable);
        RestApi served = Attach.apiOf(handle, restApi());
        return VfkitProcess.attached(handle, VfkitClient.of(endpoint, clientOptions, served), served);
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
        return "VfkitLauncher[" + (commandPrefix.isEmpty() ? "" : String.join(" ", commandPrefix) + " ") + executable
                + "]";
    }
}
