package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A member that vfkit writes in the component's JSON but that has lost what it held, so that reading it back would
 * give a different component: the JSON reader refuses it with {@code reason} rather than ignoring it, as it ignores
 * members it does not know. virtio-net's {@code "socket": {}}, which has lost its file descriptor, is one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(JsonRefused.List.class)
public @interface JsonRefused {
    /** The member's name, matched as Go matches struct fields (case-insensitively). */
    String member();

    /** Why it is refused, and what to write instead. */
    String reason();

    /** Holds repeated {@link JsonRefused} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated annotations, in declaration order. */
        JsonRefused[] value();
    }
}
