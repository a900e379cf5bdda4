package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a vfkit bootloader: {@code --bootloader <name>,<options>} on the command line,
 * {@code {"kind": <kind>, ...}} in vfkit's JSON. The record must implement {@code dev.vfkit4j.Bootloader}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface VfkitBootloader {
    /** The bootloader's name on vfkit's command line, e.g. {@code efi}. */
    String name();

    /** The bootloader's {@code kind} in vfkit's JSON, e.g. {@code efiBootloader}. */
    String kind();

    /** One sentence for the reference documentation and the CLI's help. */
    String doc() default "";

    /**
     * The first vfkit release that accepts this bootloader, as {@code major.minor.patch} (e.g.
     * {@code "0.6.2"}); empty when every release does, or when it is not known. Printing for an older vfkit
     * refuses it, naming this version.
     */
    String since() default "";
}
