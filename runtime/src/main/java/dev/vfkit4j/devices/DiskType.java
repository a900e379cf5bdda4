package dev.vfkit4j.devices;

import dev.vfkit4j.annotations.Key;

/** What backs a disk device: {@code type=image} or {@code type=dev}. Unset means an image, as in vfkit. */
public enum DiskType {
    /** A disk image file, such as a raw {@code .img}. */
    @Key("image") IMAGE,
    /** A real block device, such as {@code /dev/disk4}. */
    @Key("dev") BLOCK_DEVICE
}
