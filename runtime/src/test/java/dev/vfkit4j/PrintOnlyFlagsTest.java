package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * cobra registers {@code --help}/{@code -h} and {@code --version}/{@code -v} on vfkit's root command as pflag
 * booleans: false changes nothing, true makes vfkit print and exit instead of starting a VM.
 */
class PrintOnlyFlagsTest {
    private static final List<String> VM = List.of("--cpus", "2", "--bootloader", "efi,variable-store=/e",
            "--device", "virtio-rng");

    private static List<String> withFlag(String flag) {
        List<String> args = new ArrayList<>(VM);
        args.add(0, flag);
        return args;
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help=false", "--version=false", "-h=false", "-v=false", "--help=0", "--version=F",
            "-v=f", "-h=FALSE"})
    void aFalseValueIsANoOp(String flag) {
        VfkitCommand expected = VfkitCommand.fromCmdLine(VM);
        assertEquals(expected, VfkitCommand.fromCmdLine(withFlag(flag)));
        List<String> atTheEnd = new ArrayList<>(VM);
        atTheEnd.add(flag);
        assertEquals(expected.vm(), VirtualMachine.fromCmdLine(atTheEnd));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "--help=true", "-h", "-h=1", "--help=T"})
    void helpAsksVfkitToPrintItsHelp(String flag) {
        ConfigException error = assertThrows(ConfigException.class, () -> VfkitCommand.fromCmdLine(withFlag(flag)));
        assertEquals("--help", error.component());
        assertTrue(error.getMessage().contains("ask vfkit to print its help"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "--version=true", "-v", "-v=t", "--version=TRUE"})
    void versionAsksVfkitToPrintItsVersion(String flag) {
        ConfigException error = assertThrows(ConfigException.class, () -> VirtualMachine.fromCmdLine(withFlag(
                flag)));
        assertEquals("--version", error.component());
        assertTrue(error.getMessage().contains("ask vfkit to print its version"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-vn", "-nv", "-hn"})
    void bundledShorthandsAreRead(String flag) {
        assertThrows(ConfigException.class, () -> VfkitCommand.fromCmdLine(withFlag(flag)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version=maybe", "-h=yes"})
    void aValueThatIsNoGoBoolIsRefused(String flag) {
        ConfigException error = assertThrows(ConfigException.class, () -> VfkitCommand.fromCmdLine(withFlag(flag)));
        assertTrue(error.getMessage().contains("expected true or false"), error.getMessage());
    }

    @Test
    void helpWinsOverVersionAsInCobra() {
        ConfigException error = assertThrows(ConfigException.class, () -> VfkitCommand.fromCmdLine(List.of(
                "--version", "--help", "--bootloader", "efi,variable-store=/e")));
        assertEquals("--help", error.component());
    }

    @Test
    void theLastOccurrenceWins() {
        List<String> args = withFlag("--version");
        args.add("--version=false");
        assertEquals(VfkitCommand.fromCmdLine(VM), VfkitCommand.fromCmdLine(args));
    }
}
