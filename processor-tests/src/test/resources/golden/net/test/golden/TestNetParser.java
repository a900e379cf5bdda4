package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.Checks;
import dev.vfkit4j.spi.RawOption;
import dev.vfkit4j.spi.Values;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Parses {@code --device test-net,...} into a {@link TestNet}, splitting and checking options
 * exactly as vfkit does.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestNetParser {
    /**
     * Every key {@code test-net} accepts, for the message about an unknown one.
     */
    private static final List<String> KEYS = List.of("nat", "fd", "unixSocketPath", "path",
            "vfkitMagic", "mac", "type", "offloading");

    private TestNetParser() {
    }

    /**
     * Reads the options that follow {@code test-net} in {@code --device test-net,<options>} (split
     * with {@link RawOption#split}) into a checked {@link TestNet}. A repeated option keeps its
     * last value, as in vfkit.
     *
     * @throws ConfigException naming the option and value at fault
     */
    public static TestNet fromOptions(List<RawOption> options) {
        TestNetBuilder builder = new TestNetBuilder();
        Set<String> given = new HashSet<>();
        for (RawOption option : options) {
            given.add(option.key());
            switch (option.key()) {
                case "nat" -> builder.nat(TestNetDescriptor.NAT.parse(option));
                case "fd" -> builder.fd(TestNetDescriptor.FD.parse(option));
                case "unixSocketPath",
                        "path" -> builder.unixSocketPath(TestNetDescriptor.UNIX_SOCKET_PATH.parse(option));
                case "vfkitMagic" -> builder.vfkitMagic(TestNetDescriptor.VFKIT_MAGIC.parse(option));
                case "mac" -> builder.mac(TestNetDescriptor.MAC.parse(option));
                case "type" -> Values.syntaxValue(TestNetDescriptor.NAME, option,
                        List.of("unixgram"));
                case "offloading" -> Values.syntaxValue(TestNetDescriptor.NAME, option,
                        List.of("off"));
                default -> throw Values.unknownOption(TestNetDescriptor.NAME, option, KEYS);
            }
        }
        if (given.contains("path") && !given.contains("type")) {
            throw Checks.requires(TestNetDescriptor.NAME, "path", "type");
        }
        return builder.build();
    }
}
