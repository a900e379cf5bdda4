package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An enum chosen by bare keys, one per constant: {@code virtio-input,keyboard} or {@code virtio-vsock,...,connect}.
 * Each constant declares its key with {@link Key}; when several are given, the last one wins, as in vfkit.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Choice {
    /** One sentence for the reference documentation and the CLI's help. */
    String doc() default "";

    /**
     * The first vfkit release that accepts this choice's keys (a {@link Key} may name a later one for its own), as
     * {@code major.minor.patch} (e.g. {@code "0.6.2"}); empty when every release does, or when it is not known.
     * Printing for an older vfkit refuses it, naming this version.
     */
    String since() default "";
}
