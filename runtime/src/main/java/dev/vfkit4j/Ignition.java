package dev.vfkit4j;

import dev.vfkit4j.spi.OptionWriter;
import java.util.List;

/**
 * An Ignition configuration (Fedora CoreOS, podman machine) that vfkit serves to the guest over vsock port 1024:
 * {@code --ignition /path/config.ign}.
 *
 * @param configPath the Ignition file on the host
 * @param socketPath the Unix socket vfkit serves it on; vfkit chooses one when null (JSON only)
 */
public record Ignition(String configPath, String socketPath) {
    /** The vsock port Ignition reads its configuration from, fixed in Ignition's source. */
    public static final long VSOCK_PORT = 1024;

    public Ignition {
        if (configPath == null || configPath.isEmpty()) {
            throw new ConfigException("--ignition", null, null, "the configuration path is required");
        }
        if (socketPath != null && socketPath.isEmpty()) {
            socketPath = null;
        }
    }

    /** The Ignition file at {@code configPath}. */
    public static Ignition of(String configPath) {
        return new Ignition(configPath, null);
    }

    /** {@code ["--ignition", configPath]}; refuses a path vfkit would split at a {@code ,}. */
    public List<String> toCmdLine() {
        OptionWriter.checkArgument("--ignition", null, configPath);
        if (configPath.indexOf(',') >= 0) {
            throw new ConfigException("--ignition", null, configPath,
                    "cannot be printed: vfkit splits the path on ',' and accepts only one");
        }
        return List.of("--ignition", configPath);
    }
}
