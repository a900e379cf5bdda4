package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The option names a path on the host. The parser never touches the file system; {@code VirtualMachine.preflight()}
 * checks the path as its kind says.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface HostPath {
    /** What {@code preflight()} checks the path for. */
    Kind value();

    /** What the path must be when the VM starts. */
    enum Kind {
        /**
         * A disk image or block device that vfkit hands to macOS without looking inside (nvme, usb-mass-storage):
         * exists, is not a directory and is readable. An empty image is fine: vfkit's own tests boot from one.
         */
        DISK_IMAGE,
        /**
         * A raw disk image whose first bytes vfkit reads while parsing (virtio-blk only): as {@link #DISK_IMAGE},
         * and also holds at least 4 bytes and is not qcow2.
         */
        RAW_DISK_IMAGE,
        /** An existing file. */
        EXISTING_FILE,
        /** An existing directory. */
        DIRECTORY,
        /** A Unix domain socket path: at most 104 bytes, macOS's limit. */
        UNIX_SOCKET,
        /** A file vfkit writes: its directory must exist. */
        OUTPUT_FILE
    }
}
