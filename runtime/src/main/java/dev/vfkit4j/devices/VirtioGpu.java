package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Default;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Range;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitDevice;

/**
 * A graphics device: {@code --device virtio-gpu,width=1920,height=1080}. Without either dimension it is 800x600;
 * with only one, it is an error, as in vfkit. {@code --gui} shows it in a window ({@link #usesGui()}).
 *
 * @param width the display's width in pixels
 * @param height the display's height in pixels
 * @param usesGui whether vfkit shows this display in a window (set by {@code --gui}; JSON only)
 */
@VfkitDevice(name = "virtio-gpu", kind = "virtiogpu", since = "0.1.0",
        doc = "A graphics device, shown in a window with --gui.")
public record VirtioGpu(
        @Option(value = "width", doc = "width in pixels")
        @Required @Default(value = "800", unlessSet = "height") @Range(min = 1, max = Integer.MAX_VALUE) int width,
        @Option(value = "height", doc = "height in pixels")
        @Required @Default(value = "600", unlessSet = "width") @Range(min = 1, max = Integer.MAX_VALUE) int height,
        @Json("usesGUI") boolean usesGui) implements Device {

    /** A display of {@code width} x {@code height} pixels. */
    public static VirtioGpu of(int width, int height) {
        return builder().width(width).height(height).build();
    }

    /** An empty builder. */
    public static VirtioGpuBuilder builder() {
        return new VirtioGpuBuilder();
    }

    /** A builder holding this device's options, to derive a variant. */
    public VirtioGpuBuilder toBuilder() {
        return VirtioGpuBuilder.from(this);
    }
}
