package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.RawOption;
import dev.vfkit4j.spi.Values;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Parses {@code --bootloader test-linux,...} into a {@link TestLinux}, splitting and checking
 * options exactly as vfkit does.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestLinuxParser {
    /**
     * Every key {@code test-linux} accepts, for the message about an unknown one.
     */
    private static final List<String> KEYS = List.of("kernel", "cmdline", "initrd");

    private TestLinuxParser() {
    }

    /**
     * Reads the options that follow {@code test-linux} in {@code --bootloader test-linux,<options>}
     * (split with vfkit's quote-aware splitting, each segment read with
     * {@link RawOption#ofSegment}) into a checked {@link TestLinux}. A repeated option keeps its
     * last value, as in vfkit.
     *
     * @throws ConfigException naming the option and value at fault
     */
    public static TestLinux fromOptions(List<RawOption> options) {
        TestLinuxBuilder builder = new TestLinuxBuilder();
        for (RawOption option : options) {
            switch (option.key()) {
                case "kernel" -> builder.kernel(TestLinuxDescriptor.KERNEL.parse(option));
                case "cmdline" -> builder.commandLine(TestLinuxDescriptor.COMMAND_LINE.parse(option));
                case "initrd" -> builder.initrd(TestLinuxDescriptor.INITRD.parse(option));
                default -> throw Values.unknownOption(TestLinuxDescriptor.NAME, option, KEYS);
            }
        }
        return builder.build();
    }
}
