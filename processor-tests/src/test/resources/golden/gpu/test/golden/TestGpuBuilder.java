package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.Checks;
import dev.vfkit4j.spi.ComponentBuilder;
import javax.annotation.processing.Generated;

/**
 * Builds a {@link TestGpu} ({@code --device test-gpu}). Unset options take their defaults;
 * {@link #build()} checks
 * every rule and names the option at fault.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestGpuBuilder implements ComponentBuilder<TestGpu> {
    private Integer width;

    private Integer height;

    private Boolean usesGui;

    /**
     * An empty builder: every option unset.
     */
    public TestGpuBuilder() {
    }

    /**
     * A builder holding every option of {@code device}, to derive a variant.
     */
    public static TestGpuBuilder from(TestGpu device) {
        TestGpuBuilder builder = new TestGpuBuilder();
        builder.width = device.width();
        builder.height = device.height();
        builder.usesGui = device.usesGui();
        return builder;
    }

    /**
     * Sets {@code width=}. Required. Default {@code 800} unless height is set.
     */
    public TestGpuBuilder width(int width) {
        this.width = width;
        return this;
    }

    /**
     * Sets {@code height=}. Required. Default {@code 600} unless width is set.
     */
    public TestGpuBuilder height(int height) {
        this.height = height;
        return this;
    }

    /**
     * Sets JSON member {@code usesGUI}.
     */
    public TestGpuBuilder usesGui(boolean usesGui) {
        this.usesGui = usesGui;
        return this;
    }

    /**
     * Applies defaults, checks every rule and returns the device.
     *
     * @throws ConfigException naming the option at fault
     */
    @Override
    public TestGpu build() {
        // A default's condition looks at what the caller set (the fields), not at other defaults.
        Integer width = this.width;
        if (width == null && this.height == null) {
            width = 800;
        }
        Integer height = this.height;
        if (height == null && this.width == null) {
            height = 600;
        }
        Checks.required(TestGpuDescriptor.WIDTH, width);
        Checks.required(TestGpuDescriptor.HEIGHT, height);
        TestGpu device = new TestGpu(width, height, Boolean.TRUE.equals(usesGui));
        TestGpuDescriptor.INSTANCE.validate(device);
        return device;
    }
}
