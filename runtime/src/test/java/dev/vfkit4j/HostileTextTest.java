package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioFs;
import dev.vfkit4j.spi.ComponentBuilder;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.Components;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Text that no process argument carries unchanged (NUL, unpaired surrogates) and empty text, through every text
 * option of every registered device and bootloader, found from the descriptors: a new component without a sample
 * below fails {@link #everyComponentHasASample()} until it gets one, and is then covered like the others.
 */
class HostileTextTest {
    /** One valid argument per component, its command-line text options set where their rules allow. */
    private static final Map<String, List<String>> SAMPLES = Map.ofEntries(
            Map.entry("efi", List.of("efi", "variable-store=/e")),
            Map.entry("linux", List.of("linux", "kernel=/k", "initrd=/i", "cmdline=console=hvc0")),
            Map.entry("macos", List.of("macos", "machineIdentifierPath=/m", "hardwareModelPath=/h",
                    "auxImagePath=/a")),
            Map.entry("nbd", List.of("nbd,uri=nbd://h/e,deviceId=d")),
            Map.entry("nvme", List.of("nvme,path=/n")),
            Map.entry("rosetta", List.of("rosetta,mountTag=r")),
            Map.entry("usb-mass-storage", List.of("usb-mass-storage,path=/u")),
            Map.entry("virtio-balloon", List.of("virtio-balloon")),
            Map.entry("virtio-blk", List.of("virtio-blk,path=/b,deviceId=d")),
            Map.entry("virtio-fs", List.of("virtio-fs,sharedDir=/s,mountTag=t")),
            Map.entry("virtio-gpu", List.of("virtio-gpu")),
            Map.entry("virtio-input", List.of("virtio-input,keyboard")),
            Map.entry("virtio-net", List.of("virtio-net,unixSocketPath=/n.sock")),
            Map.entry("virtio-rng", List.of("virtio-rng")),
            Map.entry("virtio-serial", List.of("virtio-serial,logFilePath=/l")),
            Map.entry("virtio-vsock", List.of("virtio-vsock,port=2,socketURL=/v.sock")));

    /** Each of these must be refused when printed, naming the component and the option. */
    private static final List<String> UNPRINTABLE = List.of("/a\0b", "\0", "/a\uD800b", "/a\uDC00b", "/a\uD800",
            "\uDFFF/a", "/a\uDC00\uD800b");

    @Test
    void everyComponentHasASample() {
        for (ComponentDescriptor<?> descriptor : Components.registered().all()) {
            assertTrue(SAMPLES.containsKey(descriptor.name()), "add a sample for " + descriptor.name());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTextOption() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ComponentDescriptor<?> descriptor : Components.registered().all()) {
            addTests(descriptor, tests);
        }
        return tests.stream();
    }

    private static <T> void addTests(ComponentDescriptor<T> descriptor, List<DynamicTest> tests) {
        for (OptionDescriptor<T, ?> option : descriptor.options()) {
            if (option.type() == OptionType.STRING && option.onCommandLine()) {
                String name = descriptor.name() + " " + option.key();
                tests.add(DynamicTest.dynamicTest(name + ": NUL and unpaired surrogates",
                        () -> unprintable(descriptor, option)));
                tests.add(DynamicTest.dynamicTest(name + ": paired surrogates print",
                        () -> pairedSurrogates(descriptor, option)));
                tests.add(DynamicTest.dynamicTest(name + ": empty text", () -> emptyText(descriptor, option)));
            }
        }
    }

    private static <T> T sample(ComponentDescriptor<T> descriptor) {
        List<String> sample = SAMPLES.get(descriptor.name());
        Components components = Components.registered();
        Object parsed = descriptor.role() == ComponentRole.DEVICE ? components.parseDevice(sample.get(0))
                : components.parseBootloader(sample);
        return descriptor.type().cast(parsed);
    }

    /** A builder holding {@code component}'s options, through the descriptor only. */
    private static <T> ComponentBuilder<T> builderOf(ComponentDescriptor<T> descriptor, T component) {
        ComponentBuilder<T> builder = descriptor.newBuilder();
        for (OptionDescriptor<T, ?> option : descriptor.options()) {
            copy(option, component, builder);
        }
        return builder;
    }

    private static <T, V> void copy(OptionDescriptor<T, V> option, T component, ComponentBuilder<T> builder) {
        option.setIn(builder, option.valueIn(component));
    }

    /** {@code builder} with the text option set to {@code value}, through its typed setter. */
    private static <T> ComponentBuilder<T> set(ComponentBuilder<T> builder, OptionDescriptor<T, ?> option,
            String value) {
        setText(builder, option, value);
        return builder;
    }

    private static <T, V> void setText(ComponentBuilder<T> builder, OptionDescriptor<T, V> option, String value) {
        option.setIn(builder, option.cast(value));
    }

    private static <T> T with(ComponentDescriptor<T> descriptor, OptionDescriptor<T, ?> option, String value) {
        return set(builderOf(descriptor, sample(descriptor)), option, value).build();
    }

    private static <T> void unprintable(ComponentDescriptor<T> descriptor, OptionDescriptor<T, ?> option) {
        for (String text : UNPRINTABLE) {
            T component = with(descriptor, option, text);
            ConfigException error = assertThrows(ConfigException.class, () -> descriptor.toCmdLine(component),
                    () -> descriptor.name() + " " + option.key() + " = " + escape(text));
            assertEquals(descriptor.name(), error.component());
            assertEquals(option.key(), error.option());
            assertEquals(text, error.value());
            assertTrue(error.problem().startsWith("cannot be printed: "), error.problem());
        }
    }

    private static <T> void pairedSurrogates(ComponentDescriptor<T> descriptor, OptionDescriptor<T, ?> option) {
        T component = with(descriptor, option, "/\uD83D\uDE00-\uD83D\uDE00");
        List<String> printed = descriptor.toCmdLine(component);
        Object reparsed = descriptor.role() == ComponentRole.DEVICE ? Device.fromCmdLine(printed.get(1))
                : VirtualMachine.fromCmdLine(printed).bootloader();
        assertEquals(component, reparsed, printed::toString);
    }

    /**
     * "" is "not set": a builder given "" gives exactly what it gives for null (the same component, or the same
     * error), which prints and reads back unchanged; only the canonical constructor can put "" in a record, and
     * printing that refuses, naming the option.
     */
    private static <T> void emptyText(ComponentDescriptor<T> descriptor, OptionDescriptor<T, ?> option)
            throws Exception {
        T sample = sample(descriptor);
        ComponentBuilder<T> empty = set(builderOf(descriptor, sample), option, "");
        ComponentBuilder<T> unset = set(builderOf(descriptor, sample), option, null);
        T built;
        try {
            built = unset.build();
        } catch (ConfigException expected) {
            ConfigException error = assertThrows(ConfigException.class, empty::build);
            assertEquals(expected.getMessage(), error.getMessage());
            built = null;
        }
        if (built != null) {
            assertEquals(built, empty.build());
            assertNull(option.valueIn(built), "\"\" is not set");
            List<String> printed = descriptor.toCmdLine(built);
            Object reparsed = descriptor.role() == ComponentRole.DEVICE ? Device.fromCmdLine(printed.get(1))
                    : VirtualMachine.fromCmdLine(printed).bootloader();
            assertEquals(built, reparsed, printed::toString);
            if (built instanceof Device device) {
                assertEquals(device, Device.fromJson(device.toJson()));
            }
        }
        T constructed = construct(descriptor, sample, option, "");
        ConfigException error = assertThrows(ConfigException.class, () -> descriptor.toCmdLine(constructed));
        assertEquals(option.key(), error.option());
        assertEquals(descriptor.name(), error.component());
    }

    private static <T> T construct(ComponentDescriptor<T> descriptor, T sample, OptionDescriptor<T, ?> option,
            String value) throws Exception {
        RecordComponent[] components = descriptor.type().getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(option.name()) ? value
                    : components[i].getAccessor().invoke(sample);
        }
        Constructor<T> constructor = descriptor.type().getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    @Test
    void theIssuesExamples() {
        assertThrows(ConfigException.class, () -> VirtioBlk.of("/a\0b").toCmdLine());
        assertThrows(ConfigException.class, () -> VirtioBlk.of("/a\uD800b").toCmdLine());
        VirtioBlk blk = VirtioBlk.builder().path("/p").deviceId("").build();
        assertNull(blk.deviceId());
        assertEquals(blk, Device.fromCmdLine(blk.toCmdLine().get(1)));
        assertEquals(blk, Device.fromJson(blk.toJson()));
        VirtioFs fs = VirtioFs.of("/s", "");
        assertNull(fs.mountTag());
        assertEquals(fs, Device.fromCmdLine(fs.toCmdLine().get(1)));
        assertEquals(fs, Device.fromJson(fs.toJson()));
    }

    @Test
    void vmLevelTextIsCheckedToo() {
        VirtualMachine vm = VirtualMachine.builder().bootloader(EfiBootloader.of("/e", false)).build();
        for (String text : UNPRINTABLE) {
            ConfigException ignition = assertThrows(ConfigException.class, () -> vm.toBuilder()
                    .ignition(Ignition.of(text)).build());
            assertEquals("--ignition", ignition.component());
            assertEquals("--pidfile", assertThrows(ConfigException.class,
                    () -> VfkitCommand.of(vm).withPidFile(text).toCmdLine()).component());
            assertEquals("--restful-uri", assertThrows(ConfigException.class,
                    () -> VfkitCommand.of(vm).withRestfulUri(text).toCmdLine()).component());
            assertEquals("--cloud-init", assertThrows(ConfigException.class,
                    () -> VfkitCommand.of(vm).withCloudInit(List.of("/u", text)).toCmdLine()).component());
        }
        assertFalse(VfkitCommand.of(vm).withPidFile("/p\uD83D\uDE00").toCmdLine().isEmpty());
    }
}
