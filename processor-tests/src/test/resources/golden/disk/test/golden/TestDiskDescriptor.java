package test.golden;

import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.AbstractComponentDescriptor;
import dev.vfkit4j.spi.Checks;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.EnumKeys;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionType;
import dev.vfkit4j.spi.RawOption;
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

    private static final List<OptionDescriptor<TestDisk>> OPTIONS = List.of(
            OptionDescriptor.<TestDisk>of("imagePath", OptionType.STRING, String.class,
                    TestDisk::imagePath)
                    .key("path")
                    .doc("the disk image")
                    .required()
                    .json("imagePath", false)
                    .hostPath(HostPath.Kind.DISK_IMAGE)
                    .build(),
            OptionDescriptor.<TestDisk>of("readOnly", OptionType.FLAG, boolean.class,
                    TestDisk::readOnly)
                    .key("readonly")
                    .doc("the guest cannot write")
                    .json("readOnly", true)
                    .build(),
            OptionDescriptor.<TestDisk>of("deviceId", OptionType.STRING, String.class,
                    TestDisk::deviceId)
                    .key("deviceId")
                    .doc("the serial number the guest sees")
                    .json("deviceIdentifier", true)
                    .build(),
            OptionDescriptor.<TestDisk>of("cache", OptionType.ENUM, TestDisk.CachingMode.class,
                    TestDisk::cache)
                    .key("cache")
                    .doc("host caching")
                    .enumKeys(CACHING_MODE_KEYS)
                    .json("cachingMode", true)
                    .build(),
            OptionDescriptor.<TestDisk>of("timeout", OptionType.DURATION, Duration.class,
                    TestDisk::timeout)
                    .key("timeout")
                    .doc("how long a request may take")
                    .defaultValue("15000", "")
                    .range(1L, 3600000L)
                    .json("timeout", false)
                    .build());

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

    @Override
    public TestDisk fromOptions(List<RawOption> options) {
        return TestDiskParser.fromOptions(options);
    }

    @Override
    public List<String> toCmdLine(TestDisk device) {
        return TestDiskPrinter.toCmdLine(device);
    }

    @Override
    public void validate(TestDisk device) {
        Checks.required(NAME, "path", device.imagePath());
        Checks.required(NAME, "timeout", device.timeout());
        Checks.range(NAME, "timeout", device.timeout(), 1L, 3600000L);
    }

    @Override
    public TestDiskBuilder newBuilder() {
        return new TestDiskBuilder();
    }
}
