package dev.vfkit4j.cli.custom;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitDevice;
import java.nio.file.Path;

/** A device of the tests' own whose options are {@link Path}s, to show that the schema covers that value type. */
@VfkitDevice(name = "host-log", kind = "hostlog", doc = "A log the host writes (a device of the tests' own).")
public record HostLog(
        @Option(value = "path", doc = "the log file") @Required Path path,
        @Option(value = "copy", doc = "a second file the log is copied to") Path copy) implements Device {
}
