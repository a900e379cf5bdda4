package dev.vfkit4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compares every file the processor generates for each {@link Fixture} (the parser, printer, builder and descriptor
 * sources and the service file) with its golden copy under {@code src/test/resources/golden/<case>/}, as exact text:
 * formatting and Javadoc are part of what the processor promises, not only the syntax tree.
 *
 * <p>When a change to the generated code is intended, rewrite the golden files and review them as part of the change:
 *
 * <pre>
 * ./mvnw -B -o verify -pl processor-tests -am -Dtest=GoldenFileTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dvfkit4j.golden.update=true
 * git diff processor-tests/src/test/resources/golden
 * </pre>
 *
 * <p>With {@code vfkit4j.golden.update=true} the tests write the generated files over the golden ones (and delete
 * golden files nothing generates any more), then compare as usual. See {@code docs/processor-tests.md}.
 */
class GoldenFileTest {
    /** Set by Surefire to {@code processor-tests/src/test/resources/golden}; the fallback serves IDE runs from the module. */
    private static final Path GOLDEN_ROOT = Path.of(System.getProperty("vfkit4j.golden.dir",
            "src/test/resources/golden"));
    private static final boolean UPDATE = Boolean.getBoolean("vfkit4j.golden.update");
    private static final String HOW_TO_UPDATE = "if the change is intended, rerun with -Dvfkit4j.golden.update=true"
            + " and review the diff (docs/processor-tests.md)";

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void compilesWithoutAnyWarning(Fixture fixture) {
        assertThat(fixture.compilation()).succeededWithoutWarnings();
    }

    /** The names are the runtime's contract: stated here, so that rewriting the goldens cannot change them. */
    @ParameterizedTest
    @EnumSource(Fixture.class)
    void generatesBuilderDescriptorAndServiceFile(Fixture fixture) {
        Map<String, String> generated = ProcessorCompiler.generatedTextFiles(fixture.compilation());
        String record = fixture.recordName();
        assertThat(generated.keySet()).containsExactly(
                "test/golden/" + record + "Builder.java",
                "test/golden/" + record + "Descriptor.java",
                ProcessorCompiler.SERVICE_FILE);
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void everyGeneratedFileMatchesItsGolden(Fixture fixture) throws IOException {
        Path goldenDirectory = GOLDEN_ROOT.resolve(fixture.directory);
        Map<String, String> generated = ProcessorCompiler.generatedTextFiles(fixture.compilation());
        if (UPDATE) {
            rewrite(goldenDirectory, generated);
        }
        Map<String, String> golden = read(goldenDirectory);
        assertWithMessage("golden files of case '%s' in %s: %s", fixture.directory, goldenDirectory, HOW_TO_UPDATE)
                .that(golden.keySet())
                .containsExactlyElementsIn(generated.keySet());
        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertWithMessage("%s of case '%s' differs from its golden copy: %s", file.getKey(), fixture.directory,
                    HOW_TO_UPDATE)
                    .that(file.getValue())
                    .isEqualTo(golden.get(file.getKey()));
        }
    }

    /** Every file under {@code directory}, by path relative to it with '/' separators. */
    private static Map<String, String> read(Path directory) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = directory.relativize(path).toString().replace('\\', '/');
                files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void rewrite(Path directory, Map<String, String> generated) throws IOException {
        for (String stale : read(directory).keySet()) {
            if (!generated.containsKey(stale)) {
                Files.delete(directory.resolve(stale));
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path path = directory.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
