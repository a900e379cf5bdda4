package dev.vfkit4j.cli;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.client.VfkitClientException;
import dev.vfkit4j.client.VfkitProcessException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code vfkit4j}: vfkit's VMs from the command line — parse vfkit's argv to JSON, print a JSON or YAML file as
 * vfkit's argv, check it, run vfkit on it, drive a running vfkit, and describe what vfkit4j knows.
 *
 * <p>Exit codes: {@value #OK} when all is well, {@value #FAILED} for an invalid configuration or a failed operation,
 * {@value #USAGE} for a usage error; {@code run} exits with vfkit's own status once vfkit has run. Every error is one
 * line on stderr.
 */
@Command(name = "vfkit4j", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
        description = "Parse, print, check and run vfkit virtual machines described in JSON or YAML files.",
        footer = {"", "Exit codes: 0 ok, 1 invalid configuration or failed operation, 2 usage error.",
                "`vfkit4j run` exits with vfkit's status."})
public final class Vfkit4jCli implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** The subcommands, by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @Spec
    CommandSpec spec;

    /** Where {@code -} reads from. */
    final InputStream stdin;

    Vfkit4jCli(InputStream stdin) {
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        int status = execute(args, System.in, System.out, System.err);
        System.exit(status);
    }

    /** Runs the tool as {@code vfkit4j args...} would, with the given standard streams, and returns its exit code. */
    public static int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new Vfkit4jCli(in));
        // picocli reads every subcommand's annotations when it is added, which is most of the tool's start-up:
        // add only the one asked for, or all of them when the first argument names none (help, errors).
        Supplier<Object> asked = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (asked != null) {
            commandLine.addSubcommand(args[0], asked.get());
        } else {
            SUBCOMMANDS.forEach((name, subcommand) -> commandLine.addSubcommand(name, subcommand.get()));
        }
        commandLine.setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(Vfkit4jCli::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd))
                .setCaseInsensitiveEnumValuesAllowed(true);
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("parse", ParseCommand::new);
        subcommands.put("print", PrintCommand::new);
        subcommands.put("check", CheckCommand::new);
        subcommands.put("devices", DevicesCommand::new);
        subcommands.put("schema", SchemaCommand::new);
        subcommands.put("run", RunCommand::new);
        subcommands.put("state", RestCommands.State::new);
        subcommands.put("inspect", RestCommands.Inspect::new);
        subcommands.put("pause", RestCommands.Pause::new);
        subcommands.put("resume", RestCommands.Resume::new);
        subcommands.put("stop", RestCommands.Stop::new);
        subcommands.put("hardstop", RestCommands.HardStop::new);
        return subcommands;
    }

    /** No subcommand: say what there is. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: " + String.join(", ",
                spec.subcommands().keySet()));
    }

    /** A usage error: one line naming the command and the problem, and where to find help. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(commandName(command) + ": " + oneLine(e.getMessage()) + " (see '"
                + commandName(command) + " --help')");
        return USAGE;
    }

    /** A failure while running: one line naming the command and what went wrong. */
    private static int failure(Exception e, CommandLine command) {
        String message;
        if (e instanceof ConfigException || e instanceof VfkitClientException || e instanceof VfkitProcessException
                || e instanceof UncheckedIOException) {
            message = e.getMessage();
        } else {
            // Not one of vfkit4j's own errors: a bug, shown with its type so that it can be reported.
            message = "unexpected " + e;
        }
        command.getErr().println(commandName(command) + ": " + oneLine(message));
        return FAILED;
    }

    static String commandName(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }

    /** Messages that span lines (a list of problems) on one line. */
    static String oneLine(String message) {
        return message == null ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** {@code vfkit4j 0.1.0}: the version Maven built, from a resource it filters. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"vfkit4j " + version()};
        }
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Vfkit4jCli.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
