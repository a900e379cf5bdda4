package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VfkitCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for vfkit, run as its own process through {@link FakeVfkitExecutable}: it reads vfkit's argv, serves
 * vfkit's REST API on {@code --restful-uri} (answering as vfkit's handlers do, {@code /vm/inspect} with the VM it
 * read), runs a {@link FakeVm} and exits when the VM has stopped, as vfkit does. It logs to stderr in logrus' text
 * format.
 *
 * <p>Set through its environment, so that its argv stays exactly vfkit's:
 * <ul>
 *   <li>{@code FAKE_VFKIT_RECORD}: a directory to write {@code argv} (NUL-separated) and {@code cwd} into;
 *   <li>{@code FAKE_VFKIT_BOOT_WHEN}: a file; the VM stays {@code STARTING} until it exists;
 *   <li>{@code FAKE_VFKIT_MODES}: comma-separated misbehaviours: {@code exit-at-once} (log, then fail as vfkit does
 *       without virtualization), {@code ignore-stop} (the guest never shuts down when asked), {@code ignore-hardstop},
 *       {@code ignore-sigterm} (SIGTERM does not end it), {@code hardstop-exits-unanswered} (HardStop stops the VM
 *       and the process exits before answering, as vfkit often does: vfkit issue 277).
 * </ul>
 * Whatever happens, it ends itself after a minute, so that a failed test leaves no process behind.
 */
public final class FakeVfkit {
    private static final Duration LIFETIME = Duration.ofSeconds(60);

    private FakeVfkit() {
    }

    public static void main(String[] args) throws Exception {
        endItselfAfter(LIFETIME);
        Set<String> modes = Set.of(System.getenv().getOrDefault("FAKE_VFKIT_MODES", "").split(","));
        record(args);

        VfkitCommand command;
        try {
            command = VfkitCommand.fromCmdLine(Arrays.asList(args));
        } catch (ConfigException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(1);
            return;
        }
        log("info", "fake vfkit: " + command.vm().vcpus() + " vCPUs, " + command.vm().memory());
        if (modes.contains("exit-at-once")) {
            log("error", "Virtualization is not available on this hardware");
            System.err.println("Error: could not create the virtual machine: fake vfkit was told to exit at once");
            System.exit(1);
        }
        if (command.pidFile() != null) {
            Files.writeString(Path.of(command.pidFile()), Long.toString(ProcessHandle.current().pid()));
        }

        FakeVm vm = new FakeVm(!modes.contains("ignore-stop"), !modes.contains("ignore-hardstop"),
                Duration.ofMillis(100));
        String uri = command.restfulUri() == null ? "none://" : command.restfulUri();
        // As vfkit: the REST service starts before the VM, and only "none://" turns it off.
        VfkitRestHandler handler = new VfkitRestHandler(vm, command.vm().toJson());
        if (modes.contains("hardstop-exits-unanswered")) {
            handler.droppingHardStop(true, () -> {
                // vfkit's exit handlers remove its socket; then it is gone, its answer unwritten.
                if (uri.startsWith("unix://")) {
                    deleteQuietly(Path.of(RestEndpoint.parse(uri).socketPath()));
                }
                log("info", "VM is stopped");
                Runtime.getRuntime().halt(0);
            });
        }
        VfkitRestServer server = uri.equals("none://") ? null : VfkitRestServer.at(RestEndpoint.parse(uri), handler);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // vfkit's SIGTERM handler: ask the guest, wait, stop the VM, run the exit handlers.
            if (modes.contains("ignore-sigterm")) {
                sleep(LIFETIME);
            }
            vm.shutDown();
            close(server);
        }));

        vm.start();
        awaitBoot(vm);
        log("info", "virtual machine is running");
        vm.whenStopped().get();
        log("info", "VM is stopped");
        close(server);
        System.exit(0);
    }

    /** Boots at once, or when the file {@code FAKE_VFKIT_BOOT_WHEN} names appears. */
    private static void awaitBoot(FakeVm vm) throws InterruptedException {
        String bootWhen = System.getenv("FAKE_VFKIT_BOOT_WHEN");
        while (bootWhen != null && !Files.exists(Path.of(bootWhen))) {
            Thread.sleep(20);
        }
        vm.booted();
    }

    static void record(String[] args) throws IOException {
        String directory = System.getenv("FAKE_VFKIT_RECORD");
        if (directory == null) {
            return;
        }
        Files.writeString(Path.of(directory, "argv"), String.join("\0", args), StandardCharsets.UTF_8);
        Files.writeString(Path.of(directory, "cwd"), Path.of("").toAbsolutePath().toString());
    }

    static List<String> recordedArgv(Path directory) throws IOException {
        String text = Files.readString(directory.resolve("argv"), StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\0", -1));
    }

    static void log(String level, String message) {
        System.err.println("time=\"" + OffsetDateTime.now().withNano(0) + "\" level=" + level + " msg=\"" + message
                + "\"");
    }

    static void endItselfAfter(Duration lifetime) {
        Thread guard = new Thread(() -> {
            sleep(lifetime);
            Runtime.getRuntime().halt(3);
        }, "fake-vfkit-lifetime");
        guard.setDaemon(true);
        guard.start();
    }

    private static void sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log("warning", "removing " + file + ": " + e.getMessage());
        }
    }

    private static void close(VfkitRestServer server) {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                log("warning", "closing the REST server: " + e.getMessage());
            }
        }
    }
}
