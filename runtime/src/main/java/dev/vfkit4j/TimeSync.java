package dev.vfkit4j;

import dev.vfkit4j.spi.OptionReader;
import dev.vfkit4j.spi.Values;
import java.util.List;

/**
 * Keeps the guest's clock in step after the host sleeps, through qemu-guest-agent listening on a vsock port:
 * {@code --timesync vsockPort=1234}.
 *
 * @param vsockPort the guest agent's vsock port, from 1 to 2^32 - 1
 */
public record TimeSync(long vsockPort) {
    private static final String FLAG = "--timesync";
    private static final long MAX_PORT = 0xFFFF_FFFFL;
    private static final List<String> KEYS = List.of("vsockPort");

    public TimeSync {
        if (vsockPort < 1 || vsockPort > MAX_PORT) {
            throw new ConfigException(FLAG, "vsockPort", Long.toString(vsockPort), "out of range (from 1 to "
                    + MAX_PORT + ")");
        }
    }

    /** Parses the value of {@code --timesync}, e.g. {@code vsockPort=1234}. */
    public static TimeSync fromCmdLine(String value) {
        Long port = null;
        OptionReader option = OptionReader.of(value);
        while (option.next()) {
            if (!option.key(KEYS).equals("vsockPort")) {
                throw option.unknownOption(FLAG, KEYS);
            }
            port = Values.longValue(FLAG, option, 0, MAX_PORT, false);
        }
        if (port == null || port == 0) {
            throw new ConfigException(FLAG, "vsockPort", port == null ? null : "0", "a vsock port from 1 to "
                    + MAX_PORT + " is required");
        }
        return new TimeSync(port);
    }

    /** {@code ["--timesync", "vsockPort=1234"]}. */
    public List<String> toCmdLine() {
        return List.of(FLAG, "vsockPort=" + vsockPort);
    }
}
