package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Flag;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitDevice;

/**
 * An NVM Express controller with one disk: {@code --device nvme,path=disk.img}.
 *
 * @param path the disk image or block device
 * @param type what backs the disk; null means an image
 * @param readOnly whether the guest sees the disk read-only
 */
@VfkitDevice(name = "nvme", kind = "nvme", jsonDevName = true, since = "0.6.0",
        doc = "An NVM Express controller backed by a raw disk image or a block device.")
public record Nvme(
        @Option(value = "path", doc = "disk image or block device on the host")
        @Required @HostPath(HostPath.Kind.DISK_IMAGE) @Json(value = "imagePath", omitEmpty = true) String path,
        @Option(value = "type", emptyUnsets = true, since = "0.6.2",
                doc = "image (a disk image file) or dev (a block device)")
        @Json(value = "type", omitEmpty = true) DiskType type,
        @Flag(value = "readonly", doc = "the guest cannot write to the disk")
        @Json(value = "readOnly", omitEmpty = true) boolean readOnly) implements Device {

    /** A writable NVMe disk backed by the image at {@code path}. */
    public static Nvme of(String path) {
        return builder().path(path).build();
    }

    /** An empty builder. */
    public static NvmeBuilder builder() {
        return new NvmeBuilder();
    }

    /** A builder holding this device's options, to derive a variant. */
    public NvmeBuilder toBuilder() {
        return NvmeBuilder.from(this);
    }
}
