package dev.vfkit4j.bootloaders;

import dev.vfkit4j.Bootloader;
import dev.vfkit4j.annotations.Flag;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitBootloader;

/**
 * Boots through UEFI, keeping EFI variables in a file: {@code --bootloader efi,variable-store=/path/efi.fd,create}.
 *
 * @param variableStore the file holding the EFI variables
 * @param create whether vfkit creates the file (it must not exist yet)
 */
@VfkitBootloader(name = "efi", kind = "efiBootloader", since = "0.1.0",
        doc = "Boots through UEFI, with EFI variables kept in a file.")
public record EfiBootloader(
        @Option(value = "variable-store", doc = "file holding the EFI variables")
        @Required @HostPath(HostPath.Kind.OUTPUT_FILE) @Json("efiVariableStorePath") String variableStore,
        @Flag(value = "create", doc = "create the variable store") @Json("createVariableStore") boolean create)
        implements Bootloader {

    /** EFI with its variables in {@code variableStore}, created by vfkit when {@code create}. */
    public static EfiBootloader of(String variableStore, boolean create) {
        return builder().variableStore(variableStore).create(create).build();
    }

    /** EFI with its variables in {@code variableStore}, which vfkit creates: {@code efi,variable-store=...,create}. */
    public static EfiBootloader withNewVariableStore(String variableStore) {
        return of(variableStore, true);
    }

    /** EFI with its variables in the existing file {@code variableStore}: {@code efi,variable-store=...}. */
    public static EfiBootloader withVariableStore(String variableStore) {
        return of(variableStore, false);
    }

    /** An empty builder. */
    public static EfiBootloaderBuilder builder() {
        return new EfiBootloaderBuilder();
    }

    /** A builder holding this bootloader's options, to derive a variant. */
    public EfiBootloaderBuilder toBuilder() {
        return EfiBootloaderBuilder.from(this);
    }
}
