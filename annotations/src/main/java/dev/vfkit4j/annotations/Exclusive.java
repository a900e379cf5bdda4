package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Options of which at most one may be set (virtio-net's {@code nat}, {@code fd} and {@code unixSocketPath}). Names
 * are option keys. With {@code required}, exactly one must be set.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Exclusive.List.class)
public @interface Exclusive {
    /** The keys of the options in the group: at least two. */
    String[] value();

    /** Whether one of them must be set. */
    boolean required() default false;

    /** Holds repeated {@link Exclusive} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated annotations, in declaration order. */
        Exclusive[] value();
    }
}
