package dev.vfkit4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.vfkit4j.processor.ExpectedError.error;
import static dev.vfkit4j.processor.ExpectedError.source;
import static dev.vfkit4j.processor.ExpectedError.vfkitErrors;

import com.google.testing.compile.Compilation;
import dev.vfkit4j.processor.ProcessorCompiler.DirectoryCompilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the processor promises beyond single records: one bad record does not cost the good ones their code, nothing
 * escapes {@code process} as an exception, the output is the same for the same input, the service file is complete and
 * sorted, and Gradle can process incrementally.
 */
class RobustnessTest {
    private static final String GENERATED_ANNOTATION = "@Generated(\"dev.vfkit4j.processor.VfkitProcessor\")";

    @Test
    void aBadRecordDoesNotStopAGoodOneInTheSameCompilation(@TempDir Path output) throws IOException {
        JavaFileObject bad = source("Bad", """
                @VfkitDevice(name = "test-bad", kind = "testbad")
                public record Bad(@Flag("readonly") String readOnly) implements Device {
                }
                """);
        JavaFileObject good = source("Good", """
                @VfkitDevice(name = "test-good", kind = "testgood")
                public record Good(@Option("path") String path) implements Device {
                }
                """);

        DirectoryCompilation compilation = ProcessorCompiler.compileInto(output, bad, good);

        assertThat(compilation.succeeded()).isFalse();
        assertThat(vfkitErrors(compilation.diagnostics())).containsExactly(error("[vfkit4j.flag-not-boolean] @Flag"
                + " 'readOnly' is on a component of type java.lang.String"));
        // The bad record gets only a stand-in builder, so that code naming BadBuilder adds no errors of its own.
        assertThat(compilation.generatedTextFiles().keySet()).containsExactly("test/BadBuilder.java",
                "test/GoodBuilder.java", "test/GoodDescriptor.java",
                ProcessorCompiler.SERVICE_FILE);
        assertThat(compilation.generatedTextFiles().get("test/BadBuilder.java"))
                .contains("Stands in for the builder of {@link Bad}, which has compile errors");
        assertThat(descriptorsListed(compilation.generatedTextFiles().get(ProcessorCompiler.SERVICE_FILE)))
                .containsExactly("test.GoodDescriptor");
    }

    @Test
    void everyMistakeOfARecordIsReportedNotOnlyTheFirst() {
        JavaFileObject file = source("Careless", """
                @VfkitDevice(name = "test-careless", kind = "testcareless")
                @Exclusive("nat")
                public record Careless(
                        @Flag("nat") Boolean nat,
                        @Option("port") long port,
                        String serial) implements Device {
                }
                """);

        List<String> errors = vfkitErrors(ProcessorCompiler.compile(file));

        assertThat(tags(errors)).containsExactly("[vfkit4j.exclusive-too-small]", "[vfkit4j.flag-not-boolean]",
                "[vfkit4j.primitive-optional]", "[vfkit4j.missing-annotation]");
    }

    /**
     * javac reports the missing type on the component; vfkit4j adds no "unsupported type" (which would mislead) and
     * generates nothing for the record, yet still reports the record's other mistakes.
     */
    @Test
    void aComponentTypeThatDoesNotExistIsJavacsErrorNotACrash(@TempDir Path output) throws IOException {
        JavaFileObject file = source("Ghost", """
                @VfkitDevice(name = "test-ghost", kind = "testghost")
                public record Ghost(
                        @Option("mode") NoSuchType mode,
                        @Option("size") @Default("big") Integer size) implements Device {
                }
                """);

        Compilation compilation = ProcessorCompiler.compile(file);
        DirectoryCompilation written = ProcessorCompiler.compileInto(output, file);

        ExpectedError.Position missingType = ExpectedError.Position.of(file, "NoSuchType");
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file).onLine(missingType.line())
                .atColumn(missingType.column());
        assertThat(vfkitErrors(compilation)).containsExactly(error("[vfkit4j.bad-default] @Default(\"big\") of 'size'"
                                                                     + " does not parse: not a decimal number"));
        assertThat(written.generatedTextFiles()).isEmpty();
    }

    /** A type another processor generates in the first round is there for the record in the next one. */
    @Test
    void aRecordWaitsForATypeAnotherProcessorGenerates() {
        JavaFileObject file = source("Fan", """
                @VfkitDevice(name = "test-fan", kind = "testfan")
                public record Fan(@Option("speed") Speed speed) implements Device {
                }
                """);

        Compilation compilation = ProcessorCompiler.compile(List.of(new SpeedEnumGenerator()), file);

        // Success alone proves little (javac is content with no generated code at all): the code must be there.
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.FanDescriptor").contentsAsUtf8String()
                .contains("SPEED_KEYS = new EnumKeys<>(");
        assertThat(descriptorsListed(compilation)).containsExactly("test.FanDescriptor");
    }

    /** Generates {@code test.Speed}, an enum with keys, in the first round, as another annotation processor might. */
    private static final class SpeedEnumGenerator extends AbstractProcessor {
        private boolean generated;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!generated) {
                generated = true;
                try (var writer = processingEnv.getFiler().createSourceFile("test.Speed").openWriter()) {
                    writer.write("package test;\npublic enum Speed { @dev.vfkit4j.annotations.Key(\"slow\") SLOW,"
                            + " @dev.vfkit4j.annotations.Key(\"fast\") FAST }\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    /** Every input of every negative test reaches a proper diagnostic; this one once reached INTERNAL_ERROR. */
    @Test
    void aRecordMarkedBothDeviceAndBootloaderIsAnErrorNotACrash(@TempDir Path output) throws IOException {
        JavaFileObject file = source("Amphibian", """
                @VfkitDevice(name = "test-amphibian", kind = "testamphibian")
                @VfkitBootloader(name = "test-amphibian", kind = "testAmphibian")
                public record Amphibian(@Option("path") String path) implements Device, Bootloader {
                }
                """);

        DirectoryCompilation compilation = ProcessorCompiler.compileInto(output, file);

        assertThat(tags(vfkitErrors(compilation.diagnostics()))).containsExactly("[vfkit4j.both-roles]");
        assertThat(compilation.generatedTextFiles().keySet()).containsExactly("test/AmphibianBuilder.java");
    }

    /**
     * Names taken from the record must not collide with the generated code's own: an enum named Syntax (its spellings
     * would be SYNTAX_KEYS, the descriptor's syntax-only keys), options named like the locals of the parser
     * ({@code builder}, {@code option}, {@code options}), the builder ({@code name}, {@code value}, and {@code device},
     * the record under construction) and the printer ({@code out}).
     */
    @Test
    void namesFromTheRecordDoNotCollideWithTheGeneratedCodesOwn() {
        JavaFileObject file = source("Clashy", """
                @VfkitDevice(name = "test-clashy", kind = "testclashy")
                public record Clashy(
                        @Option("syntax") Syntax syntax,
                        @Option("device") @Default("tablet") String device,
                        @Option("builder") String builder,
                        @Option("option") String option,
                        @Option("options") String options,
                        @Option("name") String name,
                        @Option("value") String value,
                        @Option("out") String out) implements Device {
                    public enum Syntax { @Key("old") OLD, @Key("new") NEW }
                }
                """);

        assertThat(ProcessorCompiler.compile(file)).succeededWithoutWarnings();
    }

    /** virtio-rng has no options: its builder's set() can only throw, and must still compile. */
    @Test
    void aRecordWithoutComponentsGetsCodeThatCompiles() {
        JavaFileObject file = source("Plain", """
                @VfkitDevice(name = "test-plain", kind = "testplain")
                public record Plain() implements Device {
                }
                """);

        Compilation compilation = ProcessorCompiler.compile(file);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(descriptorsListed(compilation)).containsExactly("test.PlainDescriptor");
    }

    /** Compared as text decoded from UTF-8, which is the same as comparing the bytes javac wrote. */
    @Test
    void theSameSourcesGiveTheSameBytes() {
        Map<String, String> first = ProcessorCompiler.generatedTextFiles(compileAllFixtures(false));
        Map<String, String> second = ProcessorCompiler.generatedTextFiles(compileAllFixtures(false));

        assertThat(first).hasSize(5 * 2 + 1);
        assertThat(second).containsExactlyEntriesIn(first);
    }

    /** javac sees the records in the order it is given the files; the output must not depend on it. */
    @Test
    void theOrderOfTheSourcesDoesNotChangeTheOutput() {
        Map<String, String> forward = ProcessorCompiler.generatedTextFiles(compileAllFixtures(false));
        Map<String, String> backward = ProcessorCompiler.generatedTextFiles(compileAllFixtures(true));

        assertThat(backward).containsExactlyEntriesIn(forward);
    }

    /** A date (or a version) in {@code @Generated} would make every build's output differ. */
    @Test
    void generatedAnnotationNamesOnlyTheProcessor() {
        Compilation compilation = compileAllFixtures(false);

        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String source = contents(file);
            assertWithMessage(file.getName()).that(occurrences(source, "@Generated(")).isEqualTo(1);
            assertWithMessage(file.getName()).that(source).contains("\n" + GENERATED_ANNOTATION + "\n");
        }
    }

    @Test
    void theServiceFileListsEveryDescriptorOnceSorted() {
        JavaFileObject elsewhere = source("Zz", """
                @VfkitDevice(name = "test-zz", kind = "testzz")
                public record Zz(@Option("path") String path) implements Device {
                }
                """);
        List<JavaFileObject> sources = new ArrayList<>(List.of(elsewhere));
        for (Fixture fixture : Fixture.values()) {
            sources.addAll(fixture.sources());
        }

        Compilation compilation = ProcessorCompiler.compile(sources.toArray(JavaFileObject[]::new));

        assertThat(compilation).succeeded();
        List<String> descriptors = new ArrayList<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String name = file.toUri().getPath().replaceFirst("^/SOURCE_OUTPUT/", "").replace(".java", "")
                    .replace('/', '.');
            if (name.endsWith("Descriptor")) {
                descriptors.add(name);
            }
        }
        Collections.sort(descriptors);
        assertThat(descriptors).hasSize(Fixture.values().length + 1);
        assertThat(descriptorsListed(compilation)).containsExactlyElementsIn(descriptors).inOrder();
    }

    /**
     * Gradle reads this file to process incrementally. "aggregating", not "isolating": the service file is written
     * from every record at once.
     */
    @Test
    void theProcessorDeclaresItselfAnAggregatingIncrementalProcessor() throws IOException {
        assertThat(processorResource("META-INF/gradle/incremental.annotation.processors").strip())
                .isEqualTo(VfkitProcessor.class.getName() + ",aggregating");
    }

    @Test
    void theProcessorIsRegisteredForDiscovery() throws IOException {
        assertThat(processorResource("META-INF/services/" + Processor.class.getName()).lines().toList())
                .contains(VfkitProcessor.class.getName());
    }

    private static Compilation compileAllFixtures(boolean reversed) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (Fixture fixture : Fixture.values()) {
            sources.addAll(fixture.sources());
        }
        if (reversed) {
            Collections.reverse(sources);
        }
        Compilation compilation = ProcessorCompiler.compile(sources.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static List<String> descriptorsListed(Compilation compilation) {
        return descriptorsListed(ProcessorCompiler.serviceFile(compilation));
    }

    /** The descriptors in the service file, in its order, without its comment. */
    private static List<String> descriptorsListed(String serviceFile) {
        assertWithMessage("the service file").that(serviceFile).isNotNull();
        List<String> descriptors = new ArrayList<>();
        for (String line : serviceFile.lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                descriptors.add(line.strip());
            }
        }
        return descriptors;
    }

    /** A resource of the processor's own jar (or classes directory), not of whatever else is on the class path. */
    private static String processorResource(String name) throws IOException {
        URL processorLocation = VfkitProcessor.class.getProtectionDomain().getCodeSource().getLocation();
        for (URL resource : Collections.list(VfkitProcessor.class.getClassLoader().getResources(name))) {
            if (resource.toString().contains(processorLocation.getPath())) {
                try (InputStream in = resource.openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the processor at " + processorLocation);
    }

    private static List<String> tags(List<String> messages) {
        List<String> tags = new ArrayList<>();
        Pattern tag = Pattern.compile("^\\[vfkit4j\\.[a-z-]+]");
        for (String message : messages) {
            Matcher matcher = tag.matcher(message);
            tags.add(matcher.find() ? matcher.group() : message);
        }
        return tags;
    }

    private static String contents(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
