package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.OptionWriter;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Prints a {@link TestVsock} as {@code --device test-vsock,...}, exactly as vfkit spells it.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestVsockPrinter {
    private TestVsockPrinter() {
    }

    /**
     * Checks {@code device} and prints it as vfkit's argv: {@code [--device, test-vsock,...]}.
     *
     * @throws ConfigException when it breaks a rule or holds a value vfkit would read differently
     */
    public static List<String> toCmdLine(TestVsock device) {
        TestVsockDescriptor.INSTANCE.validate(device);
        OptionWriter out = new OptionWriter(ComponentRole.DEVICE, TestVsockDescriptor.NAME);
        out.option(TestVsockDescriptor.PORT, device.port());
        out.option(TestVsockDescriptor.SOCKET_URL, device.socketUrl());
        out.option(TestVsockDescriptor.DIRECTION, device.direction());
        return out.toCmdLine();
    }
}
