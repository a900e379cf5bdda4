package dev.vfkit4j.cli;

import dev.vfkit4j.VfkitCommand;
import java.util.List;

/** The argv the tool prints and runs for a command: one place, so that every subcommand prints alike. */
final class Argv {
    /** The program a printed shell line runs. */
    static final String PROGRAM = "vfkit";

    private Argv() {
    }

    /** vfkit's argv for {@code command}, without the program name. */
    static List<String> of(VfkitCommand command) {
        return command.toCmdLine();
    }
}
