package test.golden;

import dev.vfkit4j.MacAddress;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.AbstractComponentDescriptor;
import dev.vfkit4j.spi.Checks;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionReader;
import dev.vfkit4j.spi.OptionType;
import dev.vfkit4j.spi.OptionWriter;
import dev.vfkit4j.spi.Values;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Describes {@code --device test-net}: A network device.
 *
 * <p>Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.vfkit4j.spi.ComponentDescriptor}.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestNetDescriptor extends AbstractComponentDescriptor<TestNet> {
    /**
     * The device's name on vfkit's command line.
     */
    public static final String NAME = "test-net";

    /**
     * The device's {@code kind} in vfkit's JSON.
     */
    public static final String KIND = "testnet";

    /**
     * The option {@code nat}: NAT through the host.
     */
    public static final OptionDescriptor<TestNet, Boolean> NAT = OptionDescriptor.of(NAME, "nat",
            OptionType.FLAG, boolean.class, TestNet::nat, TestNetBuilder::nat)
            .key("nat")
            .doc("NAT through the host")
            .json("nat", true)
            .build();

    /**
     * The option {@code fd=}: an open datagram socket.
     */
    public static final OptionDescriptor<TestNet, Integer> FD = OptionDescriptor.of(NAME, "fd",
            OptionType.INT, Integer.class, TestNet::fd, TestNetBuilder::fd)
            .key("fd")
            .doc("an open datagram socket")
            .json("fd", true)
            .build();

    /**
     * The option {@code unixSocketPath=}: a datagram socket on the host.
     */
    public static final OptionDescriptor<TestNet, String> UNIX_SOCKET_PATH = OptionDescriptor.of(NAME,
            "unixSocketPath", OptionType.STRING, String.class, TestNet::unixSocketPath,
            TestNetBuilder::unixSocketPath)
            .key("unixSocketPath")
            .aliases("path")
            .doc("a datagram socket on the host")
            .json("unixSocketPath", true)
            .hostPath(HostPath.Kind.UNIX_SOCKET)
            .build();

    /**
     * The option {@code vfkitMagic=}: send the VFKT handshake.
     */
    public static final OptionDescriptor<TestNet, Boolean> VFKIT_MAGIC = OptionDescriptor.of(NAME,
            "vfkitMagic", OptionType.BOOLEAN, boolean.class, TestNet::vfkitMagic,
            TestNetBuilder::vfkitMagic)
            .key("vfkitMagic")
            .doc("send the VFKT handshake")
            .defaultValue("on", "when unixSocketPath is set")
            .build();

    /**
     * The option {@code mac=}: the guest's MAC address.
     */
    public static final OptionDescriptor<TestNet, MacAddress> MAC = OptionDescriptor.of(NAME, "mac",
            MacAddress.OPTION_TYPE, MacAddress.class, TestNet::mac, TestNetBuilder::mac)
            .key("mac")
            .doc("the guest's MAC address")
            .json("macAddress", true)
            .build();

    private static final List<OptionDescriptor<TestNet, ?>> OPTIONS = List.of(NAT, FD,
            UNIX_SOCKET_PATH, VFKIT_MAGIC, MAC);

    private static final List<ComponentDescriptor.SyntaxKey> SYNTAX_KEYS = List.of(
            new ComponentDescriptor.SyntaxKey("type", List.of("unixgram"),
                    "krunkit's spelling of a datagram socket"),
            new ComponentDescriptor.SyntaxKey("offloading", List.of("off"), ""));

    private static final List<ComponentDescriptor.ExclusiveGroup> EXCLUSIVE_GROUPS = List.of(
            new ComponentDescriptor.ExclusiveGroup(List.of("nat", "fd", "unixSocketPath"), true));

    private static final List<ComponentDescriptor.Requirement> REQUIREMENTS = List.of(
            new ComponentDescriptor.Requirement("path", "type"));

    private static final List<ComponentDescriptor.RefusedMember> REFUSED_JSON_MEMBERS = List.of(
            new ComponentDescriptor.RefusedMember("socket",
                    "it has lost the file descriptor; give it as \"fd\": N"));

    /**
     * Every key {@code test-net} accepts on the command line.
     */
    private static final List<String> KEYS = List.of("nat", "fd", "unixSocketPath", "path",
            "vfkitMagic", "mac", "type", "offloading");

    /**
     * The instance generated code uses; {@link java.util.ServiceLoader} makes its own.
     */
    public static final TestNetDescriptor INSTANCE = new TestNetDescriptor();

    /**
     * For {@link java.util.ServiceLoader}; code uses {@link #INSTANCE}.
     */
    public TestNetDescriptor() {
        super(ComponentRole.DEVICE, NAME, KIND, TestNet.class, OPTIONS);
    }

    @Override
    public String doc() {
        return "A network device.";
    }

    @Override
    public List<ComponentDescriptor.SyntaxKey> syntaxKeys() {
        return SYNTAX_KEYS;
    }

    @Override
    public List<ComponentDescriptor.ExclusiveGroup> exclusiveGroups() {
        return EXCLUSIVE_GROUPS;
    }

    @Override
    public List<ComponentDescriptor.Requirement> requirements() {
        return REQUIREMENTS;
    }

    @Override
    public List<ComponentDescriptor.RefusedMember> refusedJsonMembers() {
        return REFUSED_JSON_MEMBERS;
    }

    /**
     * Reads the options that follow {@code test-net} in {@code --device test-net,<options>} into a
     * checked {@link TestNet}. A repeated option keeps its last value, as in vfkit.
     */
    @Override
    public TestNet fromOptions(OptionReader options) {
        TestNetBuilder builder = new TestNetBuilder();
        while (options.next()) {
            switch (options.key(KEYS)) {
                case "nat" -> builder.nat(NAT.parse(options));
                case "fd" -> builder.fd(FD.parse(options));
                case "unixSocketPath",
                        "path" -> builder.unixSocketPath(UNIX_SOCKET_PATH.parse(options));
                case "vfkitMagic" -> builder.vfkitMagic(VFKIT_MAGIC.parse(options));
                case "mac" -> builder.mac(MAC.parse(options));
                case "type" -> Values.syntaxValue(NAME, options, List.of("unixgram"));
                case "offloading" -> Values.syntaxValue(NAME, options, List.of("off"));
                default -> throw options.unknownOption(NAME, KEYS);
            }
        }
        if (options.given("path") && !options.given("type")) {
            throw Checks.requires(NAME, "path", "type");
        }
        return builder.build();
    }

    @Override
    public void appendCmdLine(TestNet device, List<String> argv, OptionWriter out) {
        validate(device);
        out.start(ComponentRole.DEVICE, NAME);
        // TestNet writes its own options (a legacy spelling)
        device.print(out);
        argv.add(out.flag());
        argv.add(out.argument());
    }

    @Override
    public void validate(TestNet device) {
        Checks.notEmpty(UNIX_SOCKET_PATH, device.unixSocketPath());
        if ((device.nat() ? 1 : 0) + (device.fd() != null ? 1 : 0) +
                (Checks.isSet(device.unixSocketPath()) ? 1 : 0) != 1) {
            Checks.exclusive(NAME, EXCLUSIVE_GROUPS.get(0), new boolean[] {device.nat(),
                    device.fd() != null, Checks.isSet(device.unixSocketPath())}, List.of(NAT, FD,
                    UNIX_SOCKET_PATH));
        }
        device.checkMagic();
    }

    @Override
    public TestNetBuilder newBuilder() {
        return new TestNetBuilder();
    }
}
