package dev.vfkit4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check that the declarative rules cannot express: a non-static, no-argument, void method of the component that
 * throws {@code dev.vfkit4j.ConfigException}. The generated code calls it after every other check, whenever the
 * component is parsed, built or read from JSON.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Validate {
}
