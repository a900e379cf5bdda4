package dev.vfkit4j.examples;

import dev.vfkit4j.examples.custom.VirtioConsole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shows where the vfkit4j processor writes its code and what it looks like: the two classes generated for this
 * project's {@link VirtioConsole}, under {@code target/generated-sources/annotations}, and the service file that
 * registers the device. Prints the descriptor (which parses and prints the device) and the builder in full.
 *
 * <pre>./mvnw -B -q verify -DskipTests -Prun-example -Dexample=dev.vfkit4j.examples.ShowGeneratedCode</pre>
 */
public final class ShowGeneratedCode {
    /** What the processor writes for a record, by role, beside it in its package. */
    static final List<String> ROLES = List.of("Descriptor", "Builder");

    /** The file that lists every generated descriptor for {@link java.util.ServiceLoader}. */
    static final String SERVICE_FILE = "META-INF/services/dev.vfkit4j.spi.ComponentDescriptor";

    private ShowGeneratedCode() {
    }

    /** {@code <module>/target/classes}: where {@code type} was compiled to (not a jar: the sources are beside it). */
    static Path classesDirectory(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <module>/target/generated-sources/annotations}: Maven's default for annotation processors. */
    static Path generatedSourcesDirectory(Class<?> type) {
        return classesDirectory(type).resolveSibling("generated-sources").resolve("annotations");
    }

    /** The generated {@code <Record><Role>.java} files of {@code type}, in {@link #ROLES} order. */
    static List<Path> generatedSources(Class<?> type) {
        Path packageDirectory = generatedSourcesDirectory(type).resolve(type.getPackageName().replace('.', '/'));
        return ROLES.stream().map(role -> packageDirectory.resolve(type.getSimpleName() + role + ".java")).toList();
    }

    public static void main(String[] args) {
        Path classes = classesDirectory(VirtioConsole.class);
        if (!Files.isDirectory(classes)) {
            System.out.println(VirtioConsole.class.getName() + " was loaded from " + classes
                    + ", not a build directory: run this from the examples module to see its generated sources.");
            return;
        }
        Path root = generatedSourcesDirectory(VirtioConsole.class);
        System.out.println("The vfkit4j processor writes generated sources to " + root);
        System.out.println("(the built-in devices' are in runtime/target/generated-sources/annotations)");
        System.out.println();
        System.out.println("For " + VirtioConsole.class.getName() + " it wrote:");
        List<Path> sources = generatedSources(VirtioConsole.class);
        for (Path source : sources) {
            System.out.println("  " + root.relativize(source) + (Files.exists(source) ? "" : "  (missing!)"));
        }
        System.out.println("and registered the descriptor in " + classes.resolve(SERVICE_FILE) + ":");
        System.out.print(indent(read(classes.resolve(SERVICE_FILE))));
        for (Path source : sources.subList(0, 2)) {
            System.out.println();
            System.out.println("==== " + root.relativize(source));
            System.out.print(read(source));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String indent(String text) {
        return text.lines().map(line -> "  " + line + "\n").reduce("", String::concat);
    }
}
