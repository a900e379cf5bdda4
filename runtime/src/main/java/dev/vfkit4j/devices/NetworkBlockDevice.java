package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Default;
import dev.vfkit4j.annotations.Flag;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Key;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Range;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitDevice;
import java.time.Duration;

/**
 * A disk served by a Network Block Device server:
 * {@code --device nbd,uri=nbd://localhost:10809/export,deviceId=nbd0,timeout=5000,sync=none}. The URI's scheme is
 * {@code nbd}, {@code nbds}, {@code nbd+unix} or {@code nbds+unix}.
 *
 * @param uri the export's URI
 * @param readOnly whether the guest sees the disk read-only
 * @param deviceId the identifier the guest sees
 * @param timeout how long to wait for the server (whole milliseconds, at least 1); {@link Duration#ZERO} is "not
 *         set", Go's zero value that vfkit's JSON holds when a Go program never set it: printed without
 *         {@code timeout=} (so a command line read back gets vfkit's default, 15000 ms) and written as
 *         {@code "Timeout": 0}. The builder's default, when {@code timeout} is never called, is 15000 ms
 * @param sync how writes are synchronized with the server
 */
@VfkitDevice(name = "nbd", kind = "nbd", jsonDevName = true, since = "0.6.0",
        doc = "A disk served by a Network Block Device server.")
public record NetworkBlockDevice(
        @Option(value = "uri", doc = "URI of the export: nbd://, nbds://, nbd+unix:// or nbds+unix://")
        @Required @Json(value = "uri", omitEmpty = true) String uri,
        @Flag(value = "readonly", doc = "the guest cannot write to the disk")
        @Json(value = "readOnly", omitEmpty = true) boolean readOnly,
        @Option(value = "deviceId", doc = "identifier of the disk in the guest")
        @Json("DeviceIdentifier") String deviceId,
        @Option(value = "timeout", doc = "connection timeout in milliseconds")
        @Default("15000") @Range(min = 1, max = Integer.MAX_VALUE, zeroUnsets = true) @Json("Timeout")
        Duration timeout,
        @Option(value = "sync", doc = "full: writes are flushed to the server; none: they are not")
        @Default("full") @Json("SynchronizationMode") SyncMode sync) implements Device {

    /** A writable disk served at {@code uri} ({@code nbd://host:10809/export}), with the default timeout and sync. */
    public static NetworkBlockDevice of(String uri) {
        return builder().uri(uri).build();
    }

    /** How writes reach the server. */
    public enum SyncMode {
        /** Every write is synchronized with the server. */
        @Key("full") FULL,
        /** Writes are not synchronized. */
        @Key("none") NONE
    }

    /** An empty builder. */
    public static NetworkBlockDeviceBuilder builder() {
        return new NetworkBlockDeviceBuilder();
    }

    /** A builder holding this device's options, to derive a variant. */
    public NetworkBlockDeviceBuilder toBuilder() {
        return NetworkBlockDeviceBuilder.from(this);
    }
}
