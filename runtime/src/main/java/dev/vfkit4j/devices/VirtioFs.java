package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitDevice;

/**
 * A host directory shared with the guest: {@code --device virtio-fs,sharedDir=/Users,mountTag=home}; the guest
 * mounts it with {@code mount -t virtiofs home /mnt}.
 *
 * @param sharedDir the directory on the host
 * @param mountTag the tag the guest mounts it by
 */
@VfkitDevice(name = "virtio-fs", kind = "virtiofs", since = "0.0.2", doc = "A host directory shared with the guest.")
public record VirtioFs(
        @Option(value = "sharedDir", doc = "directory on the host to share")
        @Required @HostPath(HostPath.Kind.DIRECTORY) String sharedDir,
        @Option(value = "mountTag", doc = "tag the guest mounts the share by") String mountTag) implements Device {

    /** Shares {@code sharedDir} under {@code mountTag}. */
    public static VirtioFs of(String sharedDir, String mountTag) {
        return builder().sharedDir(sharedDir).mountTag(mountTag).build();
    }

    /** An empty builder. */
    public static VirtioFsBuilder builder() {
        return new VirtioFsBuilder();
    }

    /** A builder holding this device's options, to derive a variant. */
    public VirtioFsBuilder toBuilder() {
        return VirtioFsBuilder.from(this);
    }
}
