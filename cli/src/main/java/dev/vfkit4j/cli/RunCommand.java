package dev.vfkit4j.cli;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Target;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.client.RestEndpoint;
import dev.vfkit4j.client.StopPolicy;
import dev.vfkit4j.client.StopResult;
import dev.vfkit4j.client.VfkitLauncher;
import dev.vfkit4j.client.VfkitProcess;
import dev.vfkit4j.client.VfkitProcessException;
import dev.vfkit4j.client.VmState;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code vfkit4j run <file>}: starts vfkit (or krunkit) on the VM a file describes, waits until the VM runs, and stays
 * until vfkit exits, exiting with its status. Ctrl-C (or SIGTERM) asks the VM to stop politely, then harder, as the
 * client's {@link StopPolicy} does; a second Ctrl-C skips to killing vfkit.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
        description = {"Start vfkit on the VM described in a file (vfkit JSON, YAML or a podman machine file): host"
                + " checks first, a REST endpoint of its own (unless the file gives one), wait until the VM runs, then"
                + " wait for vfkit to exit and exit with its status.",
                "Ctrl-C stops the VM politely (REST Stop), then harder (HardStop, SIGTERM, SIGKILL); a second"
                        + " Ctrl-C kills vfkit."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VmFile vmFile;

    @Option(names = "--vfkit", paramLabel = "<binary>",
            description = "The vfkit (or krunkit) executable; default: vfkit (krunkit for a krunkit target) on the"
                    + " PATH.")
    Path binary;

    @Mixin
    TargetOption targetOption;

    @Option(names = "--timeout", paramLabel = "<seconds>", defaultValue = "60",
            description = "How long to wait for the VM to run (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--no-host", description = "Skip the host checks before starting.")
    boolean skipHost;

    private final AtomicInteger interrupts = new AtomicInteger();
    private SignalHandler[] previousHandlers;

    @Override
    public Integer call() throws InterruptedException {
        if (timeoutSeconds <= 0) {
            throw new ConfigException("--timeout", null, Long.toString(timeoutSeconds), "must be at least 1 second");
        }
        VfkitCommand command = vmFile.read();
        if (!skipHost) {
            command.vm().preflight();
        }
        Path executable = binary != null ? binary
                : onPath(targetOption.given().map(Argv::program).orElse(Target.Program.VFKIT.command()));
        VfkitLauncher launcher = VfkitLauncher.of(executable)
                .withStdout(ProcessBuilder.Redirect.INHERIT)
                // vfkit's log goes where the tool's own messages go, as it comes.
                .withStderrLog(Path.of("/dev/stderr"));
        if (targetOption.given().isPresent()) {
            launcher = launcher.withTarget(targetOption.given().get());
        }
        // Printed for the release that runs it (asked with --version): what it lacks is refused before it starts.
        Target target = launcher.target();
        Path ownDirectory = null;
        if (RestEndpoint.of(command).isEmpty()) {
            ownDirectory = newSocketDirectory();
            command = command.withRestfulUri(RestEndpoint.unixSocket(ownDirectory.resolve("rest.sock").toString())
                    .toUri());
        }
        PrintWriter err = spec.commandLine().getErr();
        String name = Vfkit4jCli.commandName(spec.commandLine());
        try (VfkitProcess vfkit = launcher.start(command)) {
            err.println(name + ": started " + executable + " (" + target + ", pid " + vfkit.pid() + "), REST API at "
                    + command.restfulUri());
            err.flush();
            onInterrupt(vfkit, err, name, target.program().command());
            try {
                vfkit.awaitState(VmState.State.RUNNING, Duration.ofSeconds(timeoutSeconds));
                err.println(name + ": the VM is running; Ctrl-C stops it");
            } catch (VfkitProcessException e) {
                if (vfkit.isAlive()) {
                    err.println(name + ": " + Vfkit4jCli.oneLine(e.getMessage()) + "; stopping it");
                    vfkit.stop(StopPolicy.DEFAULT);
                    return Vfkit4jCli.FAILED;
                }
                // vfkit exited: its status says how, and its log is already on stderr.
            }
            err.flush();
            int status = vfkit.process().waitFor();
            err.println(name + ": " + target.program().command() + " exited with status " + status);
            err.flush();
            return status;
        } finally {
            restoreSignals();
            deleteQuietly(ownDirectory);
        }
    }

    /** Ctrl-C and SIGTERM: the first stops politely, in the background; the next kills. */
    private void onInterrupt(VfkitProcess vfkit, PrintWriter err, String name, String program) {
        SignalHandler handler = signal -> {
            if (interrupts.incrementAndGet() == 1) {
                err.println(name + ": stopping the VM (Ctrl-C again to kill " + program + ")");
                err.flush();
                Thread stopper = new Thread(() -> stop(vfkit, StopPolicy.DEFAULT), "vfkit4j-stop");
                stopper.setDaemon(true);
                stopper.start();
            } else {
                vfkit.process().destroyForcibly();
            }
        };
        previousHandlers = new SignalHandler[] {Signal.handle(new Signal("INT"), handler),
                Signal.handle(new Signal("TERM"), handler)};
    }

    /** Gives Ctrl-C back to whoever had it, once vfkit is gone (this JVM may go on: tests, embedding). */
    private void restoreSignals() {
        if (previousHandlers != null) {
            Signal.handle(new Signal("INT"), previousHandlers[0]);
            Signal.handle(new Signal("TERM"), previousHandlers[1]);
        }
    }

    private static void stop(VfkitProcess vfkit, StopPolicy policy) {
        try {
            StopResult result = vfkit.stop(policy);
            assert result != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            vfkit.process().destroyForcibly();
        }
    }

    /** A private directory for vfkit's REST socket, short enough for macOS's 103-byte socket paths. */
    private static Path newSocketDirectory() {
        try {
            return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "vfkit4j-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for vfkit's REST socket", e);
        }
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String directory : path.split(File.pathSeparator)) {
                Path candidate = Path.of(directory.isEmpty() ? "." : directory, program);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        throw new ConfigException("--vfkit", null, program, "not found on the PATH; give the executable with"
                + " --vfkit");
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try {
            Files.deleteIfExists(directory.resolve("rest.sock"));
            Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless; the run's outcome is what matters.
        }
    }
}
