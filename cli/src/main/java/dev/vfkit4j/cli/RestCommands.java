package dev.vfkit4j.cli;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.client.RestEndpoint;
import dev.vfkit4j.client.VfkitClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vfkit4j state|inspect|pause|resume|stop|hardstop}: vfkit's REST API, at {@code --endpoint} or at the endpoint
 * of the vfkit whose pid is in {@code --pidfile}.
 */
final class RestCommands {
    private RestCommands() {
    }

    /** Where the running vfkit listens. */
    static final class Target {
        @Option(names = "--endpoint", paramLabel = "<restful-uri>", required = true,
                description = "vfkit's --restful-uri: tcp://host:port or unix:///path.")
        String endpoint;

        @Option(names = "--pidfile", paramLabel = "<file>", required = true,
                description = "vfkit's --pidfile: the endpoint is read from that process's --restful-uri.")
        Path pidFile;

        RestEndpoint restEndpoint() {
            String uri = endpoint != null ? endpoint : restfulUriOf(pidFile);
            RestEndpoint parsed = RestEndpoint.parse(uri);
            if (parsed.scheme() == RestEndpoint.Scheme.NONE) {
                throw new ConfigException("--endpoint", null, uri, "vfkit serves no REST API there");
            }
            return parsed;
        }
    }

    /** The {@code --restful-uri} of the process whose pid {@code pidFile} holds, as the system reports its argv. */
    static String restfulUriOf(Path pidFile) {
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new ConfigException("--pidfile", null, pidFile.toString(), "cannot be read (" + e.getMessage()
                    + ")");
        } catch (NumberFormatException e) {
            throw new ConfigException("--pidfile", null, pidFile.toString(), "does not hold a process id");
        }
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new ConfigException("--pidfile", null,
                pidFile.toString(), "process " + pid + " is not running"));
        String[] args = process.info().arguments().orElseThrow(() -> new ConfigException("--pidfile", null,
                pidFile.toString(), "the arguments of process " + pid + " cannot be read; give --endpoint"));
        return restfulUriIn(List.of(args)).orElseThrow(() -> new ConfigException("--pidfile", null,
                pidFile.toString(), "process " + pid + " was started without --restful-uri, so it serves no REST"
                        + " API"));
    }

    /**
     * The last {@code --restful-uri} in {@code args}, as vfkit's flag parser takes it. Only that flag is looked for:
     * the process may be a wrapper ({@code java ... FakeVfkit}) whose own options come first.
     */
    static Optional<String> restfulUriIn(List<String> args) {
        String uri = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("--restful-uri") && i + 1 < args.size()) {
                uri = args.get(++i);
            } else if (arg.startsWith("--restful-uri=")) {
                uri = arg.substring("--restful-uri=".length());
            }
        }
        return Optional.ofNullable(uri);
    }

    /** What every REST subcommand shares: where vfkit is, and a client for it. */
    abstract static class RestCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Override
        public final Integer call() {
            try (VfkitClient client = VfkitClient.of(target.restEndpoint())) {
                call(client);
            }
            spec.commandLine().getOut().flush();
            return Vfkit4jCli.OK;
        }

        abstract void call(VfkitClient client);
    }

    @Command(name = "state", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
            description = "Print the VM's state as vfkit names it (VirtualMachineStateRunning, ...).")
    static final class State extends RestCommand {
        @Override
        void call(VfkitClient client) {
            spec.commandLine().getOut().println(client.state().name());
        }
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
            description = "Print the running VM's configuration as vfkit's JSON.")
    static final class Inspect extends RestCommand {
        @Option(names = "--yaml", description = "Write YAML instead of JSON.")
        boolean yaml;

        @Override
        void call(VfkitClient client) {
            spec.commandLine().getOut().print(VmDocument.write(VfkitCommand.of(client.inspect()), yaml));
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
            description = "Pause the VM.")
    static final class Pause extends RestCommand {
        @Override
        void call(VfkitClient client) {
            client.pause();
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
            description = "Resume the paused VM.")
    static final class Resume extends RestCommand {
        @Override
        void call(VfkitClient client) {
            client.resume();
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
            description = "Ask the guest to shut down (vfkit's Stop); vfkit exits once it has.")
    static final class Stop extends RestCommand {
        @Override
        void call(VfkitClient client) {
            client.stop();
        }
    }

    @Command(name = "hardstop", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
            description = "Stop the VM at once, as pulling the plug (vfkit's HardStop).")
    static final class HardStop extends RestCommand {
        @Override
        void call(VfkitClient client) {
            client.hardStop();
        }
    }
}
