package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.Checks;
import dev.vfkit4j.spi.ComponentBuilder;
import dev.vfkit4j.spi.Values;
import javax.annotation.processing.Generated;

/**
 * Builds a {@link TestNet} ({@code --device test-net}). Unset options take their defaults;
 * {@link #build()} checks
 * every rule and names the option at fault.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestNetBuilder implements ComponentBuilder<TestNet> {
    private boolean nat;

    private Integer fd;

    private String unixSocketPath;

    private Boolean vfkitMagic;

    private MacAddress mac;

    /**
     * An empty builder: every option unset.
     */
    public TestNetBuilder() {
    }

    /**
     * A builder holding every option of {@code device}, to derive a variant.
     */
    public static TestNetBuilder from(TestNet device) {
        TestNetBuilder builder = new TestNetBuilder();
        builder.nat = device.nat();
        builder.fd = device.fd();
        builder.unixSocketPath = device.unixSocketPath();
        builder.vfkitMagic = device.vfkitMagic();
        builder.mac = device.mac();
        return builder;
    }

    /**
     * Sets {@code nat}: NAT through the host.
     */
    public TestNetBuilder nat(boolean nat) {
        this.nat = nat;
        return this;
    }

    /**
     * Sets {@code fd=}: an open datagram socket.
     */
    public TestNetBuilder fd(Integer fd) {
        this.fd = fd;
        return this;
    }

    /**
     * Sets {@code unixSocketPath=}: a datagram socket on the host.
     */
    public TestNetBuilder unixSocketPath(String unixSocketPath) {
        this.unixSocketPath = unixSocketPath;
        return this;
    }

    /**
     * Sets {@code vfkitMagic=}: send the VFKT handshake. Default {@code on} when unixSocketPath is
     * set.
     */
    public TestNetBuilder vfkitMagic(boolean vfkitMagic) {
        this.vfkitMagic = vfkitMagic;
        return this;
    }

    /**
     * Sets {@code mac=}: the guest's MAC address.
     */
    public TestNetBuilder mac(MacAddress mac) {
        this.mac = mac;
        return this;
    }

    /**
     * Applies defaults, checks every rule and returns the device.
     *
     * @throws ConfigException naming the option at fault
     */
    @Override
    public TestNet build() {
        // Empty text is "not set", as the parser reads it: one spelling, null.
        String unixSocketPath = Values.textOrNull(this.unixSocketPath);
        // A default's condition looks at what the caller set (the fields), not at other defaults.
        Boolean vfkitMagic = this.vfkitMagic;
        if (vfkitMagic == null && Checks.isSet(this.unixSocketPath)) {
            vfkitMagic = true;
        }
        TestNet device = new TestNet(nat, fd, unixSocketPath, Boolean.TRUE.equals(vfkitMagic), mac);
        TestNetDescriptor.INSTANCE.validate(device);
        return device;
    }
}
