package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a record component appears in vfkit's JSON. Without it, the JSON name is the option's key and the member is
 * always written. A component with {@code @Json} and no {@link Option}, {@link Flag} or {@link Choice} is JSON-only
 * state (virtio-gpu's {@code usesGUI}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Json {
    /**
     * The member name, e.g. {@code imagePath}. Empty on an {@link Option} that vfkit's JSON has no member for (krunkit's
     * virtio-net {@code offloading}): writing JSON refuses a set value, and reading ignores the member, as Go does.
     */
    String value();

    /** Leave the member out when it is not set, false, zero or empty (Go's {@code omitempty}). */
    boolean omitEmpty() default false;

    /**
     * For a {@link Choice}: write a boolean that is true for the constant with this key and leave it out otherwise
     * (virtio-vsock writes {@code "listen": true}, and nothing for connect).
     */
    String trueFor() default "";
}
