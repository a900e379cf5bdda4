package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value an option takes when it is not given, written as it would be on the command line ({@code "15000"},
 * {@code "full"}, {@code "listen"}, {@code "on"}). It is checked when the record is compiled.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {
    /** The default, written as on vfkit's command line ({@code "15000"}, {@code "listen"}). */
    String value();

    /** The default applies only when none of these options is set (virtio-gpu: 800x600 only when neither is given). */
    String[] unlessSet() default {};

    /** The default applies only when all of these options are set (virtio-net's vfkitMagic, with a socket path). */
    String[] ifSet() default {};
}
