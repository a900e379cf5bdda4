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
 */
public final class VfkitJson {
    private VfkitJson() {
    }

    /** Built on first use: building it scans the class path for components. */
    private static final class Shared {
        static final JsonMapper MAPPER = newMapper(new VfkitJsonModule());
    }

    /** A mapper that reads and writes vfkit4j objects wherever they stand in a document; immutable and shared. */
    public static JsonMapper mapper() {
        return Shared.MAPPER;
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
