package dev.vfkit4j.spi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.bootloaders.EfiBootloaderDescriptor;
import dev.vfkit4j.devices.VirtioBlkDescriptor;
import dev.vfkit4j.devices.VirtioRngDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A device whose name or JSON kind is already taken is refused by the processor at compile time when it can see the
 * other one (built-ins always). Two jars compiled separately can still meet on one class path; then the registry
 * reports the clash, naming both classes, as a {@link ConfigException} on first use.
 */
class ComponentClashTest {

    /** Stands for a user's device in another jar: only its identity matters to the registry. */
    record MyDisk() implements Device {
    }

    record MyOtherDisk() implements Device {
    }

    @Test
    void aDeviceNamedLikeABuiltInIsReportedWithBothClasses() {
        ConfigException clash = assertThrows(ConfigException.class, () -> Components.of(List.of(
                VirtioBlkDescriptor.INSTANCE, new Impostor<>(ComponentRole.DEVICE, "virtio-blk", "mydisk",
                        MyDisk.class))));
        assertEquals("conflicting components on the class path: dev.vfkit4j.devices.VirtioBlk and "
                + MyDisk.class.getName() + " both declare name 'virtio-blk'. Rename one of them.", clash.getMessage());
    }

    @Test
    void aDeviceWithTheJsonKindOfABuiltInIsReported() {
        ConfigException clash = assertThrows(ConfigException.class, () -> Components.of(List.of(
                VirtioBlkDescriptor.INSTANCE, new Impostor<>(ComponentRole.DEVICE, "my-disk", "virtioblk",
                        MyDisk.class))));
        assertTrue(clash.getMessage().contains("both declare JSON kind 'virtioblk'"), clash.getMessage());
    }

    @Test
    void everyClashIsReportedAtOnce() {
        ConfigException clash = assertThrows(ConfigException.class, () -> Components.of(List.of(
                VirtioBlkDescriptor.INSTANCE,
                new Impostor<>(ComponentRole.DEVICE, "virtio-blk", "virtioblk", MyDisk.class),
                new Impostor<>(ComponentRole.DEVICE, "virtio-rng", "rng2", MyOtherDisk.class),
                VirtioRngDescriptor.INSTANCE)));
        assertTrue(clash.getMessage().contains("name 'virtio-blk'"), clash.getMessage());
        assertTrue(clash.getMessage().contains("JSON kind 'virtioblk'"), clash.getMessage());
        assertTrue(clash.getMessage().contains("name 'virtio-rng'"), clash.getMessage());
    }

    @Test
    void aDeviceAndABootloaderMayShareANameBecauseTheirFlagsDiffer() {
        assertDoesNotThrow(() -> Components.of(List.of(EfiBootloaderDescriptor.INSTANCE,
                new Impostor<>(ComponentRole.DEVICE, "efi", "efiBootloader", MyDisk.class))));
    }

    @Test
    void theSameDescriptorSeenTwiceIsNotAClash() {
        // Two class loaders can list the same service file; the registry keys descriptors by their record class.
        assertDoesNotThrow(() -> Components.of(List.of(VirtioBlkDescriptor.INSTANCE,
                new VirtioBlkDescriptor())));
    }

    @Test
    void theRealClassPathHasNoClash() {
        assertDoesNotThrow(() -> Components.of(Components.registered().all()));
    }

    /** A descriptor that only has an identity; the registry never parses or prints while it checks names. */
    private record Impostor<T>(ComponentRole role, String name, String kind, Class<T> type)
            implements ComponentDescriptor<T> {
        @Override
        public String doc() {
            return "";
        }

        @Override
        public boolean jsonDevName() {
            return false;
        }

        @Override
        public List<OptionDescriptor<T, ?>> options() {
            return List.of();
        }

        @Override
        public List<SyntaxKey> syntaxKeys() {
            return List.of();
        }

        @Override
        public T fromOptions(OptionReader options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void appendCmdLine(T component, List<String> argv, OptionWriter out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void validate(T component) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ComponentBuilder<T> newBuilder() {
            throw new UnsupportedOperationException();
        }
    }
}
