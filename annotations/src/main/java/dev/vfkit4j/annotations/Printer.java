package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Replaces the generated printing of the options for the rare component with a legacy spelling. The method is
 * non-static and either {@code void m(dev.vfkit4j.spi.OptionWriter out)}, which writes the options that follow the
 * name, or {@code java.util.List<String> m()}, which returns the whole argv (the Linux bootloader's
 * {@code --kernel ... --initrd ... --kernel-cmdline ...}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Printer {
}
