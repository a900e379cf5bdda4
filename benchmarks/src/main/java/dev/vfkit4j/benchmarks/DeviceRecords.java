package dev.vfkit4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Device records for {@link ProcessorCost}: copies of the runtime's {@code VirtioBlk}, {@code VirtioVsock} and
 * {@code NetworkBlockDevice} (their sources, packaged with the benchmarks), renamed {@code Blk000},
 * {@code Vsock001}, {@code Nbd002}... in turn, each with a device name and kind of its own, in one package. Their
 * methods (the factories, {@code builder()}, {@code toBuilder()}) are left out: those name the generated builder, and
 * the copies must compile without the processor too.
 */
final class DeviceRecords {
    private DeviceRecords() {
    }

    /** The package of the copies: not the runtime's, whose devices the copies' names must not clash with. */
    static final String PACKAGE = "dev.vfkit4j.benchmarks.copies";

    /** The runtime device each copy is made from, and its copies' name prefix, in turn. */
    private static final List<String[]> ORIGINALS = List.of(
            new String[] {"VirtioBlk", "Blk"},
            new String[] {"VirtioVsock", "Vsock"},
            new String[] {"NetworkBlockDevice", "Nbd"});

    private static final Pattern DEVICE_NAMES =
            Pattern.compile("@VfkitDevice\\(name = \"([^\"]+)\", kind = \"([^\"]+)\"");
    /** A method of the record (indented once), with its Javadoc, up to its closing brace. */
    private static final Pattern METHOD = Pattern.compile(
            "\\n(    /\\*\\*(?:[^*]|\\*(?!/))*\\*/\\n)?    public [^\\n(]*\\([^\\n]*\\) \\{\\n(?:.*\\n)*?    }\\n");

    /** Writes {@code count} records under {@code sourceRoot}; returns their files. */
    static List<Path> write(Path sourceRoot, int count) throws IOException {
        Path directory = sourceRoot.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] original = ORIGINALS.get(i % ORIGINALS.size());
            String name = String.format("%s%03d", original[1], i);
            Path file = directory.resolve(name + ".java");
            Files.writeString(file, copy(original[0], name, i));
            files.add(file);
        }
        return files;
    }

    /** The source of {@code original}, renamed {@code name}, the {@code index}-th copy. */
    static String copy(String original, String name, int index) {
        String source = METHOD.matcher(ProcessorCost.resource(original + ".java")).replaceAll("\n");
        source = source.replace("package dev.vfkit4j.devices;",
                "package " + PACKAGE + ";\n\nimport dev.vfkit4j.devices.*;")
                .replaceAll("\\b" + original + "\\b", name);
        Matcher names = DEVICE_NAMES.matcher(source);
        if (!names.find()) {
            throw new IllegalStateException(original + " has no @VfkitDevice(name = ..., kind = ...) to rename");
        }
        String suffix = String.format("%03d", index);
        return source.substring(0, names.start()) + "@VfkitDevice(name = \"" + names.group(1) + "-" + suffix
                + "\", kind = \"" + names.group(2) + suffix + "\"" + source.substring(names.end());
    }
}
