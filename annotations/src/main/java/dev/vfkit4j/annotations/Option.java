package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code key=value} option. The value's syntax follows the component's type, one of vfkit4j's value types (each
 * is one object in the runtime's {@code dev.vfkit4j.spi.OptionType}; the processor names the supported types when
 * given another). Among them:
 *
 * <ul>
 *   <li>{@code String}: any text; an empty value ({@code key=}) means "not set";
 *   <li>{@code int}, {@code long} and their boxes: a decimal number, checked against {@link Range};
 *   <li>{@code java.time.Duration}: a decimal number of milliseconds, checked against {@link Range};
 *   <li>an enum: one of the spellings its constants declare with {@link Key};
 *   <li>{@code boolean}: {@code on} or {@code off} (for a bare key, use {@link Flag}).
 * </ul>
 *
 * <p>A primitive {@code int} or {@code long} must be {@link Required} or have a {@link Default}; a boxed one is null
 * when not set. Options are printed in the order the record declares them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Option {
    /** The key on vfkit's command line, e.g. {@code path} in {@code virtio-blk,path=disk.img}. */
    String value();

    /** Other keys that set the same option when parsing (never printed). */
    String[] aliases() default {};

    /**
     * For an enum option: whether an empty value ({@code type=}) means "not set" rather than an error (vfkit's disk
     * {@code type} accepts it).
     */
    boolean emptyUnsets() default false;

    /** One sentence for the reference documentation and the CLI's help. */
    String doc() default "";

    /**
     * The first vfkit release that accepts this option (its main key), as {@code major.minor.patch} (e.g.
     * {@code "0.6.2"}); empty when every release does, or when it is not known. Printing for an older vfkit
     * refuses it, naming this version.
     */
    String since() default "";
}
