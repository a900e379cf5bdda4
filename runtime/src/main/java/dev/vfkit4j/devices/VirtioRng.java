package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.VfkitDevice;

/** A random number generator feeding entropy to the guest: {@code --device virtio-rng}. */
@VfkitDevice(name = "virtio-rng", kind = "virtiorng", doc = "A random number generator feeding entropy to the guest.")
public record VirtioRng() implements Device {

    /** A random number generator: {@code --device virtio-rng}, which has no options. */
    public static VirtioRng of() {
        return new VirtioRng();
    }

    /** An empty builder, for symmetry with the other devices: {@code build()} gives {@link #of()}. */
    public static VirtioRngBuilder builder() {
        return new VirtioRngBuilder();
    }

    /** A builder holding this device's options (none), to derive a variant. */
    public VirtioRngBuilder toBuilder() {
        return VirtioRngBuilder.from(this);
    }
}
