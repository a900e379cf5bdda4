package dev.vfkit4j.cli;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VfkitCommand;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vfkit4j print <file|->}: the vfkit argv of a VM described in a file, one argument per line. */
@Command(name = "print", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
        description = {"Print the vfkit command line of the VM described in a file (vfkit JSON, YAML, or a podman"
                + " machine file; - reads stdin): one argument per line, without the program name.",
                "With --target, the command line is printed for that vfkit or krunkit release, or refused with every"
                        + " feature it lacks."})
final class PrintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VmFile vmFile;

    @Mixin
    TargetOption target;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--shell", description = "One line for a POSIX shell instead: the program, then each"
                + " argument quoted where the shell would otherwise split or expand it.")
        boolean shell;

        @Option(names = {"-0", "--null"}, description = "End each argument with a NUL byte instead of a line break,"
                + " for arguments that hold line breaks (xargs -0).")
        boolean nul;
    }

    @Override
    public Integer call() {
        VfkitCommand command = vmFile.read();
        List<String> argv = Argv.of(command, target.orLatest());
        PrintWriter out = spec.commandLine().getOut();
        if (format.shell) {
            out.println(ShellQuoting.commandLine(Argv.program(target.orLatest()), argv));
        } else if (format.nul) {
            for (String arg : argv) {
                out.print(arg);
                out.print('\0');
            }
        } else {
            for (String arg : argv) {
                if (arg.indexOf('\n') >= 0 || arg.indexOf('\r') >= 0) {
                    throw new ConfigException(null, null, arg, "this argument holds a line break, so one argument"
                            + " per line cannot show it; use --shell or --null");
                }
            }
            argv.forEach(out::println);
        }
        out.flush();
        return Vfkit4jCli.OK;
    }
}
