package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.VfkitDevice;

/** A memory balloon, letting the host reclaim guest memory: {@code --device virtio-balloon}. */
@VfkitDevice(name = "virtio-balloon", kind = "virtioballoon", since = "0.6.1",
        doc = "A memory balloon device, letting the host reclaim guest memory.")
public record VirtioBalloon() implements Device {
}
