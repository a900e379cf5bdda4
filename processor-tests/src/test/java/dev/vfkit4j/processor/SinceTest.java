package dev.vfkit4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.vfkit4j.processor.ExpectedError.assertOnlyError;
import static dev.vfkit4j.processor.ExpectedError.error;
import static dev.vfkit4j.processor.ExpectedError.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code since}: the vfkit release that added a component, an option, a spelling or a syntax key. A custom device
 * declares it like a built-in; the processor checks its format and carries it into the descriptor.
 */
class SinceTest {
    private static final String BAD_VERSION = error("[vfkit4j.bad-version] since = \"%s\" is not a vfkit version");

    @Test
    void aDevicesVersionIsMajorMinorPatch() {
        JavaFileObject file = source("Probe", """
                @VfkitDevice(name = "test-probe", kind = "testprobe", since = "0.7")
                public record Probe(@Option("path") String path) implements Device {
                }
                """);

        assertOnlyError(ProcessorCompiler.compile(file), file, "\"0.7\"", BAD_VERSION.formatted("0.7"));
    }

    @Test
    void anOptionsVersionIsReportedOnTheOption() {
        JavaFileObject file = source("Probe", """
                @VfkitDevice(name = "test-probe", kind = "testprobe")
                public record Probe(
                        @Option(value = "path", since = "v0.6.2") String path) implements Device {
                }
                """);

        assertOnlyError(ProcessorCompiler.compile(file), file, "\"v0.6.2\"", BAD_VERSION.formatted("v0.6.2"));
    }

    @Test
    void aSpellingsVersionIsReportedOnItsKey() {
        JavaFileObject file = source("Probe", """
                @VfkitDevice(name = "test-probe", kind = "testprobe")
                public record Probe(@Option("mode") Mode mode) implements Device {
                    public enum Mode { @Key("a") A, @Key(value = "b", since = "0.6.x") B }
                }
                """);

        assertOnlyError(ProcessorCompiler.compile(file), file, "\"0.6.x\"", BAD_VERSION.formatted("0.6.x"));
    }

    @Test
    void aSyntaxKeysAndABootloadersVersionsAreChecked() {
        JavaFileObject syntax = source("Probe", """
                @VfkitDevice(name = "test-probe", kind = "testprobe")
                @Syntax(key = "kind", values = "x", since = "01.0.0")
                public record Probe(@Option("path") String path) implements Device {
                }
                """);
        assertOnlyError(ProcessorCompiler.compile(syntax), syntax, "\"01.0.0\"", BAD_VERSION.formatted("01.0.0"));

        JavaFileObject bootloader = source("Boot", """
                @VfkitBootloader(name = "test-boot", kind = "testboot", since = "next")
                public record Boot(@Option("image") String image) implements Bootloader {
                }
                """);
        assertOnlyError(ProcessorCompiler.compile(bootloader), bootloader, "\"next\"", BAD_VERSION.formatted("next"));
    }

    @Test
    void theDescriptorCarriesEveryVersion() {
        JavaFileObject file = source("Probe", """
                @VfkitDevice(name = "test-probe", kind = "testprobe", since = "0.7.0")
                @Syntax(key = "kind", values = "x", since = "0.7.1")
                public record Probe(
                        @Option("path") String path,
                        @Flag(value = "fast", since = "0.8.0") boolean fast,
                        @Option(value = "mode", since = "0.7.2") Mode mode,
                        @Choice(since = "0.7.3") Side side) implements Device {
                    public enum Mode { @Key("a") A, @Key(value = "b", since = "0.9.0") B }
                    public enum Side { @Key("left") LEFT, @Key("right") RIGHT }
                }
                """);

        Compilation compilation = ProcessorCompiler.compile(file);
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        String descriptor = ProcessorCompiler.generatedTextFiles(compilation).get("test/ProbeDescriptor.java");
        assertThat(descriptor).contains("public String since() {\n        return \"0.7.0\";");
        assertThat(descriptor).contains("\"0.7.1\")");
        assertThat(descriptor).contains(".key(\"fast\")");
        assertThat(descriptor).contains(".since(\"0.8.0\")");
        assertThat(descriptor).contains(".since(\"0.7.2\")");
        assertThat(descriptor).contains(".since(\"0.7.3\")");
        assertThat(descriptor).contains("List.of(\"a\", \"b\"),\n            List.of(\"\", \"0.9.0\"))");
        // An enum whose spellings are as old as their option keeps the two-list form.
        assertThat(descriptor).contains("List.of(\"left\", \"right\"))");
        // The path has no version of its own: it came with the device.
        assertThat(descriptor.substring(descriptor.indexOf(" PATH = "), descriptor.indexOf(" FAST = ")))
                .doesNotContain("since");
    }
}
