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
        out.option(TestDiskDescriptor.IMAGE_PATH, device.imagePath());
        out.option(TestDiskDescriptor.READ_ONLY, device.readOnly());
        out.option(TestDiskDescriptor.DEVICE_ID, device.deviceId());
        out.option(TestDiskDescriptor.CACHE, device.cache());
        out.option(TestDiskDescriptor.TIMEOUT, device.timeout());
        out.option(TestDiskDescriptor.LOG, device.log());
        return out.toCmdLine();
    }
}
