package dev.vfkit4j.cli;

import dev.vfkit4j.Bootloader;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.Target;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.client.RestEndpoint;
import dev.vfkit4j.spi.Components;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code vfkit4j check <file | -- args...>}: everything vfkit4j can tell about a VM before vfkit runs it. Parses it,
 * checks every device and bootloader on its own (so that one bad device does not hide the next), then the whole
 * command line, then the host (images, sockets, directories). Lists every problem, one per line on stderr; exits 0 only
 * when there is none.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
        description = {"Check a VM before launching it: parse it, validate every device, check that vfkit can be"
                + " given its command line, and run the host checks (disk images, sockets, shared directories).",
                "With --target, also whether that vfkit or krunkit release can run it.",
                "Lists every problem on stderr, one per line; exit code 0 when there is none."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Vfkit4jCli cli;

    @Option(names = "--no-host", description = "Skip the host checks (for a VM meant for another machine).")
    boolean skipHost;

    @Mixin
    TargetOption target;

    @Parameters(paramLabel = "<file | -- vfkit args>", arity = "1..*",
            description = "The VM: a .json, .yaml/.yml or podman machine file (- for stdin), or vfkit's arguments"
                    + " after --.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        VfkitCommand command = read(problems);
        if (command != null) {
            problems.addAll(problems(command, target.orLatest(), !skipHost));
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String problem : problems) {
            err.println(Vfkit4jCli.commandName(spec.commandLine()) + ": " + problem);
        }
        err.flush();
        if (!problems.isEmpty()) {
            return Vfkit4jCli.FAILED;
        }
        spec.commandLine().getOut().println("ok: " + summary(command));
        return Vfkit4jCli.OK;
    }

    /** The file, or the vfkit argv after {@code --}; on failure the problem is added and null returned. */
    private VfkitCommand read(List<String> problems) {
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int separator = original.indexOf("--");
        try {
            if (separator >= 0) {
                List<String> vfkitArgs = original.subList(separator + 1, original.size());
                if (inputs.size() != vfkitArgs.size()) {
                    throw new ParameterException(spec.commandLine(), "give a file or vfkit's arguments after --,"
                            + " not both");
                }
                // As given, so that the target judges the spellings used, not only the VM they describe.
                return VfkitCommand.fromCmdLine(vfkitArgs, target.orLatest());
            }
            if (inputs.size() != 1) {
                throw new ParameterException(spec.commandLine(), "expected one file, got " + inputs.size()
                        + " arguments (vfkit's own arguments go after --)");
            }
            return VmDocument.read(inputs.get(0), cli.stdin);
        } catch (ConfigException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    /**
     * Every problem vfkit4j finds in {@code command} for {@code target}, each on one line; empty when it can be
     * launched.
     */
    static List<String> problems(VfkitCommand command, Target target, boolean host) {
        List<String> problems = new ArrayList<>();
        check(problems, () -> command.vm().bootloader().toCmdLine());
        for (Device device : command.vm().devices()) {
            check(problems, device::toCmdLine);
        }
        if (problems.isEmpty()) {
            // What is left is about the VM as a whole and its launch options.
            check(problems, () -> Argv.of(command, target));
            check(problems, () -> RestEndpoint.of(command));
        }
        if (host) {
            try {
                command.vm().preflight();
            } catch (ConfigException e) {
                problems.addAll(preflightProblems(e));
            }
        }
        return problems;
    }

    private static void check(List<String> problems, Runnable step) {
        try {
            step.run();
        } catch (ConfigException e) {
            String message = Vfkit4jCli.oneLine(e.getMessage());
            if (!problems.contains(message)) {
                problems.add(message);
            }
        }
    }

    /** Preflight reports several problems in one exception, one per line after a count. */
    private static List<String> preflightProblems(ConfigException e) {
        String[] lines = e.getMessage().split("\\R");
        List<String> problems = new ArrayList<>();
        for (int i = lines.length > 1 ? 1 : 0; i < lines.length; i++) {
            problems.add(lines[i].strip());
        }
        return problems;
    }

    private static String summary(VfkitCommand command) {
        Bootloader bootloader = command.vm().bootloader();
        int devices = command.vm().devices().size();
        return command.vm().vcpus() + " vCPUs, " + command.vm().memory() + ", "
                + Components.registered().descriptorFor(bootloader).name() + " bootloader, " + devices
                + (devices == 1 ? " device" : " devices");
    }
}
