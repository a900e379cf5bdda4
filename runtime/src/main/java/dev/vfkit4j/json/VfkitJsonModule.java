package dev.vfkit4j.json;

import dev.vfkit4j.Bootloader;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.Ignition;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.Size;
import dev.vfkit4j.TimeSync;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.Components;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson module that reads and writes vfkit4j's objects in vfkit's JSON, wherever they appear in a document:
 * {@link VirtualMachine}, {@link Device} and {@link Bootloader} (by their {@code kind}), every device and bootloader
 * record, {@link TimeSync}, {@link Ignition}, {@link MacAddress} ({@code "5a:94:ef:e4:0c:ee"}) and {@link Size} (a
 * byte count). Its kind table comes from the descriptors on the class path, so users' own {@code @VfkitDevice}
 * records are included without registration.
 *
 * <p>{@link VfkitJson#mapper()} is a mapper with this module, ready to use. A mapper of your own needs the module and,
 * to see vfkit4j's {@link ConfigException} rather than a Jackson exception wrapping it,
 * {@code DeserializationFeature.WRAP_EXCEPTIONS} disabled.
 */
public final class VfkitJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module for every device and bootloader on the class path. */
    public VfkitJsonModule() {
        this(Components.registered());
    }

    /** The module for exactly the components of {@code registry}: for a class loader of your own. */
    public VfkitJsonModule(Components registry) {
        super("vfkit4j");
        ComponentTable components = new ComponentTable(registry);
        VirtualMachineCodec vms = new VirtualMachineCodec(components);
        add(VirtualMachine.class, vms::write, vms::read);
        add(Device.class, components::write, (value, path) -> (Device) components.read(ComponentRole.DEVICE,
                value, path));
        add(Bootloader.class, components::write, (value, path) -> (Bootloader) components.read(
                ComponentRole.BOOTLOADER, value, path));
        for (ComponentCodec<?> codec : components.codecs()) {
            addComponentReader(components, codec);
        }
        add(TimeSync.class, VirtualMachineCodec::writeTimeSync, VirtualMachineCodec::readTimeSync);
        add(Ignition.class, VirtualMachineCodec::writeIgnition, VirtualMachineCodec::readIgnition);
        add(MacAddress.class, (mac, out) -> out.writeString(mac.toString()), VfkitJsonModule::readMac);
        add(Size.class, (size, out) -> VirtualMachineCodec.writeUnsigned(size.bytes(), out),
                VirtualMachineCodec::memory);
    }

    /** Concrete records are written through the {@code Device} or {@code Bootloader} serializer; each needs a reader. */
    private <T> void addComponentReader(ComponentTable components, ComponentCodec<T> codec) {
        addDeserializer(codec.descriptor().type(), new Reader<>(codec.descriptor().type(),
                (value, path) -> components.read(codec, value, path)));
    }

    private <T> void add(Class<T> type, BiConsumer<T, JsonGenerator> writer,
            BiFunction<JsonValue, JsonPath, T> reader) {
        addSerializer(type, new Serializer<>(type, writer));
        addDeserializer(type, new Reader<>(type, reader));
    }

    private static MacAddress readMac(JsonValue value, JsonPath path) {
        String text = GoJson.string(value, path, "a MAC address");
        try {
            return MacAddress.parse(text);
        } catch (ConfigException e) {
            throw GoJson.invalid(path, value, e.problem());
        }
    }

    private static final class Serializer<T> extends StdSerializer<T> {
        private final transient BiConsumer<T, JsonGenerator> writer;

        Serializer(Class<T> type, BiConsumer<T, JsonGenerator> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator out, SerializationContext context) {
            writer.accept(value, out);
        }
    }

    /**
     * Reads the whole value into a {@link JsonValue} (which keeps what Go's decoder sees), then decodes it, so that
     * errors name the JSON path, starting at the root of the enclosing document.
     */
    private static final class Reader<T> extends StdDeserializer<T> {
        private final transient BiFunction<JsonValue, JsonPath, T> reader;

        Reader(Class<T> type, BiFunction<JsonValue, JsonPath, T> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            JsonPath path = JsonPath.of(parser);
            return reader.apply(JsonValue.read(parser), path);
        }
    }
}
