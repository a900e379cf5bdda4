package test.golden;

import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.AbstractComponentDescriptor;
import dev.vfkit4j.spi.Checks;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.EnumKeys;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionReader;
import dev.vfkit4j.spi.OptionType;
import dev.vfkit4j.spi.OptionWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Describes {@code --device test-blk}: A disk image exposed to the guest.
 *
 * <p>Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.vfkit4j.spi.ComponentDescriptor}.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestDiskDescriptor extends AbstractComponentDescriptor<TestDisk> {
    /**
     * The device's name on vfkit's command line.
     */
    public static final String NAME = "test-blk";

    /**
     * The device's {@code kind} in vfkit's JSON.
     */
    public static final String KIND = "testblk";

    /**
     * How vfkit spells each {@link TestDisk.CachingMode}.
     */
    public static final EnumKeys<TestDisk.CachingMode> CACHING_MODE_KEYS = new EnumKeys<>(
            List.of(TestDisk.CachingMode.AUTOMATIC, TestDisk.CachingMode.CACHED,
                    TestDisk.CachingMode.UNCACHED),
            List.of("automatic", "cached", "uncached"));

    /**
     * The option {@code path=}: the disk image.
     */
    public static final OptionDescriptor<TestDisk, String> IMAGE_PATH = OptionDescriptor.of(NAME,
            "imagePath", OptionType.STRING, String.class, TestDisk::imagePath,
            TestDiskBuilder::imagePath)
            .key("path")
            .doc("the disk image")
            .required()
            .json("imagePath", false)
            .hostPath(HostPath.Kind.DISK_IMAGE)
            .build();

    /**
     * The option {@code readonly}: the guest cannot write.
     */
    public static final OptionDescriptor<TestDisk, Boolean> READ_ONLY = OptionDescriptor.of(NAME,
            "readOnly", OptionType.FLAG, boolean.class, TestDisk::readOnly,
            TestDiskBuilder::readOnly)
            .key("readonly")
            .doc("the guest cannot write")
            .json("readOnly", true)
            .build();

    /**
     * The option {@code deviceId=}: the serial number the guest sees.
     */
    public static final OptionDescriptor<TestDisk, String> DEVICE_ID = OptionDescriptor.of(NAME,
            "deviceId", OptionType.STRING, String.class, TestDisk::deviceId,
            TestDiskBuilder::deviceId)
            .key("deviceId")
            .doc("the serial number the guest sees")
            .json("deviceIdentifier", true)
            .build();

    /**
     * The option {@code cache=}: host caching.
     */
    public static final OptionDescriptor<TestDisk, TestDisk.CachingMode> CACHE = OptionDescriptor.of(NAME,
            "cache", OptionType.ENUM, TestDisk.CachingMode.class, TestDisk::cache,
            TestDiskBuilder::cache)
            .key("cache")
            .doc("host caching")
            .enumKeys(CACHING_MODE_KEYS)
            .emptyUnsets()
            .json("cachingMode", true)
            .build();

    /**
     * The option {@code timeout=}: how long a request may take.
     */
    public static final OptionDescriptor<TestDisk, Duration> TIMEOUT = OptionDescriptor.of(NAME,
            "timeout", OptionType.DURATION, Duration.class, TestDisk::timeout,
            TestDiskBuilder::timeout)
            .key("timeout")
            .doc("how long a request may take")
            .defaultValue("15000", "")
            .range(1L, 3600000L)
            .build();

    /**
     * The option {@code log=}: where the host writes the disk's log.
     */
    public static final OptionDescriptor<TestDisk, Path> LOG = OptionDescriptor.of(NAME, "log",
            OptionType.PATH, Path.class, TestDisk::log, TestDiskBuilder::log)
            .key("log")
            .doc("where the host writes the disk's log")
            .json("logPath", true)
            .hostPath(HostPath.Kind.OUTPUT_FILE)
            .build();

    private static final List<OptionDescriptor<TestDisk, ?>> OPTIONS = List.of(IMAGE_PATH,
            READ_ONLY, DEVICE_ID, CACHE, TIMEOUT, LOG);

    /**
     * Every key {@code test-blk} accepts on the command line.
     */
    private static final List<String> KEYS = List.of("path", "readonly", "deviceId", "cache",
            "timeout", "log");

    /**
     * The instance generated code uses; {@link java.util.ServiceLoader} makes its own.
     */
    public static final TestDiskDescriptor INSTANCE = new TestDiskDescriptor();

    /**
     * For {@link java.util.ServiceLoader}; code uses {@link #INSTANCE}.
     */
    public TestDiskDescriptor() {
        super(ComponentRole.DEVICE, NAME, KIND, TestDisk.class, OPTIONS);
    }

    @Override
    public String doc() {
        return "A disk image exposed to the guest.";
    }

    @Override
    public boolean jsonDevName() {
        return true;
    }

    /**
     * Reads the options that follow {@code test-blk} in {@code --device test-blk,<options>} into a
     * checked {@link TestDisk}. A repeated option keeps its last value, as in vfkit.
     */
    @Override
    public TestDisk fromOptions(OptionReader options) {
        TestDiskBuilder builder = new TestDiskBuilder();
        while (options.next()) {
            switch (options.key(KEYS)) {
                case "path" -> builder.imagePath(IMAGE_PATH.parse(options));
                case "readonly" -> builder.readOnly(READ_ONLY.parse(options));
                case "deviceId" -> builder.deviceId(DEVICE_ID.parse(options));
                case "cache" -> builder.cache(CACHE.parse(options));
                case "timeout" -> builder.timeout(TIMEOUT.parse(options));
                case "log" -> builder.log(LOG.parse(options));
                default -> throw options.unknownOption(NAME, KEYS);
            }
        }
        return builder.build();
    }

    @Override
    public void appendCmdLine(TestDisk device, List<String> argv, OptionWriter out) {
        validate(device);
        out.start(ComponentRole.DEVICE, NAME);
        out.option(IMAGE_PATH, device.imagePath());
        out.option(READ_ONLY, device.readOnly());
        out.option(DEVICE_ID, device.deviceId());
        out.option(CACHE, device.cache());
        out.option(TIMEOUT, device.timeout());
        out.option(LOG, device.log());
        argv.add(out.flag());
        argv.add(out.argument());
    }

    @Override
    public void validate(TestDisk device) {
        Checks.required(IMAGE_PATH, device.imagePath());
        Checks.notEmpty(DEVICE_ID, device.deviceId());
        Checks.required(TIMEOUT, device.timeout());
        Checks.range(TIMEOUT, device.timeout(), 1L, 3600000L);
    }

    @Override
    public TestDiskBuilder newBuilder() {
        return new TestDiskBuilder();
    }
}
