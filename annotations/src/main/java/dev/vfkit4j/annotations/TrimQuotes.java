package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When parsing, a value wrapped in double quotes loses them ({@code cmdline="console=hvc0 quiet"}), as vfkit's
 * Linux bootloader does.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface TrimQuotes {
}
