package dev.vfkit4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the tests read from the project's {@code ../shared} folder: the benchmark workload, the conformance vectors. */
final class Shared {
    private Shared() {
    }

    static Path directory() {
        return Path.of(System.getProperty("vfkit4j.shared.dir", "../../shared"));
    }

    /** The podman-like workload's argv, one argument per line in the first code block of bench/workload.md. */
    static List<String> workloadArgv() {
        List<String> argv = new ArrayList<>();
        boolean inBlock = false;
        for (String line : lines(directory().resolve("bench/workload.md"))) {
            if (line.equals("```")) {
                if (inBlock) {
                    return argv;
                }
                inBlock = true;
            } else if (inBlock) {
                argv.add(line);
            }
        }
        throw new AssertionError("no argv block in workload.md");
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
