package dev.vfkit4j.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * What the annotation processor costs a build, measured from outside as a user's build pays it: {@code javac}
 * (the JDK's own, a process of its own) compiles {@code --records} device records ({@link DeviceRecords}) with
 * {@code -proc:none} and with the processor on {@code --processor-path}, {@code --runs} times each in turn, and
 * prints the median times, their ratio, the time inside the processor itself ({@link TimedProcessor}) and the size
 * of what the processor generated.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.vfkit4j.benchmarks.ProcessorCost [--records 200]
 *     [--runs 3] [--keep DIR] [-- javac options...]}</pre>
 *
 * <p>{@code --keep DIR} leaves the sources, generated sources and classes of the last runs in {@code DIR};
 * options after {@code --} go to every javac (e.g. {@code -J-XX:StartFlightRecording=filename=p.jfr}).
 */
public final class ProcessorCost {
    private ProcessorCost() {
    }

    /** The two ways of compiling the records. */
    enum Mode {
        WITHOUT("-proc:none"), WITH("with processor");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /**
     * One javac run: its wall time, the time spent inside the processor ({@link TimedProcessor}; 0 without it) and
     * what it wrote.
     */
    record Compilation(long nanos, long processorNanos, int generatedFiles, long generatedLines, int classFiles) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int records = 200;
        int runs = 3;
        Path keep = null;
        List<String> javacOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--records" -> records = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--keep" -> keep = Path.of(args[++i]);
                case "--" -> {
                    javacOptions.addAll(Arrays.asList(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: ProcessorCost [--records N] [--runs N] [--keep DIR] [-- javac options...]");
            }
        }
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("processor-cost");
        List<Path> sources = DeviceRecords.write(work.resolve("src"), records);
        System.out.printf(Locale.ROOT, "%d device records, %d runs each, javac %s%n", records, runs, javac());

        List<List<Compilation>> results = List.of(new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            for (Mode mode : Mode.values()) {
                Compilation compilation = compile(sources, mode, work.resolve(mode.name().toLowerCase(Locale.ROOT)),
                        javacOptions);
                results.get(mode.ordinal()).add(compilation);
                System.out.printf(Locale.ROOT, "  run %d %-15s %6.2f s%n", run + 1, mode.label,
                        compilation.nanos() / 1e9);
            }
        }
        Compilation without = medianRun(results.get(Mode.WITHOUT.ordinal()));
        Compilation with = medianRun(results.get(Mode.WITH.ordinal()));
        System.out.printf(Locale.ROOT, "median -proc:none:     %6.2f s%n", without.nanos() / 1e9);
        System.out.printf(Locale.ROOT, "median with processor: %6.2f s (%.2fx)%n", with.nanos() / 1e9,
                (double) with.nanos() / without.nanos());
        System.out.printf(Locale.ROOT, "  of which inside the processor: %6.2f s (median of its own)%n",
                median(results.get(Mode.WITH.ordinal()), Compilation::processorNanos) / 1e9);
        System.out.printf(Locale.ROOT, "input classes %d; generated: %d source files, %d lines, %d classes"
                        + " (%d in all)%n", without.classFiles(), with.generatedFiles(), with.generatedLines(),
                with.classFiles() - without.classFiles(), with.classFiles());
        if (keep == null) {
            delete(work);
        }
    }

    /** Compiles {@code sources} into {@code output} (emptied first) with one javac process. */
    static Compilation compile(List<Path> sources, Mode mode, Path output, List<String> javacOptions)
            throws IOException, InterruptedException {
        delete(output);
        Path classes = Files.createDirectories(output.resolve("classes"));
        Path generated = Files.createDirectories(output.resolve("generated"));
        List<String> command = new ArrayList<>(List.of(javac().toString(), "--release", "17", "-encoding", "UTF-8",
                "-implicit:none", "-d", classes.toString(), "-s", generated.toString(),
                "--class-path", path("class-path.txt")));
        Path processorNanos = output.resolve("processor-nanos.txt");
        if (mode == Mode.WITHOUT) {
            command.add("-proc:none");
        } else {
            command.addAll(List.of("--processor-path", path("processor-path.txt") + File.pathSeparator + benchmarks(),
                    "-processor", TimedProcessor.class.getName(),
                    "-A" + TimedProcessor.OUTPUT_OPTION + "=" + processorNanos));
        }
        command.addAll(javacOptions);
        Path argFile = output.resolve("sources.txt");
        Files.write(argFile, sources.stream().map(Path::toString).toList());
        command.add("@" + argFile);

        Path log = output.resolve("javac.log");
        long start = System.nanoTime();
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = javac.waitFor();
        long nanos = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException("javac " + mode.label + " failed (" + exit + "):\n"
                    + Files.readString(log));
        }
        List<Path> generatedSources = files(generated, ".java");
        long lines = 0;
        for (Path file : generatedSources) {
            try (Stream<String> fileLines = Files.lines(file)) {
                lines += fileLines.count();
            }
        }
        long inProcessor = mode == Mode.WITH ? Long.parseLong(Files.readString(processorNanos)) : 0;
        return new Compilation(nanos, inProcessor, generatedSources.size(), lines, files(classes, ".class").size());
    }

    /** The JDK's javac beside the java running this. */
    static Path javac() {
        Path home = Path.of(System.getProperty("java.home"));
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        return home.resolve("bin").resolve(windows ? "javac.exe" : "javac");
    }

    /** A path the build wrote (see the benchmarks pom): the runtime's class path or the processor's path. */
    static String path(String name) {
        return resource(name).strip();
    }

    /** A file the build put under {@code processor-cost/} on the class path. */
    static String resource(String name) {
        String resource = "/processor-cost/" + name;
        try (InputStream in = ProcessorCost.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: build the benchmarks module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where this class was loaded from (benchmarks.jar, or the classes directory in a test): for TimedProcessor. */
    private static String benchmarks() {
        try {
            return Path.of(ProcessorCost.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Compilation medianRun(List<Compilation> runs) {
        List<Compilation> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingLong(Compilation::nanos));
        return sorted.get(sorted.size() / 2);
    }

    private static long median(List<Compilation> runs, ToLongFunction<Compilation> figure) {
        return runs.stream().mapToLong(figure).sorted().skip(runs.size() / 2).findFirst().orElseThrow();
    }

    static List<Path> files(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(suffix)).toList();
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
