package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Flag;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitDevice;

/**
 * A virtio block device backed by a raw disk image or a block device:
 * {@code --device virtio-blk,path=disk.img,readonly,deviceId=root}. qcow2 images are not supported by vfkit;
 * {@code VirtualMachine.preflight()} checks the image.
 *
 * @param path the disk image or block device
 * @param type what backs the disk; null means an image
 * @param readOnly whether the guest sees the disk read-only
 * @param deviceId the identifier the guest sees (e.g. under {@code /dev/disk/by-id/virtio-})
 */
@VfkitDevice(name = "virtio-blk", kind = "virtioblk", jsonDevName = true,
        doc = "A virtio block device backed by a raw disk image or a block device.")
public record VirtioBlk(
        @Option(value = "path", doc = "disk image or block device on the host")
        @Required @HostPath(HostPath.Kind.RAW_DISK_IMAGE) @Json(value = "imagePath", omitEmpty = true) String path,
        @Option(value = "type", emptyUnsets = true, since = "0.6.2",
                doc = "image (a disk image file) or dev (a block device)")
        @Json(value = "type", omitEmpty = true) DiskType type,
        @Flag(value = "readonly", since = "0.6.0", doc = "the guest cannot write to the disk")
        @Json(value = "readOnly", omitEmpty = true) boolean readOnly,
        @Option(value = "deviceId", since = "0.1.0", doc = "identifier of the disk in the guest")
        @Json(value = "deviceIdentifier", omitEmpty = true) String deviceId) implements Device {

    /** A writable disk backed by the image at {@code path}. */
    public static VirtioBlk of(String path) {
        return builder().path(path).build();
    }

    /** An empty builder. */
    public static VirtioBlkBuilder builder() {
        return new VirtioBlkBuilder();
    }

    /** A builder holding this device's options, to derive a variant. */
    public VirtioBlkBuilder toBuilder() {
        return VirtioBlkBuilder.from(this);
    }
}
