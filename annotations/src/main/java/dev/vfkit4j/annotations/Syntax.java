package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A key that the command line accepts but that sets nothing in the model, because it only selects a spelling
 * (krunkit-style {@code type=unixgram}) or states what is always so ({@code offloading=off}). Its value must be
 * one of {@code values}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Syntax.List.class)
public @interface Syntax {
    /** The key accepted for compatibility. */
    String key();

    /** The values it may have; any other is an error. */
    String[] values();

    /** One sentence for the reference documentation. */
    String doc() default "";

    /**
     * The first vfkit release that accepts this key, as {@code major.minor.patch} (e.g.
     * {@code "0.6.2"}); empty when every release does, or when it is not known. Printing for an older vfkit
     * refuses it, naming this version.
     */
    String since() default "";

    /** Holds repeated {@link Syntax} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated annotations, in declaration order. */
        Syntax[] value();
    }
}
