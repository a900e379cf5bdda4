package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bare key that sets a {@code boolean} to true, e.g. {@code readonly} in {@code virtio-blk,path=disk.img,readonly}.
 * {@code readonly=} (an empty value) is the same as the bare key; any other value is an error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Flag {
    /** The bare key on vfkit's command line. */
    String value();

    /** One sentence for the reference documentation and the CLI's help. */
    String doc() default "";

    /**
     * The first vfkit release that accepts this flag, as {@code major.minor.patch} (e.g.
     * {@code "0.6.2"}); empty when every release does, or when it is not known. Printing for an older vfkit
     * refuses it, naming this version.
     */
    String since() default "";
}
