package dev.vfkit4j.json;

import dev.vfkit4j.Bootloader;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.VirtualMachine;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * vfkit's JSON: the format vfkit's REST API answers {@code GET /vm/inspect} with and podman stores inside its machine
 * files. {@link VirtualMachine#toJson()}, {@link VirtualMachine#fromJson(String)}, {@link Device#toJson()} and
 * {@link Device#fromJson(String)} delegate here.
 *
 * <p>Embed vfkit4j objects in your own documents with {@link #mapper()}:
 *
 * <pre>{@code
 * record Machine(String name, VirtualMachine vm) {}
 * Machine machine = VfkitJson.mapper().readValue(json, Machine.class);
 * }</pre>
 *
 * <p>Everything read is checked as strictly as vfkit4j's command-line parser checks it; every problem is a
 * {@link ConfigException} whose {@link ConfigException#component() component} is the JSON path at fault
 * ({@code $.devices[2].Timeout}).
 *
 * <p>Reading follows Go's {@code encoding/json} as vfkit uses it, and vfkit4j's conformance rules where vfkit loses
 * data. Where neither decides, vfkit4j chooses:
 * <ul>
 *   <li>a member that is missing or {@code null} leaves a field at Go's zero value: for a primitive number, a
 *       primitive boolean or a duration that is 0 or false, which the component's rules then judge (a
 *       {@code virtiogpu} without {@code width} is refused, not given the command line's 800; an {@code nbd}
 *       without {@code Timeout} is refused); for text, enums, MAC addresses and boxed values it is "unset", and the
 *       component's default applies. Write a boxed type in your own {@code @VfkitDevice} for an option JSON may
 *       leave out;</li>
 *   <li>an nbd {@code Timeout} (Go nanoseconds) must be a whole number of milliseconds from 1 to 2^31 - 1: vfkit
 *       prints the timeout in whole milliseconds, so any other value would change on its way to vfkit;</li>
 *   <li>an {@code ignition} object's {@code kind}, when given, must be {@code ignition};</li>
 *   <li>a field declared with a device's own record class ({@code VirtioNet uplink}) may leave out {@code kind},
 *       and refuses another one.</li>
 * </ul>
 */
public final class VfkitJson {
    private VfkitJson() {
    }

    /**
     * Built on first use, since building it scans the class path for components. Not a holder class: two components
     * claiming one kind must be a {@link ConfigException} on every use, as {@code Components} reports it, not an
     * {@code ExceptionInInitializerError} once and a {@code NoClassDefFoundError} after.
     */
    private static volatile JsonMapper shared;

    /**
     * A mapper that reads and writes vfkit4j objects wherever they stand in a document; immutable and shared.
     *
     * @throws ConfigException when two components on the class path claim the same JSON kind
     */
    public static JsonMapper mapper() {
        JsonMapper mapper = shared;
        if (mapper == null) {
            synchronized (VfkitJson.class) {
                mapper = shared;
                if (mapper == null) {
                    mapper = newMapper(new VfkitJsonModule());
                    shared = mapper;
                }
            }
        }
        return mapper;
    }

    static JsonMapper newMapper(VfkitJsonModule module) {
        return JsonMapper.builder()
                .addModule(module)
                // vfkit4j's errors reach the caller as they are, not wrapped in Jackson's.
                .disable(DeserializationFeature.WRAP_EXCEPTIONS)
                .disable(SerializationFeature.WRAP_EXCEPTIONS)
                // Go refuses anything after the value: {"vcpus":1} trailing.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** {@code vm} as vfkit's JSON. */
    public static String toJson(VirtualMachine vm) {
        return write(mapper(), vm);
    }

    /** {@code device} as vfkit's JSON: {@code {"kind":"virtionet","nat":true}}. */
    public static String toJson(Device device) {
        return write(mapper(), device);
    }

    /** {@code bootloader} as vfkit's JSON: {@code {"kind":"efiBootloader",...}}. */
    public static String toJson(Bootloader bootloader) {
        return write(mapper(), bootloader);
    }

    /**
     * Reads a VM from vfkit's JSON.
     *
     * @throws ConfigException for input that is not JSON, is not a VM, or holds anything vfkit4j's command-line
     *     parser would refuse, naming the JSON path
     */
    public static VirtualMachine readVirtualMachine(String json) {
        return read(mapper(), json, VirtualMachine.class, "a virtual machine");
    }

    /**
     * Reads one device from vfkit's JSON, chosen by its {@code kind}.
     *
     * @throws ConfigException as {@link #readVirtualMachine}
     */
    public static Device readDevice(String json) {
        return read(mapper(), json, Device.class, "a device");
    }

    /**
     * Reads one bootloader from vfkit's JSON, chosen by its {@code kind}.
     *
     * @throws ConfigException as {@link #readVirtualMachine}
     */
    public static Bootloader readBootloader(String json) {
        return read(mapper(), json, Bootloader.class, "a bootloader");
    }

    static String write(JsonMapper mapper, Object value) {
        if (value == null) {
            throw new ConfigException("$", null, null, "nothing to write (null)");
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new ConfigException("$", null, null, "cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(JsonMapper mapper, String json, Class<T> type, String what) {
        if (json == null) {
            throw new ConfigException("$", null, null, "expected " + what + " in JSON, got no text (null)");
        }
        T value;
        try {
            value = mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw notJson(e);
        }
        if (value == null) {
            throw new ConfigException("$", null, "null", "expected " + what + " (a JSON object), got null");
        }
        return value;
    }

    /** Jackson's syntax errors, as a {@link ConfigException} naming the path and the line and column. */
    private static ConfigException notJson(JacksonException e) {
        String path = e.processor() instanceof JsonParser parser ? JsonPath.of(parser).toString() : "$";
        TokenStreamLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return new ConfigException(path, null, null, "not valid JSON" + where + ": " + withoutSource(
                e.getOriginalMessage()), e);
    }

    /** Jackson's message without its "(start marker at [Source: REDACTED ...])": the line and column say where. */
    private static String withoutSource(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int source = message.indexOf("[Source:");
        int cut = source < 0 ? -1 : message.lastIndexOf(" (", source);
        return cut < 0 ? message : message.substring(0, cut);
    }
}
