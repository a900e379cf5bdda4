package dev.vfkit4j.cli;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.json.VfkitJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A VM description in a file, as the command-line tool reads and writes it: vfkit's JSON, the same document in YAML,
 * or a podman machine file, which embeds vfkit's JSON.
 *
 * <p>The document is vfkit's VM JSON; the options vfkit takes for its process rather than the VM
 * ({@code --restful-uri}, {@code --log-level}, {@code --pidfile}, {@code --cloud-init}) may stand beside it in one
 * extra member, {@value #LAUNCH}, which vfkit's own reader ignores:
 *
 * <pre>{@code
 * {"vcpus": 2, "memoryBytes": 2147483648, "bootloader": {...}, "devices": [...],
 *  "launch": {"restfulUri": "unix:///tmp/vm.sock", "logLevel": "debug", "pidFile": "/tmp/vm.pid",
 *             "cloudInit": ["/tmp/user-data"]}}
 * }</pre>
 *
 * <p>YAML is turned into the same JSON tree and then read by {@link VirtualMachine#fromJson(String)}, so the same
 * members, rules and error messages (JSON paths such as {@code $.devices[2].port}) apply to both.
 */
final class VmDocument {
    static final String LAUNCH = "launch";
    static final String RESTFUL_URI = "restfulUri";
    static final String LOG_LEVEL = "logLevel";
    static final String PID_FILE = "pidFile";
    static final String CLOUD_INIT = "cloudInit";

    /** What stands for standard input where a file name is expected. */
    static final String STDIN = "-";

    /** vfkit4j's own mapper, which reading the VM builds anyway: building a mapper is most of the tool's start-up. */
    private static final JsonMapper JSON = VfkitJson.mapper();

    /** Built only when YAML is read or written. */
    private static final class Yaml {
        static final YAMLMapper MAPPER = YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .build();
    }

    private VmDocument() {
    }

    /**
     * Reads the VM and launch options described in {@code file} ({@value #STDIN}: {@code stdin}).
     *
     * @throws ConfigException naming the file and what is wrong in it
     */
    static VfkitCommand read(String file, InputStream stdin) {
        String text = readText(file, stdin);
        try {
            return parse(text, isYaml(file, text));
        } catch (ConfigException e) {
            throw new ConfigException(displayName(file) + ": " + (e.component() == null ? "" : e.component()),
                    e.option(), e.value(), e.problem(), e);
        }
    }

    /** The file name as messages show it. */
    static String displayName(String file) {
        return file.equals(STDIN) ? "<stdin>" : file;
    }

    private static String readText(String file, InputStream stdin) {
        try {
            byte[] bytes = file.equals(STDIN) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(displayName(file), null, null, "no such file");
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(displayName(file), null, null, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** By the file's extension; for standard input and other names, JSON when it starts like JSON. */
    private static boolean isYaml(String file, String text) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return true;
        }
        if (name.endsWith(".json")) {
            return false;
        }
        String start = text.stripLeading();
        return !(start.startsWith("{") || start.startsWith("[") || start.startsWith("\"") || start.isEmpty());
    }

    /** Reads a document's text: JSON as given, YAML through its JSON tree. */
    static VfkitCommand parse(String text, boolean yaml) {
        JsonNode tree;
        try {
            tree = yaml ? Yaml.MAPPER.readTree(text) : JSON.readTree(text);
        } catch (JacksonException e) {
            if (yaml) {
                throw new ConfigException(null, null, null, "not YAML: " + firstLine(e.getOriginalMessage()));
            }
            // vfkit4j's own reader says what is wrong, and where, as for any other JSON it refuses.
            VirtualMachine.fromJson(text);
            throw new ConfigException(null, null, null, "not JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (tree != null && tree.isObject() && PodmanMachine.isMachineFile(tree)) {
            return PodmanMachine.read(tree);
        }
        VirtualMachine vm = VirtualMachine.fromJson(yaml ? JSON.writeValueAsString(tree) : text);
        VfkitCommand command = VfkitCommand.of(vm);
        JsonNode launch = tree != null && tree.isObject() ? tree.get(LAUNCH) : null;
        return launch == null || launch.isNull() ? command : withLaunchOptions(command, launch);
    }

    private static VfkitCommand withLaunchOptions(VfkitCommand command, JsonNode launch) {
        if (!launch.isObject()) {
            throw new ConfigException("$." + LAUNCH, null, null, "expected an object with " + RESTFUL_URI + ", "
                    + LOG_LEVEL + ", " + PID_FILE + " or " + CLOUD_INIT);
        }
        List<String> args = new ArrayList<>();
        for (var member : launch.properties()) {
            String path = "$." + LAUNCH + "." + member.getKey();
            JsonNode value = member.getValue();
            switch (member.getKey()) {
                case RESTFUL_URI -> args.addAll(List.of("--restful-uri", text(path, value)));
                case LOG_LEVEL -> args.addAll(List.of("--log-level", text(path, value)));
                case PID_FILE -> args.addAll(List.of("--pidfile", text(path, value)));
                case CLOUD_INIT -> args.addAll(List.of("--cloud-init", cloudInit(path, value)));
                default -> throw new ConfigException(path, null, null, "unknown launch option (expected "
                        + RESTFUL_URI + ", " + LOG_LEVEL + ", " + PID_FILE + " or " + CLOUD_INIT + ")");
            }
        }
        if (args.isEmpty()) {
            return command;
        }
        // The launch flags are parsed by the same code as on vfkit's command line, with its checks and messages.
        VfkitCommand flags = VfkitCommand.fromCmdLine(launchArgv(args));
        return new VfkitCommand(command.vm(), flags.restfulUri(), flags.logLevel(), flags.pidFile(),
                flags.cloudInit());
    }

    /** The launch flags with the smallest VM vfkit accepts, so that {@link VfkitCommand#fromCmdLine} reads them. */
    private static List<String> launchArgv(List<String> launchFlags) {
        List<String> argv = new ArrayList<>(List.of("--bootloader", "efi,variable-store=/x"));
        argv.addAll(launchFlags);
        return argv;
    }

    /** The files as vfkit's one {@code --cloud-init} argument, refusing a name vfkit would split or unquote. */
    private static String cloudInit(String path, JsonNode value) {
        if (!value.isArray()) {
            throw new ConfigException(path, null, null, "expected an array of file paths");
        }
        List<String> files = new ArrayList<>();
        for (JsonNode file : value) {
            String name = text(path, file);
            if (name.indexOf(',') >= 0 || name.indexOf('"') >= 0) {
                throw new ConfigException(path, null, name, "vfkit splits --cloud-init at ',' and reads '\"' as"
                        + " quoting");
            }
            files.add(name);
        }
        return String.join(",", files);
    }

    private static String text(String path, JsonNode value) {
        if (!value.isString()) {
            throw new ConfigException(path, null, value.toString(), "expected a string");
        }
        return value.asString();
    }

    /** The document of {@code command}: vfkit's JSON of the VM, and its launch options under {@value #LAUNCH}. */
    static ObjectNode tree(VfkitCommand command) {
        ObjectNode tree = (ObjectNode) JSON.readTree(command.vm().toJson());
        ObjectNode launch = JSON.createObjectNode();
        if (command.restfulUri() != null) {
            launch.put(RESTFUL_URI, command.restfulUri());
        }
        if (command.logLevel() != null) {
            launch.put(LOG_LEVEL, command.logLevel().spelling());
        }
        if (command.pidFile() != null) {
            launch.put(PID_FILE, command.pidFile());
        }
        if (!command.cloudInit().isEmpty()) {
            ArrayNode files = launch.putArray(CLOUD_INIT);
            command.cloudInit().forEach(files::add);
        }
        if (!launch.isEmpty()) {
            tree.set(LAUNCH, launch);
        }
        return tree;
    }

    /** {@code command} as an indented JSON or YAML document, ending with a line break. */
    static String write(VfkitCommand command, boolean yaml) {
        return write(tree(command), yaml);
    }

    static String write(JsonNode tree, boolean yaml) {
        String text = yaml ? Yaml.MAPPER.writeValueAsString(tree)
                : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        return text.endsWith("\n") ? text : text + "\n";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
