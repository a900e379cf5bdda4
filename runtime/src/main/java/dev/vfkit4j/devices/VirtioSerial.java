package dev.vfkit4j.devices;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Exclusive;
import dev.vfkit4j.annotations.Flag;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.VfkitDevice;

/**
 * A serial console, written to a file, attached to vfkit's standard input and output, or to a new pseudo-terminal:
 * {@code --device virtio-serial,logFilePath=/tmp/console.log}. Exactly one of the three.
 *
 * @param logFilePath the file that receives the guest's console output
 * @param stdio whether the console is vfkit's standard input and output
 * @param pty whether vfkit creates a pseudo-terminal for the console
 * @param ptyName the pseudo-terminal vfkit created (reported by vfkit; never set it yourself)
 */
@VfkitDevice(name = "virtio-serial", kind = "virtioserial",
        doc = "A serial console: a log file, vfkit's standard input and output, or a pseudo-terminal.")
@Exclusive(value = {"logFilePath", "stdio", "pty"}, required = true)
public record VirtioSerial(
        @Option(value = "logFilePath", doc = "file that receives the console output")
        @HostPath(HostPath.Kind.OUTPUT_FILE) @Json(value = "logFile", omitEmpty = true) String logFilePath,
        @Flag(value = "stdio", since = "0.1.0", doc = "use vfkit's standard input and output")
        @Json(value = "usesStdio", omitEmpty = true) boolean stdio,
        @Flag(value = "pty", since = "0.6.2", doc = "create a pseudo-terminal")
        @Json(value = "usesPty", omitEmpty = true) boolean pty,
        @Json(value = "ptyName", omitEmpty = true) String ptyName) implements Device {

    /** A console written to {@code logFilePath}: {@code virtio-serial,logFilePath=...}, as {@link #logFile}. */
    public static VirtioSerial of(String logFilePath) {
        return logFile(logFilePath);
    }

    /** A console written to {@code logFilePath}. */
    public static VirtioSerial logFile(String logFilePath) {
        return builder().logFilePath(logFilePath).build();
    }

    /** A console on vfkit's own standard input and output: {@code virtio-serial,stdio}. */
    public static VirtioSerial standardIo() {
        return builder().stdio(true).build();
    }

    /** A console on a pseudo-terminal vfkit creates: {@code virtio-serial,pty}. */
    public static VirtioSerial pseudoTerminal() {
        return builder().pty(true).build();
    }

    /** An empty builder. */
    public static VirtioSerialBuilder builder() {
        return new VirtioSerialBuilder();
    }

    /** A builder holding this device's options, to derive a variant. */
    public VirtioSerialBuilder toBuilder() {
        return VirtioSerialBuilder.from(this);
    }
}
