package dev.vfkit4j.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code vfkit4j}, in this JVM or as the built jar, and keeps what it printed. */
final class Cli {
    /** The jar {@code package} builds; the jar tests run after it. */
    static final Path JAR = Path.of("target", "vfkit4j.jar");

    private Cli() {
    }

    /** What one run did. */
    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code vfkit4j args...} in this JVM, with {@code stdin} as its standard input. */
    static Result withStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Vfkit4jCli.execute(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result inProcess(String... args) {
        return withStdin("", args);
    }

    /** {@code java -jar vfkit4j.jar args...}, as a user runs it. */
    static Result jar(String... args) {
        return jar(List.of(), "", args);
    }

    /** The jar with extra class path entries (your own devices) before its arguments. */
    static Result jar(List<Path> extraClassPath, String stdin, String... args) {
        Process process = start(extraClassPath, args);
        try {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            return finish(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Process start(List<Path> extraClassPath, String... args) {
        assertTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is missing: run after `package`");
        // A build started in the background (as CI may start it) inherits SIGINT ignored, and a JVM started with
        // SIGINT ignored never sees Ctrl-C; coreutils' env restores the default a terminal gives.
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (extraClassPath.isEmpty()) {
            command.addAll(List.of("-jar", JAR.toString()));
        } else {
            StringBuilder classPath = new StringBuilder(JAR.toString());
            extraClassPath.forEach(entry -> classPath.append(java.io.File.pathSeparator).append(entry));
            command.addAll(List.of("-cp", classPath.toString(), Vfkit4jCli.class.getName()));
        }
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for {@code process} (at most a minute) and collects its streams. */
    static Result finish(Process process) {
        CompletableFuture<String> out = drain(process, true);
        CompletableFuture<String> err = drain(process, false);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("vfkit4j did not exit within a minute; stderr: " + err.getNow(""));
            }
            return new Result(process.exitValue(), out.get(), err.get());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> drain(Process process, boolean stdout) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                byte[] bytes = (stdout ? process.getInputStream() : process.getErrorStream()).readAllBytes();
                return new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A test resource's path on disk. */
    static Path resource(String name) {
        try {
            return Path.of(Cli.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new AssertionError(name, e);
        }
    }
}
