package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code written by the vfkit4j annotation processor, so that coverage and static-analysis tools can skip it. It
 * is kept in class files ({@code javax.annotation.processing.Generated} is not).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface VfkitGenerated {
}
