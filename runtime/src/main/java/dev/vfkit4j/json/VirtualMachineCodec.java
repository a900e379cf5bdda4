package dev.vfkit4j.json;

import dev.vfkit4j.Bootloader;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.Ignition;
import dev.vfkit4j.Size;
import dev.vfkit4j.TimeSync;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.json.JsonValue.JsonArray;
import dev.vfkit4j.json.JsonValue.JsonNull;
import dev.vfkit4j.json.JsonValue.JsonObject;
import dev.vfkit4j.spi.ComponentRole;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * vfkit's JSON for a whole VM ({@code vcpus}, {@code memoryBytes}, {@code bootloader}, {@code devices},
 * {@code timesync}, {@code ignition}, {@code nested}) and for its time sync and Ignition objects.
 *
 * <p>The top level is read as vfkit reads it, into a Go map: member names match exactly ({@code VCPUS} is ignored),
 * the last of duplicate members wins and earlier ones are not looked at, and {@code null} leaves a field at its zero
 * value. Where vfkit loses data vfkit4j does not: {@code nested} is read (rule R4), an {@code ignition} that is not
 * an object with a config path is refused (R7), {@code "devices": [null]} is an error, not a crash (R8).
 */
final class VirtualMachineCodec {
    private static final String VCPUS = "vcpus";
    private static final String MEMORY = "memoryBytes";
    private static final String BOOTLOADER = "bootloader";
    private static final String DEVICES = "devices";
    private static final String TIMESYNC = "timesync";
    private static final String IGNITION = "ignition";
    private static final String NESTED = "nested";
    private static final String VSOCK_PORT = "vsockPort";
    private static final String CONFIG_PATH = "configPath";
    private static final String SOCKET_PATH = "socketPath";
    private static final GoJson.FieldNames<String> TIMESYNC_FIELDS = new GoJson.FieldNames<String>()
            .add(VSOCK_PORT, VSOCK_PORT);
    private static final GoJson.FieldNames<String> IGNITION_FIELDS = new GoJson.FieldNames<String>()
            .add(CONFIG_PATH, CONFIG_PATH).add(SOCKET_PATH, SOCKET_PATH).add(ComponentCodec.KIND, ComponentCodec.KIND);

    private final ComponentTable components;

    VirtualMachineCodec(ComponentTable components) {
        this.components = components;
    }

    void write(VirtualMachine vm, JsonGenerator out) {
        out.writeStartObject();
        out.writeName(VCPUS);
        writeUnsigned(vm.vcpus(), out);
        out.writeName(MEMORY);
        writeUnsigned(vm.memory().bytes(), out);
        out.writeName(BOOTLOADER);
        components.write(vm.bootloader(), out);
        if (!vm.devices().isEmpty()) {
            out.writeName(DEVICES);
            out.writeStartArray();
            for (Device device : vm.devices()) {
                components.write(device, out);
            }
            out.writeEndArray();
        }
        if (vm.timeSync() != null) {
            out.writeName(TIMESYNC);
            writeTimeSync(vm.timeSync(), out);
        }
        if (vm.ignition() != null) {
            out.writeName(IGNITION);
            writeIgnition(vm.ignition(), out);
        }
        if (vm.nested()) {
            out.writeBooleanProperty(NESTED, true);
        }
        out.writeEndObject();
    }

    /** Writes a 64-bit pattern as the unsigned number Go holds ({@code -1L} is 18446744073709551615). */
    static void writeUnsigned(long value, JsonGenerator out) {
        if (value >= 0) {
            out.writeNumber(value);
        } else {
            out.writeNumber(new BigInteger(Long.toUnsignedString(value)));
        }
    }

    static void writeTimeSync(TimeSync timeSync, JsonGenerator out) {
        out.writeStartObject();
        out.writeNumberProperty(VSOCK_PORT, timeSync.vsockPort());
        out.writeEndObject();
    }

    static void writeIgnition(Ignition ignition, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty(ComponentCodec.KIND, IGNITION);
        out.writeStringProperty(CONFIG_PATH, ignition.configPath());
        if (ignition.socketPath() != null) {
            out.writeStringProperty(SOCKET_PATH, ignition.socketPath());
        }
        out.writeEndObject();
    }

    /**
     * Reads a VM. Its devices and bootloader are checked by their builders; the VM itself is not printed, so a VM
     * holding a value that only JSON can carry (a {@code ,} in a path, rule R6) is read, and refuses
     * {@code toCmdLine()} later.
     *
     * @throws ConfigException naming the JSON path at fault
     */
    VirtualMachine read(JsonValue value, JsonPath path) {
        JsonObject object = GoJson.object(value, path, "a virtual machine");
        long vcpus = 0;
        JsonValue vcpusValue = member(object, VCPUS);
        if (vcpusValue != null) {
            vcpus = GoJson.unsigned(vcpusValue, path.member(VCPUS), GoJson.UINT64_MAX,
                    "the number of vCPUs (Go uint)");
        }
        Size memory = Size.ofBytes(0);
        JsonValue memoryValue = member(object, MEMORY);
        if (memoryValue != null) {
            memory = memory(memoryValue, path.member(MEMORY));
        }
        JsonValue bootloaderValue = member(object, BOOTLOADER);
        if (bootloaderValue == null) {
            throw new ConfigException(path.member(BOOTLOADER).toString(), null, null,
                    "a bootloader is required (an object with \"kind\": efiBootloader, linuxBootloader or"
                            + " macosBootloader)");
        }
        Bootloader bootloader = (Bootloader) components.read(ComponentRole.BOOTLOADER, bootloaderValue,
                path.member(BOOTLOADER));
        List<Device> devices = List.of();
        JsonValue devicesValue = member(object, DEVICES);
        if (devicesValue != null) {
            devices = devices(devicesValue, path.member(DEVICES));
        }
        TimeSync timeSync = null;
        JsonValue timeSyncValue = member(object, TIMESYNC);
        if (timeSyncValue != null) {
            timeSync = readTimeSync(timeSyncValue, path.member(TIMESYNC));
        }
        Ignition ignition = null;
        JsonValue ignitionValue = member(object, IGNITION);
        if (ignitionValue != null) {
            ignition = readIgnition(ignitionValue, path.member(IGNITION));
        }
        JsonValue nestedValue = member(object, NESTED);
        boolean nested = nestedValue != null && GoJson.bool(nestedValue, path.member(NESTED),
                "nested virtualization");
        return new VirtualMachine(vcpus, memory, bootloader, devices, timeSync, ignition, nested);
    }

    /**
     * The top-level member {@code name} as vfkit's Go map holds it: the value of the last member of exactly that
     * name (earlier ones are not looked at), or null when there is none or that last one is {@code null}.
     */
    private static JsonValue member(JsonObject object, String name) {
        for (int i = object.size() - 1; i >= 0; i--) {
            if (object.name(i).equals(name)) {
                JsonValue value = object.value(i);
                return value == JsonNull.NULL ? null : value;
            }
        }
        return null;
    }

    /** {@code memoryBytes}: an unsigned 64-bit byte count that vfkit can hold in MiB (rule R9). */
    static Size memory(JsonValue value, JsonPath path) {
        long bytes = GoJson.unsigned(value, path, GoJson.UINT64_MAX, "the memory size in bytes (Go uint64)");
        try {
            return Size.ofBytes(bytes);
        } catch (ConfigException e) {
            // Size knows vfkit's bound; the JSON path makes the message point into the document.
            throw GoJson.invalid(path, value, e.problem());
        }
    }

    private List<Device> devices(JsonValue value, JsonPath path) {
        if (!(value instanceof JsonArray array)) {
            throw GoJson.mismatch(path, value, "an array", "the devices");
        }
        List<Device> devices = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.item(i);
            if (item == JsonNull.NULL) {
                throw new ConfigException(path.index(i).toString(), null, "null",
                        "a device is missing (null); each device is an object with a \"kind\"");
            }
            devices.add((Device) components.read(ComponentRole.DEVICE, item, path.index(i)));
        }
        return devices;
    }

    /** {@code {"vsockPort": N}}, member names matched as Go matches struct fields; port 0 is refused (rule R1). */
    static TimeSync readTimeSync(JsonValue value, JsonPath path) {
        JsonObject object = GoJson.object(value, path, "time sync");
        long port = 0;
        JsonValue portValue = null;
        JsonPath portPath = path.member(VSOCK_PORT);
        for (int i = 0; i < object.size(); i++) {
            if (object.value(i) != JsonNull.NULL && TIMESYNC_FIELDS.find(object.name(i)) != null) {
                portPath = path.member(object.name(i));
                port = GoJson.unsigned(object.value(i), portPath, GoJson.UINT32_MAX,
                        "the time sync vsock port (Go uint32)");
                portValue = object.value(i);
            }
        }
        try {
            return new TimeSync(port);
        } catch (ConfigException e) {
            throw new ConfigException(portPath.toString(), null, portValue == null ? null : portValue.excerpt(),
                    portValue == null ? "the vsock port is required (from 1 to 4294967295)" : e.getMessage(), e);
        }
    }

    /**
     * {@code {"kind": "ignition", "configPath": ..., "socketPath": ...}}: member names matched as Go matches struct
     * fields; the config path is required; a {@code kind}, when given, must be {@code ignition}.
     */
    static Ignition readIgnition(JsonValue value, JsonPath path) {
        JsonObject object = GoJson.object(value, path, "an Ignition configuration");
        String configPath = "";
        String socketPath = "";
        for (int i = 0; i < object.size(); i++) {
            JsonValue member = object.value(i);
            String field = member == JsonNull.NULL ? null : IGNITION_FIELDS.find(object.name(i));
            if (field == null) {
                continue;
            }
            JsonPath memberPath = path.member(object.name(i));
            String text = GoJson.string(member, memberPath, "ignition " + field);
            switch (field) {
                case CONFIG_PATH -> configPath = text;
                case SOCKET_PATH -> socketPath = text;
                default -> {
                    if (!text.equals(IGNITION)) {
                        throw GoJson.invalid(memberPath, member, "expected kind 'ignition'");
                    }
                }
            }
        }
        if (configPath.isEmpty()) {
            throw new ConfigException(path.member(CONFIG_PATH).toString(), null, null,
                    "the Ignition configuration path is required");
        }
        return new Ignition(configPath, socketPath);
    }
}
