package dev.vfkit4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The processor's table of value types: for each Java type an option may have, the runtime object that reads,
 * prints and converts it (generated code names it; the processor never runs it) and how a {@code @Default} of it is
 * checked and written. Adding a value type is one entry in {@link #BY_JAVA_TYPE} and its object in the runtime.
 *
 * <p>Flags, choices and enums are chosen by annotation or by being an enum, not by one Java type: their entries
 * stand apart.
 */
final class ValueTypes {
    private ValueTypes() {
    }

    private static final ClassName MAC_ADDRESS_CLASS = ClassName.get("dev.vfkit4j", "MacAddress");
    private static final Pattern MAC = Pattern.compile(
            "\\p{XDigit}{2}([:-])\\p{XDigit}{2}(\\1\\p{XDigit}{2}){4}|\\p{XDigit}{4}\\.\\p{XDigit}{4}\\.\\p{XDigit}{4}");

    /** How the processor writes code around a value, beyond naming its runtime object. */
    enum Shape {
        /** Text: empty is unset, it may be quoted, it may name a host path. */
        TEXT,
        /** A bare key setting a primitive boolean. */
        FLAG,
        /** An enum chosen by bare keys. */
        CHOICE,
        /** An enum written as {@code key=spelling}. */
        ENUM,
        /** A number with a range; bounds in {@link ValueType#min()}/{@link ValueType#max()}. */
        NUMBER,
        /** A boolean written on/off: a primitive one is false while unset. */
        ON_OFF,
        /** Any other value: null is unset. */
        VALUE
    }

    /**
     * One value type.
     *
     * @param javaTypes the Java types that have it, as the processor sees them ({@code int}, {@code java.lang.Integer})
     * @param runtime the expression naming its runtime {@code OptionType} object
     * @param shape how generated code treats it
     * @param min for a number, the smallest value its Java type holds
     * @param max for a number, the largest
     * @param hostPath whether it may name a host path ({@code @HostPath})
     * @param defaults a {@code @Default}'s text to the Java expression of the value, or a {@link Problem}
     */
    record ValueType(List<String> javaTypes, CodeBlock runtime, Shape shape, long min, long max, boolean hostPath,
            Function<String, Object> defaults) {

        boolean numeric() {
            return shape == Shape.NUMBER;
        }

        @Override
        public String toString() {
            return runtime.toString();
        }
    }

    /** Why a {@code @Default}'s text is not a value of the type. */
    record Problem(String text) {
    }

    static final ValueType STRING = new ValueType(List.of("java.lang.String"), runtime("STRING"), Shape.TEXT, 0, 0,
            true, text -> text.isEmpty() ? new Problem("an empty text means 'not set'") : CodeBlock.of("$S", text));
    static final ValueType INT = new ValueType(List.of("int", "java.lang.Integer"), runtime("INT"), Shape.NUMBER,
            Integer.MIN_VALUE, Integer.MAX_VALUE, false, text -> number(text, "$L"));
    static final ValueType LONG = new ValueType(List.of("long", "java.lang.Long"), runtime("LONG"), Shape.NUMBER,
            Long.MIN_VALUE, Long.MAX_VALUE, false, text -> number(text, "$LL"));
    static final ValueType BOOLEAN = new ValueType(List.of("boolean", "java.lang.Boolean"), runtime("BOOLEAN"),
            Shape.ON_OFF, 0, 0, false, text -> text.equals("on") || text.equals("off")
                    ? CodeBlock.of("$L", text.equals("on")) : new Problem("expected 'on' or 'off'"));
    static final ValueType DURATION = new ValueType(List.of("java.time.Duration"), runtime("DURATION"), Shape.NUMBER,
            Long.MIN_VALUE, Long.MAX_VALUE, false, text -> number(text, "$T.ofMillis($LL)", java.time.Duration.class));
    static final ValueType MAC_ADDRESS = new ValueType(List.of(MAC_ADDRESS_CLASS.canonicalName()),
            CodeBlock.of("$T.OPTION_TYPE", MAC_ADDRESS_CLASS), Shape.VALUE, 0, 0, false,
            text -> MAC.matcher(text).matches() ? CodeBlock.of("$T.parse($S)", MAC_ADDRESS_CLASS, text)
                    : new Problem("not a 6-byte MAC address"));

    /** The value types chosen by the record component's Java type, in the order the unsupported-type fix lists them. */
    static final List<ValueType> BY_JAVA_TYPE = List.of(STRING, INT, LONG, BOOLEAN, DURATION, MAC_ADDRESS,
            new ValueType(List.of("java.nio.file.Path"), runtime("PATH"), Shape.VALUE, 0, 0, true,
                    text -> text.isEmpty() ? new Problem("an empty path means 'not set'")
                            : CodeBlock.of("$T.of($S)", java.nio.file.Path.class, text)));

    // Chosen by annotation or by being an enum: their defaults are the enum's keys (see ModelBuilder).
    static final ValueType FLAG = new ValueType(List.of("boolean"), runtime("FLAG"), Shape.FLAG, 0, 0, false,
            text -> new Problem("a flag is false unless given"));
    static final ValueType CHOICE = new ValueType(List.of(), runtime("CHOICE"), Shape.CHOICE, 0, 0, false, null);
    static final ValueType ENUM = new ValueType(List.of(), runtime("ENUM"), Shape.ENUM, 0, 0, false, null);

    /** The type of a record component whose Java type is {@code javaType} (as {@link #BY_JAVA_TYPE} spells it). */
    static ValueType forJavaType(String javaType) {
        for (ValueType type : BY_JAVA_TYPE) {
            if (type.javaTypes().contains(javaType)) {
                return type;
            }
        }
        return null;
    }

    /** {@code String, int, Integer, ...}: the supported Java types, for the unsupported-type fix. */
    static String supported() {
        return names(BY_JAVA_TYPE);
    }

    /** {@code String or java.nio.file.Path}: the types that may name a host path, for the misplaced-annotation fix. */
    static String hostPathTypes() {
        List<ValueType> types = new ArrayList<>();
        for (ValueType type : BY_JAVA_TYPE) {
            if (type.hostPath()) {
                types.add(type);
            }
        }
        String names = names(types);
        int last = names.lastIndexOf(", ");
        return last < 0 ? names : names.substring(0, last) + " or " + names.substring(last + 2);
    }

    private static String names(List<ValueType> types) {
        List<String> names = new ArrayList<>();
        for (ValueType type : types) {
            for (String name : type.javaTypes()) {
                names.add(name.startsWith("java.lang.") ? name.substring("java.lang.".length()) : name);
            }
        }
        return String.join(", ", names);
    }

    private static CodeBlock runtime(String constant) {
        return CodeBlock.of("$T.$L", RuntimeTypes.OPTION_TYPE, constant);
    }

    private static Object number(String text, String format, Object... before) {
        try {
            long value = Long.parseLong(text);
            Object[] arguments = new Object[before.length + 1];
            System.arraycopy(before, 0, arguments, 0, before.length);
            arguments[before.length] = value;
            return new Number(value, CodeBlock.of(format, arguments));
        } catch (NumberFormatException e) {
            return new Problem("not a decimal number");
        }
    }

    /** A number default: its value, which the option's range must hold, and its expression. */
    record Number(long value, CodeBlock expression) {
    }
}
