package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a vfkit device: {@code --device <name>,<options>} on the command line, {@code {"kind": <kind>, ...}}
 * in vfkit's JSON. The record must implement {@code dev.vfkit4j.Device}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface VfkitDevice {
    /** The device's name on vfkit's command line, e.g. {@code virtio-blk}. */
    String name();

    /** The device's {@code kind} in vfkit's JSON, e.g. {@code virtioblk}. */
    String kind();

    /** One sentence for the reference documentation and the CLI's help. */
    String doc() default "";

    /**
     * Whether vfkit's JSON carries the device name again as {@code "devName"} (vfkit's storage devices do). When
     * reading, a missing {@code devName} is taken from the kind and one that names another device is refused.
     */
    boolean jsonDevName() default false;

    /**
     * The first vfkit release that accepts this device, as {@code major.minor.patch} (e.g.
     * {@code "0.6.2"}); empty when every release does, or when it is not known. Printing for an older vfkit
     * refuses it, naming this version.
     */
    String since() default "";
}
