package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.VirtioGpu;
import dev.vfkit4j.devices.VirtioVsock;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionType;
import dev.vfkit4j.spi.OptionReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Devices}: the run-time descriptors of every device and bootloader. */
class DeviceDescriptorsTest {

    @Test
    void descriptorsAreEveryDeviceSortedByName() {
        List<String> names = new ArrayList<>();
        for (ComponentDescriptor<? extends Device> device : Devices.descriptors()) {
            assertEquals(ComponentRole.DEVICE, device.role(), device.name());
            assertTrue(Device.class.isAssignableFrom(device.type()), device.name());
            names.add(device.name());
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertTrue(names.containsAll(List.of("nbd", "nvme", "rosetta", "usb-mass-storage", "virtio-balloon",
                "virtio-blk", "virtio-fs", "virtio-gpu", "virtio-input", "virtio-net", "virtio-rng", "virtio-serial",
                "virtio-vsock")), names::toString);
    }

    @Test
    void bootloadersAreSeparate() {
        List<String> names = new ArrayList<>();
        for (ComponentDescriptor<? extends Bootloader> bootloader : Devices.bootloaders()) {
            assertEquals(ComponentRole.BOOTLOADER, bootloader.role());
            names.add(bootloader.name());
        }
        assertTrue(names.containsAll(List.of("efi", "linux", "macos")), names::toString);
        assertTrue(Devices.byName("efi").isEmpty(), "efi is a bootloader, not a device");
        assertSame(Devices.descriptorOf(EfiBootloader.class), Devices.bootloaderByName("efi").orElseThrow());
        assertSame(Devices.descriptorOf(EfiBootloader.class), Devices.bootloaderByKind("efiBootloader")
                .orElseThrow());
    }

    @Test
    void lookUpByNameKindOrClassGivesOneDescriptor() {
        ComponentDescriptor<? extends Device> byName = Devices.byName("virtio-vsock").orElseThrow();
        assertSame(byName, Devices.byKind("virtiosock").orElseThrow());
        assertSame(byName, Devices.descriptorOf(VirtioVsock.class));
        assertEquals(VirtioVsock.class, byName.type());
        assertTrue(Devices.byName("virtio-vsok").isEmpty());
        assertTrue(Devices.byKind("virtio-vsock").isEmpty(), "the kind is virtiosock, as in vfkit");
    }

    @Test
    void optionsCarryTypeDefaultRequiredAllowedValuesRangeAndDoc() {
        List<? extends OptionDescriptor<?, ?>> options = Devices.byName("virtio-vsock").orElseThrow().options();
        OptionDescriptor<?, ?> port = options.get(0);
        assertEquals("port", port.key());
        assertEquals(OptionType.LONG, port.type());
        assertTrue(port.required());
        assertEquals(1L, port.min());
        assertEquals(0xFFFF_FFFFL, port.max());
        assertEquals("vsock port of the guest side", port.doc());
        OptionDescriptor<?, ?> direction = options.get(2);
        assertEquals(OptionType.CHOICE, direction.type());
        assertEquals(List.of("listen", "connect"), direction.allowedValues());
        assertEquals("listen", direction.defaultValue());

        OptionDescriptor<?, ?> width = Devices.descriptorOf(VirtioGpu.class).options().get(0);
        assertEquals("800", width.defaultValue());
        assertEquals("unless height is set", width.defaultCondition());
    }

    @Test
    void theDescriptorsParseAsTheCommandLineDoes() {
        String options = "port=1025,socketURL=/tmp/vsock.sock,connect";
        Device parsed = Devices.byName("virtio-vsock").orElseThrow().fromOptions(OptionReader.of(options));
        assertEquals(Device.fromCmdLine("virtio-vsock," + options), parsed);
    }

    @Test
    void aClassThatIsNotAComponentIsRefusedByName() {
        ConfigException error = assertThrows(ConfigException.class, () -> Devices.descriptorOf(String.class));
        assertEquals("java.lang.String", error.component());
        assertTrue(error.getMessage().contains("@VfkitDevice"), error.getMessage());
    }

    @Test
    void theListsCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> Devices.descriptors().clear());
        assertThrows(UnsupportedOperationException.class, () -> Devices.bootloaders().clear());
    }

    @Test
    void descriptorsCarryTheRulesBetweenOptions() {
        ComponentDescriptor<?> net = Devices.descriptorOf(dev.vfkit4j.devices.VirtioNet.class);
        assertEquals(List.of(new ComponentDescriptor.ExclusiveGroup(List.of("nat", "fd", "unixSocketPath"), true)),
                net.exclusiveGroups());
        assertTrue(net.requirements().contains(new ComponentDescriptor.Requirement("path", "type")));
        assertEquals(List.of(), Devices.descriptorOf(VirtioVsock.class).exclusiveGroups());
    }
}
