/**
 * The vocabulary that describes a vfkit component (a device or a bootloader) declaratively.
 *
 * <p>A component is a {@code record}. Its components are its options, printed in declaration order:
 *
 * <pre>{@code
 * @VfkitDevice(name = "virtio-vsock", kind = "virtiosock", doc = "A vsock channel between host and guest.")
 * public record VirtioVsock(
 *         @Option(value = "port", doc = "vsock port") @Required @Range(min = 1, max = 4294967295L, plusSign = false) long port,
 *         @Option(value = "socketURL", doc = "Unix socket on the host") @Required String socketUrl,
 *         @Choice(doc = "who connects to whom") @Default("listen") Direction direction) implements Device {
 *     public enum Direction { @Key("listen") LISTEN, @Key("connect") CONNECT }
 * }
 * }</pre>
 *
 * <p>The vfkit4j annotation processor turns each such record into a parser, a printer, a builder and a descriptor, and
 * registers the descriptor so that the runtime finds the component without any registration code.
 */
package dev.vfkit4j.annotations;
