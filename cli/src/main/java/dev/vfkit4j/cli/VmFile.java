package dev.vfkit4j.cli;

import dev.vfkit4j.VfkitCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code <file>} parameter of the subcommands that read one VM, and its reading (stdin for {@code -}). */
final class VmFile {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(paramLabel = "<file>", description = "The VM: a .json, .yaml/.yml or podman machine file; - for stdin.")
    String file;

    VfkitCommand read() {
        Vfkit4jCli tool = (Vfkit4jCli) command.root().userObject();
        return VmDocument.read(file, tool.stdin);
    }
}
