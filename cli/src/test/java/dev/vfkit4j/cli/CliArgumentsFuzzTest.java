package dev.vfkit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code vfkit4j} on arbitrary arguments and standard input, in this JVM: it exits 0, 1 or 2 and never reports an
 * exception that is not one of vfkit4j's own (the tool prints those as {@code unexpected <exception>}); a VM that
 * {@code parse} writes prints, and printing what that parses back to gives the same argv. Seeds: {@code
 * src/test/resources/dev/vfkit4j/cli/CliArgumentsFuzzTestInputs/cliArguments}: the arguments one per line, then,
 * after a NUL byte, what standard input holds.
 *
 * <p>What would leave the JVM or read without end is not run: the subcommands that start vfkit or talk to one,
 * {@code @file} arguments (picocli reads the file as more arguments) and paths into {@code /dev}, {@code /proc} and
 * {@code /sys}.
 */
class CliArgumentsFuzzTest {
    private static final Set<String> LEAVING_THE_JVM = Set.of("run", "state", "inspect", "pause", "resume", "stop",
            "hardstop");
    private static final Pattern NOT_OURS = Pattern.compile(": unexpected [\\w$.]+(Exception|Error)\\b");

    @FuzzTest
    void cliArguments(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        int nul = input.indexOf('\0');
        String stdin = nul < 0 ? "" : input.substring(nul + 1);
        String[] args = (nul < 0 ? input : input.substring(0, nul)).split("\n");
        for (String arg : args) {
            if (LEAVING_THE_JVM.contains(arg) || arg.startsWith("@") || arg.contains("/dev") || arg.contains("/proc")
                    || arg.contains("/sys")) {
                return;
            }
        }
        Cli.Result result = Cli.withStdin(stdin, args);
        assertTrue(result.exitCode() >= Vfkit4jCli.OK && result.exitCode() <= Vfkit4jCli.USAGE, result::toString);
        assertFalse(NOT_OURS.matcher(result.err()).find(), result::toString);
        if (args[0].equals("parse") && result.exitCode() == Vfkit4jCli.OK && !List.of(args).contains("--yaml")) {
            List<String> printed = printed(result.out());
            if (printed != null) {
                // Printing the VM read back from the printed argv gives that argv (vfkit's --cpus 0 and --memory 0
                // read back as its defaults, so compare from the first print on).
                List<String> reprinted = printed(reparsed(printed));
                assertEquals(printed, reprinted, result::toString);
            }
        }
    }

    /** The argv {@code print -} writes for {@code json}, or null when it refuses (an argument with a line break). */
    private static List<String> printed(String json) {
        Cli.Result print = Cli.withStdin(json, "print", "-");
        assertFalse(NOT_OURS.matcher(print.err()).find(), print::toString);
        if (print.exitCode() != Vfkit4jCli.OK) {
            assertEquals(Vfkit4jCli.FAILED, print.exitCode(), print::toString);
            return null;
        }
        return print.outLines();
    }

    /** The JSON {@code parse} writes for {@code argv}, which it must accept. */
    private static String reparsed(List<String> argv) {
        List<String> args = new ArrayList<>(List.of("parse", "--"));
        args.addAll(argv);
        Cli.Result parse = Cli.inProcess(args.toArray(String[]::new));
        assertEquals(Vfkit4jCli.OK, parse.exitCode(), parse::toString);
        return parse.out();
    }
}
