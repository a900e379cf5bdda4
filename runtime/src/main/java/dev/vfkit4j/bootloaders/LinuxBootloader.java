package dev.vfkit4j.bootloaders;

import dev.vfkit4j.Bootloader;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Printer;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.TrimQuotes;
import dev.vfkit4j.annotations.VfkitBootloader;
import java.util.List;

/**
 * Boots a Linux kernel directly: {@code --bootloader linux,kernel=vmlinuz,initrd=initrd,cmdline="console=hvc0"}, or
 * vfkit's older {@code --kernel vmlinuz --initrd initrd --kernel-cmdline "console=hvc0"}, which is how it prints. On
 * arm64 the kernel must be uncompressed.
 *
 * @param kernel the kernel image
 * @param cmdline the kernel command line
 * @param initrd the initial ramdisk
 */
@VfkitBootloader(name = "linux", kind = "linuxBootloader", since = "0.1.0", doc = "Boots a Linux kernel directly.")
public record LinuxBootloader(
        @Option(value = "kernel", doc = "kernel image (uncompressed on arm64)")
        @Required @HostPath(HostPath.Kind.EXISTING_FILE) @Json("vmlinuzPath") String kernel,
        @Option(value = "cmdline", doc = "kernel command line; quote it when it holds ','")
        @Required @TrimQuotes @Json("kernelCmdLine") String cmdline,
        @Option(value = "initrd", doc = "initial ramdisk")
        @Required @HostPath(HostPath.Kind.EXISTING_FILE) @Json("initrdPath") String initrd) implements Bootloader {

    /** Boots {@code kernel} with {@code initrd} and {@code cmdline}. */
    public static LinuxBootloader of(String kernel, String initrd, String cmdline) {
        return builder().kernel(kernel).initrd(initrd).cmdline(cmdline).build();
    }

    /** An empty builder. */
    public static LinuxBootloaderBuilder builder() {
        return new LinuxBootloaderBuilder();
    }

    /** A builder holding this bootloader's options, to derive a variant. */
    public LinuxBootloaderBuilder toBuilder() {
        return LinuxBootloaderBuilder.from(this);
    }

    /** vfkit prints the Linux bootloader with its legacy flags: separate arguments, so any value is safe. */
    @Printer
    List<String> print() {
        return List.of("--kernel", kernel, "--initrd", initrd, "--kernel-cmdline", cmdline);
    }
}
