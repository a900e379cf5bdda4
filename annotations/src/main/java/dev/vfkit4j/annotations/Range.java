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
    /** The smallest allowed value, inclusive. */
    long min() default Long.MIN_VALUE;

    /** The largest allowed value, inclusive. */
    long max() default Long.MAX_VALUE;

    /**
     * Whether a leading {@code +} is accepted. vfkit reads signed numbers with Go's {@code strconv.Atoi}/{@code
     * ParseInt} (which accept it) and unsigned ones with {@code ParseUint} (which does not).
     */
    boolean plusSign() default true;

    /**
     * Whether 0 is the option's "not set", outside the bounds: Go's zero value, which vfkit's JSON holds for a field
     * a Go program never set and which vfkit's {@code ToCmdLine()} then leaves out. A component holding 0 prints
     * without the option and writes 0 to JSON; the command line still refuses an explicit 0 when the bounds do.
     */
    boolean zeroUnsets() default false;
}
