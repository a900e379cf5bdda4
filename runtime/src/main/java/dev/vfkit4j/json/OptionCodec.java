package dev.vfkit4j.json;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.spi.ComponentBuilder;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionType;
import tools.jackson.core.JsonGenerator;

/**
 * Writes and reads one option of a component as a member of vfkit's JSON, from the option's descriptor alone: its
 * JSON name, its {@code omitempty} rule and its {@link OptionType}, which converts the value to and from the JSON
 * value of its {@linkplain OptionType.JsonShape shape}. No reflection: values come from the descriptor's typed
 * accessor and go back through its typed builder setter.
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
final class OptionCodec<T, V> {
    private final OptionDescriptor<T, V> option;
    private final OptionType type;
    private final OptionType.JsonShape shape;
    /** What the member is, for messages ("virtio-vsock port"): made once, not per value read. */
    private final String what;

    OptionCodec(OptionDescriptor<T, V> option) {
        this.option = option;
        this.type = option.type();
        this.shape = type.jsonShape(option);
        String member = option.component() + " " + option.jsonName();
        this.what = shape == OptionType.JsonShape.INT64 ? member + type.jsonNote() : member;
    }

    /** The member name in vfkit's JSON. */
    String jsonName() {
        return option.jsonName();
    }

    /**
     * Writes the member, or nothing when Go's {@code omitempty} would leave it out.
     *
     * @throws ConfigException for a value set on an option vfkit's JSON has no member for
     */
    void write(T component, JsonGenerator out) {
        V held = option.valueIn(component);
        if (option.jsonName() == null) {
            if (held != null) {
                // Leaving it out would write a different VM; vfkit's JSON cannot hold it.
                throw new ConfigException(option.component(), option.key(), String.valueOf(type.toJson(option, held)),
                        "vfkit's JSON has no member for it (only krunkit reads it, on the command line)");
            }
            return;
        }
        Object json = held == null ? null : type.toJson(option, held);
        if (option.jsonOmitEmpty() && (json == null || !type.goPointer(option) && isGoEmpty(json))) {
            return;
        }
        out.writeName(option.jsonName());
        if (json == null) {
            // Go's zero value: "" for a string field, null for a nil pointer.
            if (shape == OptionType.JsonShape.STRING) {
                out.writeString("");
            } else {
                out.writeNull();
            }
        } else if (json instanceof String text) {
            out.writeString(text);
        } else if (json instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else {
            out.writeNumber((Long) json);
        }
    }

    /** What {@code omitempty} leaves out: "", false, 0. */
    private static boolean isGoEmpty(Object json) {
        return json.equals("") || json.equals(Boolean.FALSE) || json.equals(0L);
    }

    /**
     * Reads member {@code value} (not null) and sets the option on {@code builder}.
     *
     * @throws ConfigException naming {@code path} when the value has the wrong type or cannot be converted
     */
    void read(JsonValue value, JsonPath path, ComponentBuilder<T> builder) {
        option.setIn(builder, read(value, path));
    }

    /** Sets the option on {@code builder} to what a missing member leaves it at (see {@link #absent()}). */
    void readAbsent(ComponentBuilder<T> builder) {
        if (option.jsonName() == null) {
            return; // never in JSON: the builder's default
        }
        V zero = absent();
        if (zero != null) {
            option.setIn(builder, zero);
        }
    }

    private V read(JsonValue value, JsonPath path) {
        Object json = switch (shape) {
            case STRING -> GoJson.string(value, path, what);
            case BOOLEAN -> GoJson.bool(value, path, what);
            case INT32 -> {
                long number = GoJson.clamped(value, path, what);
                if (number != (int) number) {
                    throw GoJson.invalid(path, value, option.component() + ": out of range (" + int32Range() + ")");
                }
                yield number;
            }
            case INT64 -> GoJson.int64(value, path, what);
        };
        try {
            return option.cast(type.fromJson(option, json));
        } catch (ConfigException e) {
            throw GoJson.invalid(path, value, option.component() + ": " + e.problem());
        }
    }

    /**
     * What a missing (or null) member leaves the option at, or null to leave it unset: Go's zero value where the
     * model has no "unset" for it (see the class comment).
     */
    V absent() {
        return option.cast(type.goZero(option));
    }

    /** How Go's zero value for a missing member reads, for messages: "0", "false", "'connect'". */
    String absentDescription() {
        Object zero = absent();
        if (zero instanceof Enum<?> constant) {
            return "'" + option.allowedValues().get(constant.ordinal()) + "'";
        }
        return String.valueOf(type.toJson(option, zero));
    }

    private String int32Range() {
        long min = option.min() != null ? option.min() : Integer.MIN_VALUE;
        long max = option.max() != null ? option.max() : Integer.MAX_VALUE;
        return "from " + min + " to " + max;
    }
}
