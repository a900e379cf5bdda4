package dev.vfkit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every subcommand shares: --help, --version, usage errors and their exit code. */
class CliBasicsTest {
    static final List<String> SUBCOMMANDS = List.of("parse", "print", "check", "devices", "schema", "run", "state",
            "inspect", "pause", "resume", "stop", "hardstop");

    @Test
    void helpEverywhere() {
        Cli.Result top = Cli.inProcess("--help");
        assertEquals(0, top.exitCode());
        for (String subcommand : SUBCOMMANDS) {
            assertTrue(top.out().contains("\n  " + subcommand + " "), subcommand + " in " + top.out());
            Cli.Result help = Cli.inProcess(subcommand, "--help");
            assertEquals(0, help.exitCode(), help::toString);
            assertTrue(help.out().startsWith("Usage: vfkit4j " + subcommand + " "), help.out());
            assertEquals("", help.err());
        }
    }

    @Test
    void versionEverywhere() {
        String version = Cli.inProcess("--version").out();
        assertTrue(version.matches("vfkit4j \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), version);
        assertEquals(version, Cli.inProcess("print", "--version").out());
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        Cli.Result none = Cli.inProcess();
        assertEquals(2, none.exitCode());
        assertEquals(List.of("vfkit4j: a subcommand is required: " + String.join(", ", SUBCOMMANDS)
                + " (see 'vfkit4j --help')"), none.errLines());

        Cli.Result unknown = Cli.inProcess("prnt", "vm.json");
        assertEquals(2, unknown.exitCode());
        assertEquals(1, unknown.errLines().size(), unknown::toString);
        assertTrue(unknown.err().startsWith("vfkit4j: Unmatched arguments"), unknown.err());

        Cli.Result missing = Cli.inProcess("print");
        assertEquals(2, missing.exitCode());
        assertEquals(List.of("vfkit4j print: Missing required parameter: '<file>' (see 'vfkit4j print --help')"),
                missing.errLines());

        Cli.Result both = Cli.inProcess("state", "--endpoint", "tcp://localhost:1", "--pidfile", "/tmp/p");
        assertEquals(2, both.exitCode());
        assertEquals(1, both.errLines().size(), both::toString);
    }
}
