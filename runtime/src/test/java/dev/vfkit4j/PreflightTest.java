package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.Nvme;
import dev.vfkit4j.devices.UsbMassStorage;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.Components;
import dev.vfkit4j.spi.OptionDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code preflight()} checks disk images where vfkit does: only virtio-blk's parser reads an image's first bytes
 * (at least 4, not qcow2); nvme and usb-mass-storage images go to macOS unread, so only existence and readability are
 * checked there (vfkit's own integration tests boot an NVMe disk from an empty file).
 */
class PreflightTest {
    @TempDir
    static Path dir;

    private static final Map<String, Function<String, Device>> DISKS = Map.of(
            "virtio-blk", VirtioBlk::of,
            "nvme", Nvme::of,
            "usb-mass-storage", UsbMassStorage::of);

    @BeforeAll
    static void images() throws IOException {
        Files.write(dir.resolve("raw.img"), new byte[] {0, 0, 0, 0});
        Files.write(dir.resolve("empty.img"), new byte[0]);
        Files.write(dir.resolve("short.img"), new byte[] {0});
        Files.write(dir.resolve("qcow2.img"), new byte[] {'Q', 'F', 'I', (byte) 0xfb, 0, 0, 0, 3});
        Files.createDirectory(dir.resolve("dir"));
    }

    private static void preflight(Device device) {
        VirtualMachine.builder().bootloader(EfiBootloader.of(dir.resolve("efi.fd").toString(), true))
                .device(device).build().preflight();
    }

    private static ConfigException refused(String kind, String image) {
        return assertThrows(ConfigException.class, () -> preflight(DISKS.get(kind).apply(dir.resolve(image)
                .toString())), kind + " with " + image);
    }

    @ParameterizedTest
    @ValueSource(strings = {"virtio-blk", "nvme", "usb-mass-storage"})
    void everyDiskAcceptsARawImage(String kind) {
        assertDoesNotThrow(() -> preflight(DISKS.get(kind).apply(dir.resolve("raw.img").toString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"virtio-blk", "nvme", "usb-mass-storage"})
    void everyDiskRefusesAMissingImageOrADirectory(String kind) {
        assertTrue(refused(kind, "missing.img").getMessage().contains(kind + ": option 'path'"));
        assertTrue(refused(kind, "missing.img").getMessage().endsWith("missing.img': does not exist"));
        assertTrue(refused(kind, "dir").getMessage().endsWith("dir': is a directory, not a disk image"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nvme", "usb-mass-storage"})
    void nvmeAndUsbImagesAreNotLookedInto(String kind) {
        for (String image : new String[] {"empty.img", "short.img", "qcow2.img"}) {
            assertDoesNotThrow(() -> preflight(DISKS.get(kind).apply(dir.resolve(image).toString())),
                    kind + " with " + image);
        }
    }

    @Test
    void virtioBlkImagesAreLookedInto() {
        assertTrue(refused("virtio-blk", "empty.img").getMessage().contains("too short to be a disk image (0 bytes)"));
        assertTrue(refused("virtio-blk", "short.img").getMessage().contains("too short to be a disk image (1 bytes)"));
        assertTrue(refused("virtio-blk", "qcow2.img").getMessage().contains("is a qcow2 image"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"virtio-blk", "nvme", "usb-mass-storage"})
    void everyDiskRefusesAnUnreadableImage(String kind) throws IOException {
        Path locked = dir.resolve(kind + "-locked.img");
        Files.write(locked, new byte[] {0, 0, 0, 0});
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every file is readable");
        assertTrue(refused(kind, locked.getFileName().toString()).getMessage().contains("cannot be read"));
    }

    /** Only virtio-blk's image is content-checked, among every built-in option naming a disk image. */
    @Test
    void onlyVirtioBlkHoldsARawDiskImage() {
        for (ComponentDescriptor<?> descriptor : Components.registered().all()) {
            for (OptionDescriptor<?, ?> option : descriptor.options()) {
                boolean raw = option.hostPath() == HostPath.Kind.RAW_DISK_IMAGE;
                assertEquals(descriptor.role() == ComponentRole.DEVICE && descriptor.name().equals("virtio-blk")
                        && option.key().equals("path"), raw, descriptor.name() + " " + option.key());
            }
        }
    }
}
