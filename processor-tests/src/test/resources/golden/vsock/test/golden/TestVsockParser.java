package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.RawOption;
import dev.vfkit4j.spi.Values;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Parses {@code --device test-vsock,...} into a {@link TestVsock}, splitting and checking options
 * exactly as vfkit does.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestVsockParser {
    /**
     * Every key {@code test-vsock} accepts, for the message about an unknown one.
     */
    private static final List<String> KEYS = List.of("port", "socketURL", "listen", "connect");

    private TestVsockParser() {
    }

    /**
     * Reads the options that follow {@code test-vsock} in {@code --device test-vsock,<options>}
     * (split with {@link RawOption#split}) into a checked {@link TestVsock}. A repeated option
     * keeps its last value, as in vfkit.
     *
     * @throws ConfigException naming the option and value at fault
     */
    public static TestVsock fromOptions(List<RawOption> options) {
        TestVsockBuilder builder = new TestVsockBuilder();
        for (RawOption option : options) {
            switch (option.key()) {
                case "port" -> builder.port(TestVsockDescriptor.PORT.parse(option));
                case "socketURL" -> builder.socketUrl(TestVsockDescriptor.SOCKET_URL.parse(option));
                case "listen",
                        "connect" -> builder.direction(TestVsockDescriptor.DIRECTION.parse(option));
                default -> throw Values.unknownOption(TestVsockDescriptor.NAME, option, KEYS);
            }
        }
        return builder.build();
    }
}
