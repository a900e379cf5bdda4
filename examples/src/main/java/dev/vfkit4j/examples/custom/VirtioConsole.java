package dev.vfkit4j.examples.custom;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Default;
import dev.vfkit4j.annotations.Flag;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Key;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Range;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.Validate;
import dev.vfkit4j.annotations.VfkitDevice;
import java.nio.file.Path;

/**
 * A device vfkit4j does not ship, written the way a user writes one: a named virtio-console port, connected to a
 * Unix socket on the host, as a fork of vfkit could offer it for guest agents —
 * {@code --device virtio-console,socketPath=/tmp/qga.sock,name=org.qemu.guest_agent.0,mode=connect,index=1}.
 *
 * <p>This record is all there is. The vfkit4j processor, on the examples' annotation processor path, generates
 * {@code VirtioConsoleDescriptor} (which parses and prints it) and {@code VirtioConsoleBuilder} beside it (in {@code target/generated-sources/annotations}) and lists the
 * descriptor in {@code META-INF/services}: from then on {@code Device.fromCmdLine("virtio-console,...")},
 * {@code VirtualMachine.fromCmdLine}, {@code Devices.byName("virtio-console")} and {@code vfkit4j devices} know it,
 * with no registration code.
 *
 * @param socketPath the Unix socket on the host that carries the port's data (a {@code Path}: vfkit4j reads and
 *     writes it as text, and {@code preflight()} checks it like any host path)
 * @param name the port's name; the guest sees it as {@code /dev/virtio-ports/<name>}
 * @param mode whether vfkit listens on the socket or connects to it
 * @param console whether the port is the guest's console ({@code hvc}) rather than a plain data port
 * @param index the port's position on the guest's virtio-console device
 */
@VfkitDevice(name = "virtio-console", kind = "virtioconsole",
        doc = "A named virtio-console port connected to a Unix socket on the host (a vfkit fork's device).")
public record VirtioConsole(
        @Option(value = "socketPath", doc = "Unix socket on the host that carries the port's data")
        @Required @HostPath(HostPath.Kind.UNIX_SOCKET) Path socketPath,
        @Option(value = "name", doc = "port name; the guest sees it under /dev/virtio-ports")
        @Default("org.qemu.guest_agent.0") String name,
        @Option(value = "mode", doc = "listen: vfkit listens on the socket; connect: vfkit connects to it")
        @Default("listen") Mode mode,
        @Flag(value = "console", doc = "the port is the guest's console (hvc) rather than a data port")
        boolean console,
        // Boxed, so that JSON without "index" means "unset" and gets the default (a primitive would read as Go's 0).
        @Option(value = "index", doc = "position of the port on the guest's virtio-console device")
        @Default("1") @Range(min = 0, max = 31, plusSign = false) Integer index) implements Device {

    /** Who opens the socket. Each constant's {@link Key} is its spelling on the command line and in JSON. */
    public enum Mode {
        /** vfkit creates the socket and waits for a host program to connect. */
        @Key("listen") LISTEN,
        /** A host program has created the socket; vfkit connects to it. */
        @Key("connect") CONNECT
    }

    /** The port qemu-guest-agent looks for, on a socket vfkit creates: every other option at its default. */
    public static VirtioConsole guestAgent(Path socketPath) {
        return builder().socketPath(socketPath).build();
    }

    /** An empty builder; {@code VirtioConsoleBuilder} is generated. */
    public static VirtioConsoleBuilder builder() {
        return new VirtioConsoleBuilder();
    }

    /** A builder holding this port's options, to derive a variant. */
    public VirtioConsoleBuilder toBuilder() {
        return VirtioConsoleBuilder.from(this);
    }

    /**
     * What the annotations cannot say: the guest makes the name a file name under {@code /dev/virtio-ports}. The
     * generated code calls this after every other check, whenever the port is parsed, built or printed.
     */
    @Validate
    void nameIsAFileName() {
        if (name.indexOf('/') >= 0) {
            throw new ConfigException("virtio-console", "name", name,
                    "must not contain '/': the guest makes it a file name under /dev/virtio-ports");
        }
    }
}
