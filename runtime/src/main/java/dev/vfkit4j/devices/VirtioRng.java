package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.VfkitDevice;

/** A random number generator feeding entropy to the guest: {@code --device virtio-rng}. */
@VfkitDevice(name = "virtio-rng", kind = "virtiorng", doc = "A random number generator feeding entropy to the guest.")
public record VirtioRng() implements Device {
}
