package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Choice;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Key;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitDevice;

/**
 * A keyboard or a pointing device for a VM with a graphical console: {@code --device virtio-input,keyboard}.
 *
 * @param type which input device
 */
@VfkitDevice(name = "virtio-input", kind = "virtioinput", since = "0.1.0", doc = "A keyboard or a pointing device.")
public record VirtioInput(
        @Choice(doc = "keyboard or pointing (a mouse)") @Required @Json("inputType") Type type) implements Device {

    /** The kinds of input device. */
    public enum Type {
        /** A mouse or similar. */
        @Key("pointing") POINTING,
        /** A keyboard. */
        @Key("keyboard") KEYBOARD
    }

    /** An input device of the given type. */
    public static VirtioInput of(Type type) {
        return builder().type(type).build();
    }

    /** A keyboard. */
    public static VirtioInput keyboard() {
        return new VirtioInput(Type.KEYBOARD);
    }

    /** A pointing device. */
    public static VirtioInput pointing() {
        return new VirtioInput(Type.POINTING);
    }

    /** An empty builder. */
    public static VirtioInputBuilder builder() {
        return new VirtioInputBuilder();
    }

    /** A builder holding this device's options, to derive a variant. */
    public VirtioInputBuilder toBuilder() {
        return VirtioInputBuilder.from(this);
    }
}
