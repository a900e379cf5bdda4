package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.RawOption;
import dev.vfkit4j.spi.Values;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Parses {@code --device test-blk,...} into a {@link TestDisk}, splitting and checking options
 * exactly as vfkit does.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestDiskParser {
    /**
     * Every key {@code test-blk} accepts, for the message about an unknown one.
     */
    private static final List<String> KEYS = List.of("path", "readonly", "deviceId", "cache",
            "timeout", "log");

    private TestDiskParser() {
    }

    /**
     * Reads the options that follow {@code test-blk} in {@code --device test-blk,<options>} (split
     * with {@link RawOption#split}) into a checked {@link TestDisk}. A repeated option keeps its
     * last value, as in vfkit.
     *
     * @throws ConfigException naming the option and value at fault
     */
    public static TestDisk fromOptions(List<RawOption> options) {
        TestDiskBuilder builder = new TestDiskBuilder();
        for (RawOption option : options) {
            switch (option.key()) {
                case "path" -> builder.imagePath(TestDiskDescriptor.IMAGE_PATH.parse(option));
                case "readonly" -> builder.readOnly(TestDiskDescriptor.READ_ONLY.parse(option));
                case "deviceId" -> builder.deviceId(TestDiskDescriptor.DEVICE_ID.parse(option));
                case "cache" -> builder.cache(TestDiskDescriptor.CACHE.parse(option));
                case "timeout" -> builder.timeout(TestDiskDescriptor.TIMEOUT.parse(option));
                case "log" -> builder.log(TestDiskDescriptor.LOG.parse(option));
                default -> throw Values.unknownOption(TestDiskDescriptor.NAME, option, KEYS);
            }
        }
        return builder.build();
    }
}
