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
 *     [--runs 3] [--keep DIR] [--processor-path PATH] [-- javac options...]}</pre>
 *
 * <p>{@code --keep DIR} leaves the sources, generated sources and classes of the last runs in {@code DIR};
 * {@code --processor-path} runs another build of the processor (its jar and JavaPoet's, as the build's
 * {@code processor-path.txt} lists them) to compare two; options after {@code --} go to every javac (e.g.
 * {@code -J-XX:StartFlightRecording=filename=p.jfr}).
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
     * One javac run: its wall time and CPU time (all its threads: -1 where the system does not tell), the wall and
     * CPU time of the processor's calls ({@link TimedProcessor}; 0 without it) and what it wrote.
     */
    record Compilation(long nanos, long cpuNanos, long processorNanos, long processorCpuNanos, int generatedFiles,
            long generatedLines, int classFiles) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int records = 200;
        int runs = 3;
        Path keep = null;
        String processorPath = path("processor-path.txt");
        List<String> javacOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--records" -> records = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--keep" -> keep = Path.of(args[++i]);
                case "--processor-path" -> processorPath = args[++i];
                case "--" -> {
                    javacOptions.addAll(Arrays.asList(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: ProcessorCost [--records N] [--runs N] [--keep DIR] [--processor-path PATH]"
                        + " [-- javac options...]");
            }
        }
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("processor-cost");
        List<Path> sources = DeviceRecords.write(work.resolve("src"), records);
        System.out.printf(Locale.ROOT, "%d device records, %d runs each, javac %s%n", records, runs, javac());

        List<List<Compilation>> results = List.of(new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            for (Mode mode : Mode.values()) {
                Compilation compilation = compile(sources, mode, work.resolve(mode.name().toLowerCase(Locale.ROOT)),
                        processorPath, javacOptions);
                results.get(mode.ordinal()).add(compilation);
                System.out.printf(Locale.ROOT, "  run %d %-15s %6.2f s wall, %6.2f s CPU%n", run + 1, mode.label,
                        compilation.nanos() / 1e9, compilation.cpuNanos() / 1e9);
            }
        }
        List<Compilation> without = results.get(Mode.WITHOUT.ordinal());
        List<Compilation> with = results.get(Mode.WITH.ordinal());
        System.out.printf(Locale.ROOT, "medians of %d runs        wall s    CPU s%n", runs);
        System.out.printf(Locale.ROOT, "-proc:none              %7.2f  %7.2f%n", median(without, Compilation::nanos)
                / 1e9, median(without, Compilation::cpuNanos) / 1e9);
        System.out.printf(Locale.ROOT, "with processor          %7.2f  %7.2f%n", median(with, Compilation::nanos)
                / 1e9, median(with, Compilation::cpuNanos) / 1e9);
        System.out.printf(Locale.ROOT, "ratio                   %6.2fx  %6.2fx%n",
                (double) median(with, Compilation::nanos) / median(without, Compilation::nanos),
                (double) median(with, Compilation::cpuNanos) / median(without, Compilation::cpuNanos));
        System.out.printf(Locale.ROOT, "inside the processor    %7.2f  %7.2f (its thread)%n",
                median(with, Compilation::processorNanos) / 1e9, median(with, Compilation::processorCpuNanos) / 1e9);
        Compilation generated = with.get(0);
        System.out.printf(Locale.ROOT, "input classes %d; generated: %d source files, %d lines, %d classes"
                        + " (%d in all)%n", without.get(0).classFiles(), generated.generatedFiles(),
                generated.generatedLines(), generated.classFiles() - without.get(0).classFiles(),
                generated.classFiles());
        if (keep == null) {
            delete(work);
        }
    }

    /** Compiles {@code sources} into {@code output} (emptied first) with one javac process. */
    static Compilation compile(List<Path> sources, Mode mode, Path output, String processorPath,
            List<String> javacOptions)
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
            command.addAll(List.of("--processor-path", processorPath + File.pathSeparator + benchmarks(),
                    "-processor", TimedProcessor.class.getName(),
                    "-A" + TimedProcessor.OUTPUT_OPTION + "=" + processorNanos));
        }
        command.addAll(javacOptions);
        Path argFile = output.resolve("sources.txt");
        Files.write(argFile, sources.stream().map(Path::toString).toList());
        command.add("@" + argFile);

        Path log = output.resolve("javac.log");
        long cpuBefore = childrenCpuNanos();
        long start = System.nanoTime();
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = javac.waitFor();
        long nanos = System.nanoTime() - start;
        long cpuAfter = childrenCpuNanos();
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
        long[] inProcessor = {0, 0};
        if (mode == Mode.WITH) {
            String[] times = Files.readString(processorNanos).split(" ");
            inProcessor = new long[] {Long.parseLong(times[0]), Long.parseLong(times[1])};
        }
        return new Compilation(nanos, cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore, inProcessor[0],
                inProcessor[1], generatedSources.size(), lines, files(classes, ".class").size());
    }

    /**
     * The CPU time of this process's finished children, from Linux's {@code /proc/self/stat} (cutime and cstime, in
     * clock ticks of 1/100 s); -1 elsewhere.
     */
    static long childrenCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // The fields after the command name in parentheses (which may hold spaces); cutime is field 16.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
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
