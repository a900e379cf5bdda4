package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Flag;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitDevice;

/**
 * A USB mass-storage device, typically an ISO: {@code --device usb-mass-storage,path=cidata.iso,readonly}.
 *
 * @param path the raw or ISO image
 * @param type what backs the disk; null means an image
 * @param readOnly whether the guest sees the disk read-only
 */
@VfkitDevice(name = "usb-mass-storage", kind = "usbmassstorage", jsonDevName = true, since = "0.1.0",
        doc = "A USB mass-storage device backed by a raw or ISO image.")
public record UsbMassStorage(
        @Option(value = "path", doc = "raw or ISO image on the host")
        @Required @HostPath(HostPath.Kind.DISK_IMAGE) @Json(value = "imagePath", omitEmpty = true) String path,
        @Option(value = "type", emptyUnsets = true, since = "0.6.2",
                doc = "image (a disk image file) or dev (a block device)")
        @Json(value = "type", omitEmpty = true) DiskType type,
        @Flag(value = "readonly", since = "0.6.0", doc = "the guest cannot write to the disk")
        @Json(value = "readOnly", omitEmpty = true) boolean readOnly) implements Device {

    /** A writable USB disk backed by the image at {@code path}; {@code toBuilder().readOnly(true)} for an ISO. */
    public static UsbMassStorage of(String path) {
        return builder().path(path).build();
    }

    /** An empty builder. */
    public static UsbMassStorageBuilder builder() {
        return new UsbMassStorageBuilder();
    }

    /** A builder holding this device's options, to derive a variant. */
    public UsbMassStorageBuilder toBuilder() {
        return UsbMassStorageBuilder.from(this);
    }
}
