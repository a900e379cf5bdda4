package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The inclusive bounds of a numeric option (for a {@code Duration}, in milliseconds). A value outside them is an
 * error, never wrapped or clamped.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Range {
    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    /**
     * Whether a leading {@code +} is accepted. vfkit reads signed numbers with Go's {@code strconv.Atoi}/{@code
     * ParseInt} (which accept it) and unsigned ones with {@code ParseUint} (which does not).
     */
    boolean plusSign() default true;
}
