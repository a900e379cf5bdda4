package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the command line, giving {@code key} requires giving {@code needs} too (virtio-net's {@code path} requires
 * {@code type}). Both name keys: option keys, their aliases or {@link Syntax} keys; naming an option's main key
 * also accepts its aliases.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Requires.List.class)
public @interface Requires {
    /** The key that, when given on the command line, needs another. */
    String key();

    /** The key that must then be given too. */
    String needs();

    /** Holds repeated {@link Requires} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated annotations, in declaration order. */
        Requires[] value();
    }
}
