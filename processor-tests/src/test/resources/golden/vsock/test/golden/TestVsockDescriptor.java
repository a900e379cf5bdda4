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
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Describes {@code --device test-vsock}: A vsock channel, exposed on the host as a Unix socket.
 *
 * <p>Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.vfkit4j.spi.ComponentDescriptor}.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestVsockDescriptor extends AbstractComponentDescriptor<TestVsock> {
    /**
     * The device's name on vfkit's command line.
     */
    public static final String NAME = "test-vsock";

    /**
     * The device's {@code kind} in vfkit's JSON.
     */
    public static final String KIND = "testvsock";

    /**
     * How vfkit spells each {@link TestVsock.Direction}.
     */
    public static final EnumKeys<TestVsock.Direction> DIRECTION_KEYS = new EnumKeys<>(
            List.of(TestVsock.Direction.LISTEN, TestVsock.Direction.CONNECT),
            List.of("listen", "connect"));

    /**
     * The option {@code port=}: vsock port of the guest side.
     */
    public static final OptionDescriptor<TestVsock, Long> PORT = OptionDescriptor.of(NAME, "port",
            OptionType.LONG, long.class, TestVsock::port, TestVsockBuilder::port)
            .key("port")
            .doc("vsock port of the guest side")
            .required()
            .range(1L, 4294967295L)
            .noPlusSign()
            .build();

    /**
     * The option {@code socketURL=}: path of the Unix socket on the host.
     */
    public static final OptionDescriptor<TestVsock, String> SOCKET_URL = OptionDescriptor.of(NAME,
            "socketUrl", OptionType.STRING, String.class, TestVsock::socketUrl,
            TestVsockBuilder::socketUrl)
            .key("socketURL")
            .doc("path of the Unix socket on the host")
            .required()
            .hostPath(HostPath.Kind.UNIX_SOCKET)
            .build();

    /**
     * The option {@code listen|connect}: who connects to whom.
     */
    public static final OptionDescriptor<TestVsock, TestVsock.Direction> DIRECTION = OptionDescriptor.of(NAME,
            "direction", OptionType.CHOICE, TestVsock.Direction.class, TestVsock::direction,
            TestVsockBuilder::direction)
            .key("listen|connect")
            .doc("who connects to whom")
            .defaultValue("listen", "")
            .enumKeys(DIRECTION_KEYS)
            .json("listen", true)
            .jsonTrueFor("listen")
            .build();

    private static final List<OptionDescriptor<TestVsock, ?>> OPTIONS = List.of(PORT, SOCKET_URL,
            DIRECTION);

    /**
     * Every key {@code test-vsock} accepts on the command line.
     */
    private static final List<String> KEYS = List.of("port", "socketURL", "listen", "connect");

    /**
     * The instance generated code uses; {@link java.util.ServiceLoader} makes its own.
     */
    public static final TestVsockDescriptor INSTANCE = new TestVsockDescriptor();

    /**
     * For {@link java.util.ServiceLoader}; code uses {@link #INSTANCE}.
     */
    public TestVsockDescriptor() {
        super(ComponentRole.DEVICE, NAME, KIND, TestVsock.class, OPTIONS);
    }

    @Override
    public String doc() {
        return "A vsock channel, exposed on the host as a Unix socket.";
    }

    /**
     * Reads the options that follow {@code test-vsock} in {@code --device test-vsock,<options>}
     * into a checked {@link TestVsock}. A repeated option keeps its last value, as in vfkit.
     */
    @Override
    public TestVsock fromOptions(OptionReader options) {
        TestVsockBuilder builder = new TestVsockBuilder();
        while (options.next()) {
            switch (options.key(KEYS)) {
                case "port" -> builder.port(PORT.parse(options));
                case "socketURL" -> builder.socketUrl(SOCKET_URL.parse(options));
                case "listen", "connect" -> builder.direction(DIRECTION.parse(options));
                default -> throw options.unknownOption(NAME, KEYS);
            }
        }
        return builder.build();
    }

    @Override
    public void appendCmdLine(TestVsock device, List<String> argv, OptionWriter out) {
        validate(device);
        out.start(ComponentRole.DEVICE, NAME);
        out.option(PORT, device.port());
        out.option(SOCKET_URL, device.socketUrl());
        out.option(DIRECTION, device.direction());
        argv.add(out.flag());
        argv.add(out.argument());
    }

    @Override
    public void validate(TestVsock device) {
        Checks.range(PORT, device.port(), 1L, 4294967295L);
        Checks.required(SOCKET_URL, device.socketUrl());
        Checks.required(DIRECTION, device.direction());
    }

    @Override
    public TestVsockBuilder newBuilder() {
        return new TestVsockBuilder();
    }
}
