package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Detection against fake binaries: shell scripts that answer {@code --version} with the bytes real vfkit and krunkit
 * releases print (vfkit through cobra's "%s version: %s\n" template, krunkit through clap's "%s %s\n"), and fail
 * anything else as an unknown flag would.
 */
class TargetDetectorTest {
    @TempDir
    Path directory;

    static Stream<Arguments> releases() {
        return Stream.of(
                Arguments.of("vfkit", "vfkit version: 0.5.1", Target.vfkit("0.5.1")),
                Arguments.of("vfkit", "vfkit version: 0.0.4", Target.vfkit("0.0.4")), // what vfkit 0.1.0 says
                Arguments.of("vfkit", "vfkit version: v0.6.0", Target.vfkit("0.6.0")),
                Arguments.of("vfkit", "vfkit version: v0.6.1", Target.vfkit("0.6.1")), // podman's and CRC's
                Arguments.of("vfkit", "vfkit version: v0.6.4", Target.vfkit("0.6.4")),
                Arguments.of("vfkit", "vfkit version: v0.6.4-7-gb2bc27e-dirty", Target.vfkit("0.6.4")),
                Arguments.of("vfkit", "vfkit version: ", Target.latest()), // go install of a development tree
                Arguments.of("krunkit", "krunkit 0.1.4", Target.krunkit("0.1.4")),
                Arguments.of("krunkit", "krunkit 1.1.1", Target.krunkit("1.1.1")),
                Arguments.of("krunkit", "krunkit 1.2.1", Target.krunkit("1.2.1")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("releases")
    void detectsTheReleaseFromItsVersionOutput(String name, String versionLine, Target expected) throws IOException {
        Path binary = script(name, "if [ \"$1\" = --version ] && [ $# -eq 1 ]; then printf '%s\\n' '" + versionLine
                + "'; exit 0; fi\necho \"Error: unknown flag: $1\" >&2\nexit 1\n");

        assertEquals(expected, TargetDetector.detect(binary));
    }

    @Test
    void runsInTheEnvironmentItWillBeLaunchedWith() throws IOException {
        Path binary = script("vfkit", "printf 'vfkit version: %s\\n' \"$VFKIT_BUILD\"\n");

        assertEquals(Target.vfkit("0.6.2"), TargetDetector.detect(binary, ProcessOptions.INHERIT.withEnvironment(
                "VFKIT_BUILD", "v0.6.2"), TargetDetector.DEFAULT_TIMEOUT));
    }

    @Test
    void aBinaryThatFailsIsReportedWithItsExitStatusAndOutput() throws IOException {
        Path binary = script("vfkit", "echo 'not today'\nexit 3\n");

        VfkitProcessException error = assertThrows(VfkitProcessException.class, () -> TargetDetector.detect(binary));
        assertEquals(VfkitProcessException.Reason.EXITED, error.reason());
        assertEquals(3, error.exitCode().getAsInt());
        assertEquals("not today\n", error.stderrTail());
    }

    @Test
    void anotherProgramsVersionIsRefused() throws IOException {
        Path binary = script("qemu", "echo 'QEMU emulator version 8.2.0'\n");

        ConfigException error = assertThrows(ConfigException.class, () -> TargetDetector.detect(binary));
        assertEquals("QEMU emulator version 8.2.0", error.value());
    }

    @Test
    void aMissingBinaryCannotBeStarted() {
        VfkitProcessException error = assertThrows(VfkitProcessException.class,
                () -> TargetDetector.detect(directory.resolve("no-such-vfkit")));
        assertEquals(VfkitProcessException.Reason.START_FAILED, error.reason());
    }

    @Test
    void aBinaryThatNeverAnswersIsKilled() throws IOException {
        Path binary = script("vfkit", "exec sleep 60\n");

        VfkitProcessException error = assertThrows(VfkitProcessException.class,
                () -> TargetDetector.detect(binary, ProcessOptions.INHERIT, Duration.ofMillis(300)));
        assertEquals(VfkitProcessException.Reason.TIMED_OUT, error.reason());
    }

    private Path script(String name, String body) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
