package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.Checks;
import dev.vfkit4j.spi.ComponentBuilder;
import dev.vfkit4j.spi.Values;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Builds a {@link TestVsock} ({@code --device test-vsock}). Unset options take their defaults;
 * {@link #build()} checks
 * every rule and names the option at fault.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestVsockBuilder implements ComponentBuilder<TestVsock> {
    private Long port;

    private String socketUrl;

    private TestVsock.Direction direction;

    /**
     * An empty builder: every option unset.
     */
    public TestVsockBuilder() {
    }

    /**
     * A builder holding every option of {@code device}, to derive a variant.
     */
    public static TestVsockBuilder from(TestVsock device) {
        TestVsockBuilder builder = new TestVsockBuilder();
        builder.port = device.port();
        builder.socketUrl = device.socketUrl();
        builder.direction = device.direction();
        return builder;
    }

    /**
     * Sets {@code port=}: vsock port of the guest side. Required. From 1 to 4294967295.
     */
    public TestVsockBuilder port(long port) {
        this.port = port;
        return this;
    }

    /**
     * Sets {@code socketURL=}: path of the Unix socket on the host. Required.
     */
    public TestVsockBuilder socketUrl(String socketUrl) {
        this.socketUrl = socketUrl;
        return this;
    }

    /**
     * Sets {@code listen|connect}: who connects to whom. Default {@code listen}. One of
     * {@code listen|connect}.
     */
    public TestVsockBuilder direction(TestVsock.Direction direction) {
        this.direction = direction;
        return this;
    }

    /**
     * Applies defaults, checks every rule and returns the device.
     *
     * @throws ConfigException naming the option at fault
     */
    @Override
    public TestVsock build() {
        // Empty text is "not set", as the parser reads it: one spelling, null.
        String socketUrl = Values.textOrNull(this.socketUrl);
        TestVsock.Direction direction = Objects.requireNonNullElse(this.direction,
                TestVsock.Direction.LISTEN);
        Checks.required(TestVsockDescriptor.PORT, port);
        TestVsock device = new TestVsock(port, socketUrl, direction);
        TestVsockDescriptor.INSTANCE.validate(device);
        return device;
    }
}
