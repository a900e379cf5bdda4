package dev.vfkit4j.json;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionType;
import dev.vfkit4j.spi.Values;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes and reads one option of a component as a member of vfkit's JSON, from the option's descriptor alone: its
 * JSON name, its {@code omitempty} rule and its type. No reflection: values come from the descriptor's accessor and
 * go back through the generated builder's {@code set}.
 *
 * <p>What Go does with each kind of value, and so what vfkit4j does:
 * <ul>
 *   <li>{@code omitempty} leaves out false, 0 and "" — but an option held in a boxed type ({@code Boolean},
 *       {@code Integer}) is a Go pointer: only null is left out, so {@code "vfkitMagic": false} and {@code "fd": 0}
 *       are written;</li>
 *   <li>a text option that is always written writes "" for unset (virtio-fs {@code mountTag}, nbd
 *       {@code DeviceIdentifier}), and reading "" unsets it;</li>
 *   <li>a missing member leaves a Go field at its zero value. For a primitive number, a primitive boolean and a
 *       {@code Duration} that zero is a real value the builder must judge (a virtio-gpu without {@code width} is 0
 *       pixels wide, which vfkit4j refuses, not 800); for text, enums, MAC addresses and boxed values the zero is what
 *       the model calls unset, so the builder's default applies ({@code vfkitMagic} becomes true beside a socket);</li>
 *   <li>a choice with {@code jsonTrueFor} is a boolean written only when true ({@code "listen": true}); false or
 *       missing selects the other constant ({@code connect});</li>
 *   <li>a duration is Go's {@code time.Duration}: integer nanoseconds.</li>
 * </ul>
 */
final class OptionCodec<T> {

    /** How the option's value is spelled in JSON. */
    private enum Shape {
        TEXT, BOOLEAN, INT, LONG, DURATION, KEYED, CHOICE_BOOLEAN, MAC_ADDRESS
    }

    private final String component;
    private final OptionDescriptor<T> option;
    private final Shape shape;
    private final boolean primitive;
    /** For enums and choices: the constants, in declaration order, and their keys in the same order. */
    private final Object[] constants;
    private final List<String> keys;
    /** For a choice written as a boolean: the constant that is true, and the one false selects (null if none). */
    private final Object trueConstant;
    private final Object falseConstant;

    OptionCodec(String component, OptionDescriptor<T> option) {
        this.component = component;
        this.option = option;
        this.primitive = option.valueType().isPrimitive();
        this.keys = option.allowedValues();
        this.constants = option.enumKeys() == null ? new Object[0] : option.enumKeys().constants().toArray();
        if (option.type() == OptionType.CHOICE && option.jsonTrueFor() != null) {
            int trueIndex = keys.indexOf(option.jsonTrueFor());
            if (trueIndex < 0) {
                throw new ConfigException(component, option.name(), option.jsonTrueFor(),
                        "jsonTrueFor names no key of the choice " + keys);
            }
            this.trueConstant = constants[trueIndex];
            this.falseConstant = constants.length == 2 ? constants[1 - trueIndex] : null;
        } else {
            this.trueConstant = null;
            this.falseConstant = null;
        }
        this.shape = shapeOf(option);
    }

    private static Shape shapeOf(OptionDescriptor<?> option) {
        return switch (option.type()) {
            case STRING -> Shape.TEXT;
            case FLAG, BOOLEAN -> Shape.BOOLEAN;
            case INT -> Shape.INT;
            case LONG -> Shape.LONG;
            case DURATION -> Shape.DURATION;
            case ENUM -> Shape.KEYED;
            case CHOICE -> option.jsonTrueFor() != null ? Shape.CHOICE_BOOLEAN : Shape.KEYED;
            case MAC_ADDRESS -> Shape.MAC_ADDRESS;
        };
    }

    /** The record component's name, which the builder's {@code set} takes. */
    String name() {
        return option.name();
    }

    /** The member name in vfkit's JSON. */
    String jsonName() {
        return option.jsonName();
    }

    /** Whether {@code name} is how a builder or validation error names this option. */
    boolean isNamed(String name) {
        return name.equals(option.name()) || name.equals(option.key()) || name.equals(option.jsonName());
    }

    /** Writes the member, or nothing when Go's {@code omitempty} would leave it out. */
    void write(T value, JsonGenerator out) {
        Object held = option.valueIn(value);
        boolean omitEmpty = option.jsonOmitEmpty();
        if (held == null) {
            if (omitEmpty || shape == Shape.CHOICE_BOOLEAN) {
                return;
            }
            out.writeName(option.jsonName());
            switch (shape) {
                // Go's zero value for text, an enum and a MAC address is "".
                case TEXT, KEYED, MAC_ADDRESS -> out.writeString("");
                // A boxed value is a Go pointer: nil is written as null.
                default -> out.writeNull();
            }
            return;
        }
        switch (shape) {
            case TEXT -> {
                String text = (String) held;
                if (!(omitEmpty && text.isEmpty())) {
                    out.writeStringProperty(option.jsonName(), text);
                }
            }
            case BOOLEAN -> {
                boolean flag = (Boolean) held;
                if (!(omitEmpty && primitive && !flag)) {
                    out.writeBooleanProperty(option.jsonName(), flag);
                }
            }
            case INT, LONG -> {
                long number = ((Number) held).longValue();
                if (!(omitEmpty && primitive && number == 0)) {
                    out.writeNumberProperty(option.jsonName(), number);
                }
            }
            case DURATION -> {
                long nanos = nanos((Duration) held);
                if (!(omitEmpty && nanos == 0)) {
                    out.writeNumberProperty(option.jsonName(), nanos);
                }
            }
            case KEYED -> out.writeStringProperty(option.jsonName(), keys.get(((Enum<?>) held).ordinal()));
            case CHOICE_BOOLEAN -> {
                if (held == trueConstant) {
                    out.writeBooleanProperty(option.jsonName(), true);
                }
            }
            case MAC_ADDRESS -> out.writeStringProperty(option.jsonName(), held.toString());
        }
    }

    private long nanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            throw new ConfigException(component, option.name(), duration.toString(),
                    "cannot be written: longer than Go's time.Duration holds (about 292 years)");
        }
    }

    /**
     * The value member {@code value} (not null) gives the option, in the builder's value type; null unsets it.
     *
     * @throws ConfigException naming {@code path} when the value has the wrong type or cannot be converted
     */
    Object read(JsonValue value, JsonPath path) {
        String what = component + " " + option.jsonName();
        return switch (shape) {
            case TEXT -> Values.textOrNull(GoJson.string(value, path, what));
            case BOOLEAN -> GoJson.bool(value, path, what);
            case INT -> {
                BigInteger number = GoJson.integer(value, path, what);
                if (number.bitLength() > 31) {
                    throw GoJson.invalid(path, value, component + ": out of range (" + range() + ")");
                }
                yield number.intValue();
            }
            case LONG -> GoJson.int64(value, path, what);
            case DURATION -> Duration.ofNanos(GoJson.int64(value, path, what + " (Go time.Duration, nanoseconds)"));
            case KEYED -> {
                String key = GoJson.string(value, path, what);
                if (key.isEmpty()) {
                    yield null;
                }
                int index = keys.indexOf(key);
                if (index < 0) {
                    throw GoJson.invalid(path, value, component + ": expected one of " + String.join(", ", keys));
                }
                yield constants[index];
            }
            case CHOICE_BOOLEAN -> GoJson.bool(value, path, what) ? trueConstant : falseConstant;
            case MAC_ADDRESS -> {
                String text = GoJson.string(value, path, what);
                if (text.isEmpty()) {
                    yield null;
                }
                try {
                    yield MacAddress.parse(text);
                } catch (ConfigException e) {
                    throw GoJson.invalid(path, value, component + ": not a 6-byte MAC address (expected e.g."
                            + " 5a:94:ef:e4:0c:ee)");
                }
            }
        };
    }

    /**
     * What a missing (or null) member leaves the option at, as a value for the builder, or null to leave it unset.
     * See the class comment: Go's zero value where the model has no "unset" for it.
     */
    Object absent() {
        if (shape == Shape.CHOICE_BOOLEAN) {
            return falseConstant;
        }
        if (shape == Shape.DURATION) {
            return Duration.ZERO;
        }
        if (!primitive) {
            return null;
        }
        return switch (shape) {
            case BOOLEAN -> Boolean.FALSE;
            case INT -> 0;
            case LONG -> 0L;
            default -> null;
        };
    }

    /** How Go's zero value for a missing member reads, for messages: "0", "false". */
    String absentDescription() {
        Object zero = absent();
        if (zero instanceof Enum<?> constant) {
            return "'" + keys.get(constant.ordinal()) + "'";
        }
        return zero instanceof Duration ? "0" : String.valueOf(zero);
    }

    private String range() {
        long min = option.min() != null ? option.min() : Integer.MIN_VALUE;
        long max = option.max() != null ? option.max() : Integer.MAX_VALUE;
        return "from " + min + " to " + max;
    }
}
