package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.VfkitDevice;

/** A memory balloon, letting the host reclaim guest memory: {@code --device virtio-balloon}. */
@VfkitDevice(name = "virtio-balloon", kind = "virtioballoon", since = "0.6.1",
        doc = "A memory balloon device, letting the host reclaim guest memory.")
public record VirtioBalloon() implements Device {

    /** A memory balloon: {@code --device virtio-balloon}, which has no options. */
    public static VirtioBalloon of() {
        return new VirtioBalloon();
    }

    /** An empty builder, for symmetry with the other devices: {@code build()} gives {@link #of()}. */
    public static VirtioBalloonBuilder builder() {
        return new VirtioBalloonBuilder();
    }

    /** A builder holding this device's options (none), to derive a variant. */
    public VirtioBalloonBuilder toBuilder() {
        return VirtioBalloonBuilder.from(this);
    }
}
