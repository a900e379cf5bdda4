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
}
