package dev.vfkit4j.cli;

import dev.vfkit4j.VfkitCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vfkit4j parse -- <vfkit args...>}: vfkit's argv as the VM's JSON (or YAML) document. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
        description = {"Parse vfkit's command line (after --) as vfkit does, and write the VM and its launch options"
                + " as vfkit's JSON.",
                "Launch options (--restful-uri, --log-level, --pidfile, --cloud-init) go into a \"launch\" member."})
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--yaml", description = "Write YAML instead of JSON.")
    boolean yaml;

    @Parameters(paramLabel = "<vfkit args>", arity = "1..*",
            description = "vfkit's arguments, without the program name; put -- before them.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        VfkitCommand command = VfkitCommand.fromCmdLine(args);
        spec.commandLine().getOut().print(VmDocument.write(command, yaml));
        return Vfkit4jCli.OK;
    }
}
