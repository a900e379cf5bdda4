package dev.vfkit4j;

import dev.vfkit4j.spi.Components;
import java.util.List;

/**
 * How the VM boots: {@code --bootloader <name>,<options>} (EFI, Linux kernel, macOS). Built-in bootloaders live in
 * {@code dev.vfkit4j.bootloaders}.
 */
public interface Bootloader {

    /** This bootloader as vfkit's command line, e.g. {@code ["--bootloader", "efi,variable-store=/x,create"]}. */
    default List<String> toCmdLine() {
        return Components.registered().descriptorFor(this).toCmdLine(this);
    }
}
