package dev.vfkit4j.cli;

import dev.vfkit4j.Target;
import dev.vfkit4j.VfkitCommand;
import java.util.List;

/** The argv the tool prints and runs for a command: one place, so that every subcommand prints alike. */
final class Argv {
    private Argv() {
    }

    /**
     * The argv (without the program name) {@code target} reads as {@code command}: its spellings, refusing what it
     * lacks.
     */
    static List<String> of(VfkitCommand command, Target target) {
        return command.toCmdLine(target);
    }

    /** The program a printed shell line runs: {@code vfkit} or {@code krunkit}. */
    static String program(Target target) {
        return target.program().command();
    }
}
