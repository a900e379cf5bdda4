package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Flag;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitDevice;

/**
 * Rosetta for Linux guests, to run x86_64 binaries on Apple silicon: {@code --device rosetta,mountTag=rosetta,install}.
 *
 * @param mountTag the tag the guest mounts the Rosetta directory by
 * @param install whether vfkit installs Rosetta on the host when it is missing
 * @param ignoreIfMissing whether a missing Rosetta is ignored rather than an error
 */
@VfkitDevice(name = "rosetta", kind = "rosetta", since = "0.5.0", doc = "Rosetta for Linux guests on Apple silicon.")
public record Rosetta(
        @Option(value = "mountTag", doc = "tag the guest mounts the Rosetta share by") @Required String mountTag,
        @Flag(value = "install", doc = "install Rosetta on the host if it is missing")
        @Json("installRosetta") boolean install,
        @Flag(value = "ignore-if-missing", since = "0.6.0", doc = "start the VM without Rosetta if it is not installed")
        @Json("ignoreIfMissing") boolean ignoreIfMissing) implements Device {

    // No of(mountTag): whether vfkit installs a missing Rosetta is a choice the caller must see at the call site
    // (podman machine installs it; a VM that must not change the host does not).

    /** Rosetta shared under {@code mountTag}, installed on the host when missing: {@code rosetta,mountTag=...,install}. */
    public static Rosetta withInstall(String mountTag) {
        return builder().mountTag(mountTag).install(true).build();
    }

    /** Rosetta shared under {@code mountTag}, never installed: vfkit refuses to start when it is missing. */
    public static Rosetta withoutInstall(String mountTag) {
        return builder().mountTag(mountTag).build();
    }

    /** An empty builder. */
    public static RosettaBuilder builder() {
        return new RosettaBuilder();
    }

    /** A builder holding this device's options, to derive a variant. */
    public RosettaBuilder toBuilder() {
        return RosettaBuilder.from(this);
    }
}
