package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.OptionWriter;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Prints a {@link TestGpu} as {@code --device test-gpu,...}, exactly as vfkit spells it.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestGpuPrinter {
    private TestGpuPrinter() {
    }

    /**
     * Checks {@code device} and prints it as vfkit's argv: {@code [--device, test-gpu,...]}.
     *
     * @throws ConfigException when it breaks a rule or holds a value vfkit would read differently
     */
    public static List<String> toCmdLine(TestGpu device) {
        TestGpuDescriptor.INSTANCE.validate(device);
        OptionWriter out = new OptionWriter(ComponentRole.DEVICE, TestGpuDescriptor.NAME);
        out.option(TestGpuDescriptor.WIDTH, device.width());
        out.option(TestGpuDescriptor.HEIGHT, device.height());
        return out.toCmdLine();
    }
}
