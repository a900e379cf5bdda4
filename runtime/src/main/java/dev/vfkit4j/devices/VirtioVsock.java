package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Choice;
import dev.vfkit4j.annotations.Default;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Key;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Range;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitDevice;

/**
 * A virtio-vsock channel between host and guest, exposed on the host as a Unix socket:
 * {@code --device virtio-vsock,port=1025,socketURL=/tmp/vsock.sock,listen}.
 *
 * @param port the vsock port on the guest side
 * @param socketUrl the Unix socket on the host
 * @param direction who connects: with {@code listen} (vfkit's default) the host listens on the socket for guest
 *     connections; with {@code connect} the host connects to a guest listening on the port
 */
@VfkitDevice(name = "virtio-vsock", kind = "virtiosock",
        doc = "A vsock channel between host and guest, exposed on the host as a Unix socket.")
public record VirtioVsock(
        @Option(value = "port", doc = "vsock port of the guest side")
        @Required @Range(min = 1, max = 0xFFFF_FFFFL, plusSign = false) long port,
        @Option(value = "socketURL", doc = "path of the Unix socket on the host")
        @Required @HostPath(HostPath.Kind.UNIX_SOCKET) String socketUrl,
        @Choice(since = "0.0.3",
                doc = "listen: the host listens for guest connections; connect: the host connects to the guest")
        @Default("listen") @Json(value = "listen", trueFor = "listen") Direction direction) implements Device {

    /** The host listens on {@code socketUrl} for guest connections to vsock {@code port}: {@code ...,listen}. */
    public static VirtioVsock listen(long port, String socketUrl) {
        return builder().port(port).socketUrl(socketUrl).direction(Direction.LISTEN).build();
    }

    /** The host connects {@code socketUrl} to a guest listening on vsock {@code port}: {@code ...,connect}. */
    public static VirtioVsock connect(long port, String socketUrl) {
        return builder().port(port).socketUrl(socketUrl).direction(Direction.CONNECT).build();
    }

    /** Who opens vsock connections. */
    public enum Direction {
        /** The guest connects to the host: vfkit listens on the Unix socket. */
        @Key("listen") LISTEN,
        /** The host connects to the guest: vfkit connects the Unix socket to the guest's port. */
        @Key("connect") CONNECT
    }

    /** An empty builder. */
    public static VirtioVsockBuilder builder() {
        return new VirtioVsockBuilder();
    }

    /** A builder holding this device's options, to derive a variant. */
    public VirtioVsockBuilder toBuilder() {
        return VirtioVsockBuilder.from(this);
    }
}
