package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.OptionWriter;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Prints a {@link TestDisk} as {@code --device test-blk,...}, exactly as vfkit spells it.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestDiskPrinter {
    private TestDiskPrinter() {
    }

    /**
     * Checks {@code device} and prints it as vfkit's argv: {@code [--device, test-blk,...]}.
     *
     * @throws ConfigException when it breaks a rule or holds a value vfkit would read differently
     */
    public static List<String> toCmdLine(TestDisk device) {
        TestDiskDescriptor.INSTANCE.validate(device);
        OptionWriter out = new OptionWriter(ComponentRole.DEVICE, TestDiskDescriptor.NAME);
        out.option("path", device.imagePath());
        if (device.readOnly()) {
            out.flag("readonly");
        }
        out.option("deviceId", device.deviceId());
        if (device.cache() != null) {
            out.option("cache", TestDiskDescriptor.CACHING_MODE_KEYS.keyOf(device.cache()));
        }
        out.option("timeout", device.timeout().toMillis());
        return out.toCmdLine();
    }
}
