package dev.vfkit4j.devices;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.annotations.Default;
import dev.vfkit4j.annotations.Exclusive;
import dev.vfkit4j.annotations.Flag;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.JsonRefused;
import dev.vfkit4j.annotations.Key;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Printer;
import dev.vfkit4j.annotations.Range;
import dev.vfkit4j.annotations.Requires;
import dev.vfkit4j.annotations.VfkitDevice;
import dev.vfkit4j.spi.Checks;
import dev.vfkit4j.spi.OptionWriter;
import java.util.List;

/**
 * A network interface: NAT ({@code --device virtio-net,nat}), a Unix datagram socket shared with a user-mode network
 * such as gvproxy ({@code virtio-net,unixSocketPath=/tmp/gvproxy.sock,mac=5a:94:ef:e4:0c:ee}), or a file descriptor
 * vfkit inherits ({@code fd=3}). Exactly one of the three.
 *
 * <p>The socket can also be given in krunkit's spelling, {@code type=unixgram,path=/tmp/net.sock}, optionally with
 * {@code vfkitMagic=on|off} and {@code offloading=off} (vfkit 0.6.2 and later). vfkit sends a "VFKT" handshake on the
 * socket unless {@code vfkitMagic=off}; the device prints {@code unixSocketPath=} when the handshake is on (every vfkit
 * since 0.1.0 reads it, as vfkit's own Go package prints it again since 0.6.3) and the krunkit spelling with
 * {@code vfkitMagic=off} when it is off, which needs vfkit 0.6.2. krunkit reads the handshake and offloading
 * differently ({@code unixSocketPath=} offloads, {@code type=unixgram} has no handshake by default), so for krunkit
 * the socket always prints as {@code type=unixgram,path=...,vfkitMagic=on|off} (krunkit 1.0.0).
 *
 * <p>krunkit (1.0.0 and later) also reads a Unix stream socket, {@code type=unixstream,path=/tmp/passt.sock}, and
 * {@code offloading=on}; vfkit reads neither, and vfkit's JSON has no member for them. A device using them prints in
 * krunkit's spelling, printing it for a vfkit target is refused, and so is writing it as JSON.
 *
 * @param nat whether the interface uses NAT
 * @param unixSocketPath the Unix datagram socket of a user-mode network on the host
 * @param fd a connected datagram socket vfkit inherits as this file descriptor
 * @param mac the interface's MAC address, or null for a random one
 * @param vfkitMagic with {@code unixSocketPath}: whether vfkit sends its handshake; null without a datagram socket
 * @param socketType {@link SocketType#UNIXSTREAM} for krunkit's stream socket; null for a datagram socket
 * @param offloading true for krunkit's {@code offloading=on}; null otherwise (vfkit never offloads)
 */
@VfkitDevice(name = "virtio-net", kind = "virtionet",
        doc = "A network interface: NAT, a Unix datagram socket (gvproxy), or an inherited file descriptor.")
@Exclusive(value = {"nat", "fd", "unixSocketPath"}, required = true)
@Requires(key = "type", needs = "unixSocketPath")
@Requires(key = "path", needs = "type")
@Requires(key = "offloading", needs = "type")
// vfkit writes an inherited socket as "socket": {}, losing the number (and crashes reading it back); vfkit4j writes
// "fd": N instead (rule R17).
@JsonRefused(member = "socket", reason = "vfkit writes an inherited socket as \"socket\": {}, which has lost the"
        + " file descriptor; give it as \"fd\": N")
public record VirtioNet(
        @Flag(value = "nat", doc = "use NAT networking") @Json("nat") boolean nat,
        @Option(value = "unixSocketPath", aliases = "path", since = "0.1.0",
                doc = "Unix datagram socket on the host (alias: path)")
        @HostPath(HostPath.Kind.UNIX_SOCKET) @Json(value = "unixSocketPath", omitEmpty = true) String unixSocketPath,
        @Option(value = "fd", since = "0.1.0", doc = "file descriptor of a connected datagram socket vfkit inherits")
        @Range(min = 0, max = Integer.MAX_VALUE) @Json(value = "fd", omitEmpty = true) Integer fd,
        @Option(value = "mac", doc = "MAC address of the interface")
        @Json(value = "macAddress", omitEmpty = true) MacAddress mac,
        @Option(value = "vfkitMagic", since = "0.6.2", doc = "with a socket: whether vfkit sends its VFKT handshake")
        @Default(value = "on", ifSet = "unixSocketPath") @Json(value = "vfkitMagic", omitEmpty = true)
        Boolean vfkitMagic,
        // Both are krunkit's alone: "" as the JSON name says vfkit's JSON has no member for them.
        @Option(value = "type", since = "0.6.2",
                doc = "krunkit's spelling of the socket's type: unixgram (vfkit 0.6.2), or unixstream (krunkit only)")
        @Json("") SocketType socketType,
        @Option(value = "offloading", since = "0.6.2",
                doc = "with type: off (vfkit 0.6.2; vfkit never offloads), or on (krunkit only)")
        @Json("") Boolean offloading) implements Device {

    /** The kind of Unix socket behind {@code path}. */
    public enum SocketType {
        /** A datagram socket (gvproxy, vmnet-helper): what {@code unixSocketPath} always is. */
        @Key("unixgram") UNIXGRAM,
        /** A stream socket (passt, socket_vmnet): krunkit 1.0.0 and later; vfkit has none. */
        @Key("unixstream") UNIXSTREAM
    }

    public VirtioNet {
        // A datagram socket and no offloading are what unixSocketPath always meant: held as null, so that each
        // spelling of the same device is one value.
        if (socketType == SocketType.UNIXGRAM) {
            socketType = null;
        }
        if (Boolean.FALSE.equals(offloading)) {
            offloading = null;
        }
        // The handshake only exists on a datagram socket; elsewhere vfkit ignores the option and never writes it
        // (and krunkit refuses it on a stream socket).
        if (!Checks.isSet(unixSocketPath) || socketType == SocketType.UNIXSTREAM) {
            vfkitMagic = null;
        }
    }

    /** A device with vfkit's options only, as before krunkit's stream socket and offloading were modelled. */
    public VirtioNet(boolean nat, String unixSocketPath, Integer fd, MacAddress mac, Boolean vfkitMagic) {
        this(nat, unixSocketPath, fd, mac, vfkitMagic, null, null);
    }

    /**
     * This device as vfkit's command line.
     *
     * @throws ConfigException for a stream socket or offloading, which no vfkit reads (print the VM for
     *     {@code Target.krunkit(...)}); or as {@link Device#toCmdLine()}
     */
    @Override
    public List<String> toCmdLine() {
        requireVfkitSpelling();
        return Device.super.toCmdLine();
    }

    /**
     * Refuses a device that only krunkit reads, before it is printed for vfkit.
     *
     * @throws ConfigException for a stream socket or offloading
     */
    public void requireVfkitSpelling() {
        if (krunkitOnly()) {
            boolean stream = socketType != null;
            throw new ConfigException("virtio-net", stream ? "type" : "offloading", stream ? "unixstream" : "on",
                    (stream ? "a Unix stream socket" : "offloading") + " is not supported by vfkit (krunkit 1.0.0"
                    + " reads it: print for Target.krunkit(...))");
        }
    }

    /** Whether this device uses a spelling only krunkit reads: a stream socket or offloading. */
    public boolean krunkitOnly() {
        return socketType != null || offloading != null;
    }

    /** A NAT interface with a random MAC address. */
    public static VirtioNet withNat() {
        return builder().nat(true).build();
    }

    /** An interface on the Unix datagram socket of a user-mode network (gvproxy, vmnet-helper, ...). */
    public static VirtioNet unixSocket(String path, MacAddress mac) {
        return builder().unixSocketPath(path).mac(mac).build();
    }

    /** An interface on a connected datagram socket that vfkit inherits as file descriptor {@code fd}. */
    public static VirtioNet fileDescriptor(int fd, MacAddress mac) {
        return builder().fd(fd).mac(mac).build();
    }

    /** An empty builder. */
    public static VirtioNetBuilder builder() {
        return new VirtioNetBuilder();
    }

    /** A builder holding this device's options, to derive a variant. */
    public VirtioNetBuilder toBuilder() {
        return VirtioNetBuilder.from(this);
    }

    /**
     * vfkit's two spellings of the socket depend on the handshake; krunkit's stream socket and offloading need the
     * {@code type=} spelling (krunkit reads {@code unixSocketPath=} as a datagram socket with offloading on and no
     * other keys beside it). The other options print as usual.
     */
    @Printer
    void print(OptionWriter out) {
        if (nat) {
            out.flag("nat");
        }
        if (Checks.isSet(unixSocketPath)) {
            if (socketType == SocketType.UNIXSTREAM) {
                out.option("type", "unixstream").option("path", unixSocketPath);
            } else if (Boolean.FALSE.equals(vfkitMagic) || offloading != null) {
                // krunkit reads no handshake from type=unixgram unless vfkitMagic=on says so.
                out.option("type", "unixgram").option("path", unixSocketPath)
                        .option("vfkitMagic", Boolean.FALSE.equals(vfkitMagic) ? "off" : "on");
            } else {
                out.option("unixSocketPath", unixSocketPath);
            }
        }
        if (fd != null) {
            out.option("fd", fd);
        }
        if (mac != null) {
            out.option("mac", mac.toString());
        }
        if (offloading != null) {
            out.option("offloading", "on");
        }
    }
}
