package test.golden;

import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.AbstractComponentDescriptor;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionReader;
import dev.vfkit4j.spi.OptionType;
import dev.vfkit4j.spi.OptionWriter;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Describes {@code --device test-gpu}.
 *
 * <p>Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.vfkit4j.spi.ComponentDescriptor}.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestGpuDescriptor extends AbstractComponentDescriptor<TestGpu> {
    /**
     * The device's name on vfkit's command line.
     */
    public static final String NAME = "test-gpu";

    /**
     * The device's {@code kind} in vfkit's JSON.
     */
    public static final String KIND = "testgpu";

    /**
     * The option {@code width=}.
     */
    public static final OptionDescriptor<TestGpu, Integer> WIDTH = OptionDescriptor.of(NAME,
            "width", OptionType.INT, int.class, TestGpu::width, TestGpuBuilder::width)
            .key("width")
            .required()
            .defaultValue("800", "unless height is set")
            .build();

    /**
     * The option {@code height=}.
     */
    public static final OptionDescriptor<TestGpu, Integer> HEIGHT = OptionDescriptor.of(NAME,
            "height", OptionType.INT, int.class, TestGpu::height, TestGpuBuilder::height)
            .key("height")
            .required()
            .defaultValue("600", "unless width is set")
            .build();

    /**
     * The option JSON member {@code usesGUI}, not on the command line.
     */
    public static final OptionDescriptor<TestGpu, Boolean> USES_GUI = OptionDescriptor.of(NAME,
            "usesGui", OptionType.BOOLEAN, boolean.class, TestGpu::usesGui, TestGpuBuilder::usesGui)
            .json("usesGUI", false)
            .build();

    private static final List<OptionDescriptor<TestGpu, ?>> OPTIONS = List.of(WIDTH, HEIGHT,
            USES_GUI);

    /**
     * Every key {@code test-gpu} accepts on the command line.
     */
    private static final List<String> KEYS = List.of("width", "height");

    /**
     * The instance generated code uses; {@link java.util.ServiceLoader} makes its own.
     */
    public static final TestGpuDescriptor INSTANCE = new TestGpuDescriptor();

    /**
     * For {@link java.util.ServiceLoader}; code uses {@link #INSTANCE}.
     */
    public TestGpuDescriptor() {
        super(ComponentRole.DEVICE, NAME, KIND, TestGpu.class, OPTIONS);
    }

    /**
     * Reads the options that follow {@code test-gpu} in {@code --device test-gpu,<options>} into a
     * checked {@link TestGpu}. A repeated option keeps its last value, as in vfkit.
     */
    @Override
    public TestGpu fromOptions(OptionReader options) {
        TestGpuBuilder builder = new TestGpuBuilder();
        while (options.next()) {
            switch (options.key(KEYS)) {
                case "width" -> builder.width(WIDTH.parse(options));
                case "height" -> builder.height(HEIGHT.parse(options));
                default -> throw options.unknownOption(NAME, KEYS);
            }
        }
        return builder.build();
    }

    @Override
    public void appendCmdLine(TestGpu device, List<String> argv, OptionWriter out) {
        validate(device);
        out.start(ComponentRole.DEVICE, NAME);
        out.option(WIDTH, device.width());
        out.option(HEIGHT, device.height());
        argv.add(out.flag());
        argv.add(out.argument());
    }

    @Override
    public void validate(TestGpu device) {
    }

    @Override
    public TestGpuBuilder newBuilder() {
        return new TestGpuBuilder();
    }
}
