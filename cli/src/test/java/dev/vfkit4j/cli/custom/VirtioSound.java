package dev.vfkit4j.cli.custom;

import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.Default;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Range;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.VfkitDevice;

/**
 * A device of the tests' own, to show that the command-line tool finds devices on its class path as the library
 * does: in {@code devices}, in {@code schema}, in files it reads.
 */
@VfkitDevice(name = "virtio-sound", kind = "virtiosound", doc = "A sound card (a device of the tests' own).")
public record VirtioSound(
        @Option(value = "streams", doc = "number of output streams")
        @Required @Range(min = 1, max = 8, plusSign = false) int streams,
        @Option(value = "mode", doc = "output: playback only; duplex: playback and capture")
        @Default("output") Mode mode) implements Device {

    public enum Mode {
        @dev.vfkit4j.annotations.Key("output") OUTPUT,
        @dev.vfkit4j.annotations.Key("duplex") DUPLEX
    }
}
