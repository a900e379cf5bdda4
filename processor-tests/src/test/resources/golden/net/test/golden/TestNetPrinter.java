package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.OptionWriter;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Prints a {@link TestNet} as {@code --device test-net,...}, exactly as vfkit spells it.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestNetPrinter {
    private TestNetPrinter() {
    }

    /**
     * Checks {@code device} and prints it as vfkit's argv: {@code [--device, test-net,...]}.
     *
     * @throws ConfigException when it breaks a rule or holds a value vfkit would read differently
     */
    public static List<String> toCmdLine(TestNet device) {
        TestNetDescriptor.INSTANCE.validate(device);
        OptionWriter out = new OptionWriter(ComponentRole.DEVICE, TestNetDescriptor.NAME);
        // TestNet writes its own options (a legacy spelling)
        device.print(out);
        return out.toCmdLine();
    }
}
