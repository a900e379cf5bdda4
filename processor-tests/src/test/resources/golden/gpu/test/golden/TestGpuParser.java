package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.RawOption;
import dev.vfkit4j.spi.Values;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Parses {@code --device test-gpu,...} into a {@link TestGpu}, splitting and checking options
 * exactly as vfkit does.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestGpuParser {
    /**
     * Every key {@code test-gpu} accepts, for the message about an unknown one.
     */
    private static final List<String> KEYS = List.of("width", "height");

    private TestGpuParser() {
    }

    /**
     * Reads the options that follow {@code test-gpu} in {@code --device test-gpu,<options>} (split
     * with {@link RawOption#split}) into a checked {@link TestGpu}. A repeated option keeps its
     * last value, as in vfkit.
     *
     * @throws ConfigException naming the option and value at fault
     */
    public static TestGpu fromOptions(List<RawOption> options) {
        TestGpuBuilder builder = new TestGpuBuilder();
        for (RawOption option : options) {
            switch (option.key()) {
                case "width" -> builder.width(TestGpuDescriptor.WIDTH.parse(option));
                case "height" -> builder.height(TestGpuDescriptor.HEIGHT.parse(option));
                default -> throw Values.unknownOption(TestGpuDescriptor.NAME, option, KEYS);
            }
        }
        return builder.build();
    }
}
