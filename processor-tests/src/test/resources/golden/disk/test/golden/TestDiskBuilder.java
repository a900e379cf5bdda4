package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.ComponentBuilder;
import dev.vfkit4j.spi.Values;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Builds a {@link TestDisk} ({@code --device test-blk}). Unset options take their defaults;
 * {@link #build()} checks
 * every rule and names the option at fault.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestDiskBuilder implements ComponentBuilder<TestDisk> {
    private String imagePath;

    private boolean readOnly;

    private String deviceId;

    private TestDisk.CachingMode cache;

    private Duration timeout;

    private Path log;

    /**
     * An empty builder: every option unset.
     */
    public TestDiskBuilder() {
    }

    /**
     * A builder holding every option of {@code device}, to derive a variant.
     */
    public static TestDiskBuilder from(TestDisk device) {
        TestDiskBuilder builder = new TestDiskBuilder();
        builder.imagePath = device.imagePath();
        builder.readOnly = device.readOnly();
        builder.deviceId = device.deviceId();
        builder.cache = device.cache();
        builder.timeout = device.timeout();
        builder.log = device.log();
        return builder;
    }

    /**
     * Sets {@code path=}: the disk image. Required.
     */
    public TestDiskBuilder imagePath(String imagePath) {
        this.imagePath = imagePath;
        return this;
    }

    /**
     * Sets {@code readonly}: the guest cannot write.
     */
    public TestDiskBuilder readOnly(boolean readOnly) {
        this.readOnly = readOnly;
        return this;
    }

    /**
     * Sets {@code deviceId=}: the serial number the guest sees.
     */
    public TestDiskBuilder deviceId(String deviceId) {
        this.deviceId = deviceId;
        return this;
    }

    /**
     * Sets {@code cache=}: host caching. One of {@code automatic|cached|uncached}.
     */
    public TestDiskBuilder cache(TestDisk.CachingMode cache) {
        this.cache = cache;
        return this;
    }

    /**
     * Sets {@code timeout=}: how long a request may take. Default {@code 15000}. From 1 to 3600000
     * ms.
     */
    public TestDiskBuilder timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /**
     * Sets {@code log=}: where the host writes the disk's log.
     */
    public TestDiskBuilder log(Path log) {
        this.log = log;
        return this;
    }

    /**
     * Applies defaults, checks every rule and returns the device.
     *
     * @throws ConfigException naming the option at fault
     */
    @Override
    public TestDisk build() {
        // Empty text is "not set", as the parser reads it: one spelling, null.
        String imagePath = Values.textOrNull(this.imagePath);
        String deviceId = Values.textOrNull(this.deviceId);
        Duration timeout = Objects.requireNonNullElse(this.timeout, Duration.ofMillis(15000L));
        TestDisk device = new TestDisk(imagePath, readOnly, deviceId, cache, timeout, log);
        TestDiskDescriptor.INSTANCE.validate(device);
        return device;
    }
}
