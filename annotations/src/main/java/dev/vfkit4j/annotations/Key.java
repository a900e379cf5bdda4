package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an enum constant is spelled on vfkit's command line and in its JSON: the value of an enum {@link Option}
 * ({@code sync=full}) or the bare key of a {@link Choice} ({@code listen}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Key {
    /** The constant's spelling on the command line and in JSON. */
    String value();

    /**
     * The first vfkit release that accepts this spelling, when later than its option's or choice's, as
     * {@code major.minor.patch} (e.g. {@code "0.6.2"}); empty when every release does, or when it is not known.
     * Printing for an older vfkit refuses it, naming this version.
     */
    String since() default "";
}
