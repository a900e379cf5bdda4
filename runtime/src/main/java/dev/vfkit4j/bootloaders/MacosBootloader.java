package dev.vfkit4j.bootloaders;

import dev.vfkit4j.Bootloader;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.VfkitBootloader;

/**
 * Boots a macOS guest: {@code --bootloader macos,machineIdentifierPath=...,hardwareModelPath=...,auxImagePath=...}.
 * vfkit itself can neither print nor serialize it; vfkit4j does both (JSON kind {@code macosBootloader}).
 *
 * @param machineIdentifierPath the file holding the machine identifier
 * @param hardwareModelPath the file holding the hardware model
 * @param auxImagePath the auxiliary storage image
 */
@VfkitBootloader(name = "macos", kind = "macosBootloader", since = "0.6.0", doc = "Boots a macOS guest.")
public record MacosBootloader(
        @Option(value = "machineIdentifierPath", doc = "file holding the machine identifier")
        @HostPath(HostPath.Kind.EXISTING_FILE) @Json("machineIdentifierPath") String machineIdentifierPath,
        @Option(value = "hardwareModelPath", doc = "file holding the hardware model")
        @HostPath(HostPath.Kind.EXISTING_FILE) @Json("hardwareModelPath") String hardwareModelPath,
        @Option(value = "auxImagePath", doc = "auxiliary storage image")
        @HostPath(HostPath.Kind.EXISTING_FILE) @Json("auxImagePath") String auxImagePath) implements Bootloader {

    /** Boots the macOS guest whose machine identifier, hardware model and auxiliary storage are these files. */
    public static MacosBootloader of(String machineIdentifierPath, String hardwareModelPath, String auxImagePath) {
        return builder().machineIdentifierPath(machineIdentifierPath).hardwareModelPath(hardwareModelPath)
                .auxImagePath(auxImagePath).build();
    }

    /** An empty builder. */
    public static MacosBootloaderBuilder builder() {
        return new MacosBootloaderBuilder();
    }

    /** A builder holding this bootloader's options, to derive a variant. */
    public MacosBootloaderBuilder toBuilder() {
        return MacosBootloaderBuilder.from(this);
    }
}
