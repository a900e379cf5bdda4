package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --version} output as vfkit and krunkit print it. vfkit uses cobra's version template with a ':' ("vfkit
 * version: %s"): a constant up to 0.5.1 (0.0.3 and 0.1.0 still said 0.0.2 and 0.0.4), since 0.6.0 {@code git describe
 * --always --dirty} from its Makefile, the tag from a GitHub tarball, the module version from {@code go install}, or
 * "unknown" / nothing. krunkit prints clap's {@code krunkit <Cargo version>}.
 */
class TargetVersionOutputTest {

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of("vfkit version: 0.0.1\n", Target.vfkit("0.0.1")),
                Arguments.of("vfkit version: 0.0.2\n", Target.vfkit("0.0.2")), // also vfkit 0.0.3's
                Arguments.of("vfkit version: 0.0.4\n", Target.vfkit("0.0.4")), // also vfkit 0.1.0's
                Arguments.of("vfkit version: 0.1.1\n", Target.vfkit("0.1.1")),
                Arguments.of("vfkit version: 0.5.1\n", Target.vfkit("0.5.1")),
                Arguments.of("vfkit version: v0.6.0\n", Target.vfkit("0.6.0")),
                Arguments.of("vfkit version: v0.6.1\n", Target.vfkit("0.6.1")),
                Arguments.of("vfkit version: v0.6.4\n", Target.vfkit("0.6.4")),
                Arguments.of("vfkit version: v0.6.1-25-g1a2b3c4\n", Target.vfkit("0.6.1")),
                Arguments.of("vfkit version: v0.6.1-25-g1a2b3c4-dirty\n", Target.vfkit("0.6.1")),
                Arguments.of("vfkit version: v0.6.3-dirty\n", Target.vfkit("0.6.3")),
                Arguments.of("vfkit version: v0.6.2-0.20250320101010-abcdef123456\n", Target.vfkit("0.6.1")),
                Arguments.of("vfkit version: v0.6.2-rc1\n", Target.vfkit("0.6.1")),
                Arguments.of("vfkit version: v0.7.0\n", Target.vfkit("0.7.0")),
                Arguments.of("vfkit version: v1.0.0-3-gdeadbee\n", Target.vfkit("1.0.0")),
                Arguments.of("vfkit version: 1a2b3c4\n", Target.latest()),
                Arguments.of("vfkit version: unknown\n", Target.latest()),
                Arguments.of("vfkit version: \n", Target.latest()),
                Arguments.of("krunkit 1.2.1\n", Target.krunkit("1.2.1")),
                Arguments.of("krunkit 0.1.4\n", Target.krunkit("0.1.4")),
                Arguments.of("krunkit 1.1.1\n", Target.krunkit("1.1.1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void versionOutputNamesTheTarget(String output, Target expected) {
        assertEquals(expected, Target.fromVersionOutput(output));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "qemu-system-aarch64 version 8.2.0", "krunkit\n", "krunkit one\n",
            "Vfkit version: v0.6.1"})
    void otherOutputIsRefused(String output) {
        ConfigException error = assertThrows(ConfigException.class, () -> Target.fromVersionOutput(output));
        assertEquals("--version", error.component());
    }
}
