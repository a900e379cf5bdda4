package dev.vfkit4j.spi;

import dev.vfkit4j.ConfigException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of option value, and everything vfkit4j does with it in one object: how it is read from and printed to
 * vfkit's command line, how it is written to and read from vfkit's JSON (and what Go's zero value of it is), and how
 * the reference documentation and a JSON Schema name it. Generated descriptors name the object of each option; the processor maps a
 * record component's Java type to it.
 *
 * <p>The value types of the JDK live here: text, numbers, on/off, durations, paths, enums, flags and choices.
 * {@code dev.vfkit4j.MacAddress} keeps its own object beside it, {@code MacAddress.OPTION_TYPE}. To add a type, add
 * its object here (or beside its class) and its line to the processor's table of value types.
 *
 * <p>Each method takes the option's descriptor for the facts that vary per option: its key and component (for
 * messages), its range, its enum's spellings.
 */
public abstract class OptionType {
    /** Text; empty means not set. JSON: a string. */
    public static final OptionType STRING = new Text("STRING", "<text>", "text");
    /** A bare key that sets a boolean. JSON: a boolean. */
    public static final OptionType FLAG = new Flag();
    /** An enum chosen by bare keys ({@code listen|connect}). JSON: its key, or a boolean with {@code trueFor}. */
    public static final OptionType CHOICE = new Choice();
    /** An enum written as {@code key=spelling}. JSON: the spelling. */
    public static final OptionType ENUM = new Keyed("ENUM", null);
    /** A decimal {@code int}. JSON: a number. */
    public static final OptionType INT = new Number("INT", JsonShape.INT32, Integer.MIN_VALUE, Integer.MAX_VALUE, 0,
            "<number>", "number");
    /** A decimal {@code long} (vfkit's unsigned 32-bit ports among them). JSON: a number. */
    public static final OptionType LONG = new Number("LONG", JsonShape.INT64, Long.MIN_VALUE, Long.MAX_VALUE, 0L,
            "<number>", "number");
    /** A {@code java.time.Duration}: milliseconds on the command line, nanoseconds in JSON (Go's time.Duration). */
    public static final OptionType DURATION = new Millis();
    /** A boolean written {@code on|off}. JSON: a boolean. */
    public static final OptionType BOOLEAN = new OnOff();
    /** A {@code java.nio.file.Path} on the host: written as its text; empty means not set. JSON: a string. */
    public static final OptionType PATH = new HostPathType();

    /** How Go's {@code encoding/json} holds a value of the type, and so how vfkit4j reads and writes it. */
    public enum JsonShape {
        /** A JSON string (Go string). */
        STRING,
        /** A JSON boolean (Go bool). */
        BOOLEAN,
        /** A JSON integer within 32 bits (Go int32, int on the wire of vfkit's fields). */
        INT32,
        /** A JSON integer within 64 bits (Go int64, uint32 widened, time.Duration). */
        INT64
    }

    private final String name;
    private final JsonShape shape;
    private final String placeholder;
    private final String description;

    /**
     * @param name the type's name, for messages
     * @param shape how vfkit's JSON holds it, unless {@link #jsonShape} says otherwise per option
     * @param placeholder its value in a synopsis ({@code <number>}), unless {@link #placeholder} says otherwise
     * @param description its value in the reference, unless {@link #describe} says otherwise
     */
    protected OptionType(String name, JsonShape shape, String placeholder, String description) {
        this.name = name;
        this.shape = shape;
        this.placeholder = placeholder;
        this.description = description;
    }

    /** The type's name, {@code LONG}: for messages and {@link #toString()}. */
    public final String name() {
        return name;
    }

    @Override
    public final String toString() {
        return name;
    }

    // --- the command line

    /**
     * Reads one command-line segment of {@code option}: its value (or, for a flag or a choice, its key).
     *
     * @return the option's value, of the record component's type; null means not set
     * @throws ConfigException naming the component, key and value when the segment does not parse
     */
    public abstract Object parse(OptionDescriptor<?, ?> option, OptionReader segment);

    /** Appends {@code value} (not null) of {@code option} to {@code out}, as vfkit reads it back. */
    public void print(OptionDescriptor<?, ?> option, Object value, OptionWriter out) {
        out.option(option.key(), text(option, value));
    }

    /** The text of {@code value} (not null) after {@code key=} on the command line. */
    protected String text(OptionDescriptor<?, ?> option, Object value) {
        return value.toString();
    }

    /**
     * The host path {@code value} (not null) names, for {@code preflight()}'s checks of a {@code @HostPath} option;
     * null when the type holds no path.
     */
    public String hostPath(Object value) {
        return null;
    }

    // --- JSON

    /** How vfkit's JSON holds the option. */
    public JsonShape jsonShape(OptionDescriptor<?, ?> option) {
        return shape;
    }

    /** What the JSON value is, for messages about a value of the wrong kind: {@code " (Go time.Duration, nanoseconds)"}. */
    public String jsonNote() {
        return "";
    }

    /**
     * {@code value} (not null) as a JSON value of its {@linkplain #jsonShape shape}: a String, Boolean or Long, or
     * null to write nothing.
     *
     * @throws ConfigException when vfkit's JSON cannot hold it
     */
    public Object toJson(OptionDescriptor<?, ?> option, Object value) {
        return value;
    }

    /**
     * A JSON value of the type's shape (a String, Boolean or Long) as the option's value; null means not set.
     *
     * @throws ConfigException whose {@linkplain ConfigException#problem() problem} says why it is refused
     */
    public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
        return json;
    }

    /**
     * Whether Go holds the option through a pointer: only nil is "empty" to {@code omitempty}, and nil is written as
     * {@code null}. Boxed booleans and numbers are pointers; text, enums and durations are values.
     */
    public boolean goPointer(OptionDescriptor<?, ?> option) {
        return false;
    }

    /**
     * What a member missing from vfkit's JSON leaves the option at: Go's zero value where the model holds one
     * (0 for a primitive number, false, a zero duration), otherwise null, "not set", so that the builder's default
     * applies.
     */
    public Object goZero(OptionDescriptor<?, ?> option) {
        return null;
    }

    /**
     * What a JSON Schema (draft 2020-12) says about the option's member, as data a schema writer turns into JSON:
     * keywords and their values in order ({@code "type"}, {@code "enum"}, {@code "minimum"}...; a
     * {@code "description"} when the type adds a note to the option's doc), each value a String, Boolean, Number, List
     * (which may hold null) or such a Map. Empty, any value, unless a type says more.
     *
     * @param mustBeGiven whether the component is refused without the member, so that null and "" are refused too
     */
    public Map<String, Object> jsonSchema(OptionDescriptor<?, ?> option, boolean mustBeGiven) {
        return Map.of();
    }

    /** A JSON Schema's {@code "type"}: a string or {@code null}, or only a string. */
    protected static Map<String, Object> nullableJsonType(String type, boolean nullable) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", nullable ? List.of(type, "null") : type);
        return schema;
    }

    // --- documentation

    /** The value in a synopsis: {@code <number>} in {@code port=<number>}; for a flag or a choice, its keys. */
    public String placeholder(OptionDescriptor<?, ?> option) {
        return placeholder;
    }

    /** The value in the reference's table: {@code number, from 1 to 4294967295}. */
    public String describe(OptionDescriptor<?, ?> option) {
        return description;
    }

    /** Whether the option is a bare key (a flag or a choice): nothing follows it on the command line. */
    public boolean bareKey() {
        return false;
    }

    // --- the types

    /** Text: a JSON string, empty when not set. */
    private static class Text extends OptionType {
        Text(String name, String placeholder, String description) {
            super(name, JsonShape.STRING, placeholder, description);
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, OptionReader segment) {
            return option.trimQuotes() ? Values.unquotedText(segment) : Values.text(segment);
        }

        @Override
        public String hostPath(Object value) {
            return value.toString();
        }

        @Override
        public Object toJson(OptionDescriptor<?, ?> option, Object value) {
            return value.toString();
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            return Values.textOrNull((String) json);
        }

        /** A string; when it must be given, not empty (vfkit4j reads "" as not set). */
        @Override
        public Map<String, Object> jsonSchema(OptionDescriptor<?, ?> option, boolean mustBeGiven) {
            Map<String, Object> schema = nullableJsonType("string", !mustBeGiven);
            if (mustBeGiven) {
                schema.put("minLength", 1);
            }
            return schema;
        }

        @Override
        public String placeholder(OptionDescriptor<?, ?> option) {
            return option.hostPath() != null ? "<path>" : super.placeholder(option);
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return option.hostPath() != null ? hostPathText(option) : super.describe(option);
        }
    }

    /** A path on the host, held as {@code java.nio.file.Path}: its text on the command line and in JSON. */
    private static final class HostPathType extends Text {
        HostPathType() {
            super("PATH", "<path>", "path");
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, OptionReader segment) {
            String text = (String) super.parse(option, segment);
            return text == null ? null : path(option, text);
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            String text = (String) super.fromJson(option, json);
            return text == null ? null : path(option, text);
        }

        private static Path path(OptionDescriptor<?, ?> option, String text) {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new ConfigException(option.component(), option.key(), text, "not a valid path ("
                        + e.getReason() + ")");
            }
        }
    }

    /** A bare key that sets a boolean; a JSON boolean. */
    private static final class Flag extends OptionType {
        Flag() {
            super("FLAG", JsonShape.BOOLEAN, null, "bare key");
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, OptionReader segment) {
            return Values.flag(option.component(), segment);
        }

        @Override
        public void print(OptionDescriptor<?, ?> option, Object value, OptionWriter out) {
            if ((Boolean) value) {
                out.flag(option.key());
            }
        }

        @Override
        public Object goZero(OptionDescriptor<?, ?> option) {
            return Boolean.FALSE;
        }

        @Override
        public Map<String, Object> jsonSchema(OptionDescriptor<?, ?> option, boolean mustBeGiven) {
            return nullableJsonType("boolean", true);
        }

        @Override
        public String placeholder(OptionDescriptor<?, ?> option) {
            return option.key();
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return option.onCommandLine() ? super.describe(option) : "`true` or `false`";
        }

        @Override
        public boolean bareKey() {
            return true;
        }
    }

    /** An enum spelled by its {@code @Key}s, as {@code key=spelling}; the spelling in JSON, empty when not set. */
    private static class Keyed extends OptionType {
        Keyed(String name, String description) {
            super(name, JsonShape.STRING, null, description);
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, OptionReader segment) {
            return Values.enumValue(option.component(), segment, option.enumKeys(), option.emptyUnsets());
        }

        @Override
        protected String text(OptionDescriptor<?, ?> option, Object value) {
            return keyOf(option, value);
        }

        @Override
        public Object toJson(OptionDescriptor<?, ?> option, Object value) {
            return keyOf(option, value);
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            String key = (String) json;
            Object constant = option.enumKeys().forKey(key);
            if (constant == null && !key.isEmpty()) {
                throw new ConfigException(option.component(), option.key(), key, "expected one of "
                        + String.join(", ", option.allowedValues()));
            }
            return constant;
        }

        /** One of its spellings; unless it must be given, also "" and null, which leave it unset. */
        @Override
        public Map<String, Object> jsonSchema(OptionDescriptor<?, ?> option, boolean mustBeGiven) {
            List<Object> values = new ArrayList<>(option.allowedValues());
            if (!mustBeGiven) {
                values.add("");
                values.add(null);
            }
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("enum", values);
            return schema;
        }

        @Override
        public String placeholder(OptionDescriptor<?, ?> option) {
            return String.join("|", option.allowedValues());
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return super.describe(option) != null ? super.describe(option) : alternatives(option);
        }

        static String keyOf(OptionDescriptor<?, ?> option, Object constant) {
            return option.allowedValues().get(((Enum<?>) constant).ordinal());
        }
    }

    /** An enum chosen by bare keys; in JSON its key, or, with {@code trueFor}, a boolean true for one key. */
    private static final class Choice extends Keyed {
        Choice() {
            super("CHOICE", "bare key, one of these");
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, OptionReader segment) {
            Values.flag(option.component(), segment);
            return option.enumKeys().forKey(segment.key());
        }

        @Override
        public void print(OptionDescriptor<?, ?> option, Object value, OptionWriter out) {
            out.flag(keyOf(option, value));
        }

        @Override
        public JsonShape jsonShape(OptionDescriptor<?, ?> option) {
            return option.jsonTrueFor() != null ? JsonShape.BOOLEAN : JsonShape.STRING;
        }

        @Override
        public Object toJson(OptionDescriptor<?, ?> option, Object value) {
            String key = keyOf(option, value);
            return option.jsonTrueFor() == null ? key : (Object) key.equals(option.jsonTrueFor());
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            if (option.jsonTrueFor() == null) {
                return super.fromJson(option, json);
            }
            return (Boolean) json ? option.enumKeys().forKey(option.jsonTrueFor()) : goZero(option);
        }

        /** With {@code trueFor}, a boolean (true for that key); otherwise one of its keys. */
        @Override
        public Map<String, Object> jsonSchema(OptionDescriptor<?, ?> option, boolean mustBeGiven) {
            if (option.jsonTrueFor() == null) {
                return super.jsonSchema(option, mustBeGiven);
            }
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("description", option.doc() + " (true: " + option.jsonTrueFor() + ")");
            schema.putAll(nullableJsonType("boolean", true));
            return schema;
        }

        /** With {@code trueFor}, false (or missing) selects the other of two keys; otherwise unset. */
        @Override
        public Object goZero(OptionDescriptor<?, ?> option) {
            List<String> keys = option.allowedValues();
            if (option.jsonTrueFor() == null || keys.size() != 2) {
                return null;
            }
            return option.enumKeys().forKey(keys.get(1 - keys.indexOf(option.jsonTrueFor())));
        }

        @Override
        public boolean bareKey() {
            return true;
        }
    }

    /**
     * A decimal number within the option's range (or its Java type's); a JSON integer. Boxed, a Go pointer; a
     * primitive's zero value is 0.
     */
    private static class Number extends OptionType {
        private final long typeMin;
        private final long typeMax;
        private final Object zero;

        Number(String name, JsonShape shape, long typeMin, long typeMax, Object zero, String placeholder,
                String description) {
            super(name, shape, placeholder, description);
            this.typeMin = typeMin;
            this.typeMax = typeMax;
            this.zero = zero;
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, OptionReader segment) {
            long value = Values.longValue(option.component(), segment, option.min() != null ? option.min() : typeMin,
                    option.max() != null ? option.max() : typeMax, option.plusSign());
            return zero instanceof Integer ? (Object) (int) value : (Object) value;
        }

        /** With {@code zeroUnsets}, 0 is vfkit's "not set": its {@code ToCmdLine()} leaves the option out. */
        @Override
        public void print(OptionDescriptor<?, ?> option, Object value, OptionWriter out) {
            if (!(option.zeroUnsets() && value.equals(zero))) {
                super.print(option, value, out);
            }
        }

        @Override
        public Object toJson(OptionDescriptor<?, ?> option, Object value) {
            return ((java.lang.Number) value).longValue();
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            return zero instanceof Integer ? (Object) ((Long) json).intValue() : json;
        }

        @Override
        public boolean goPointer(OptionDescriptor<?, ?> option) {
            return !option.valueType().isPrimitive();
        }

        @Override
        public Object goZero(OptionDescriptor<?, ?> option) {
            return option.valueType().isPrimitive() ? zero : null;
        }

        @Override
        public Map<String, Object> jsonSchema(OptionDescriptor<?, ?> option, boolean mustBeGiven) {
            return integerSchema(option, typeMin, typeMax, 1);
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return super.describe(option) + range(option);
        }

        /**
         * A whole number in the option's range (or {@code [typeMin, typeMax]}), times {@code unit}. A duration
         * ({@code unit} not 1) with a default may also be 0: Go's zero {@code time.Duration} is "not set" in vfkit's
         * JSON (the nbd {@code Timeout}); the schema errs on the side of accepting.
         */
        static Map<String, Object> integerSchema(OptionDescriptor<?, ?> option, long typeMin, long typeMax,
                long unit) {
            long min = option.min() != null ? option.min() : typeMin;
            long max = option.max() != null ? option.max() : typeMax;
            Map<String, Object> schema = nullableJsonType("integer", !option.valueType().isPrimitive());
            Map<String, Object> range = schema;
            if (unit != 1 && option.defaultValue() != null && min > 0) {
                range = new LinkedHashMap<>();
                schema.put("anyOf", List.of(Map.of("const", 0), range));
            }
            range.put("minimum", BigInteger.valueOf(min).multiply(BigInteger.valueOf(unit)));
            range.put("maximum", BigInteger.valueOf(max).multiply(BigInteger.valueOf(unit)));
            if (unit != 1) {
                range.put("multipleOf", unit);
            }
            return schema;
        }
    }

    /** Milliseconds on the command line, Go's {@code time.Duration} (nanoseconds, a value, not a pointer) in JSON. */
    private static final class Millis extends Number {
        Millis() {
            super("DURATION", JsonShape.INT64, Long.MIN_VALUE, Long.MAX_VALUE, Duration.ZERO, "<milliseconds>",
                    "milliseconds");
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, OptionReader segment) {
            return Duration.ofMillis((Long) super.parse(option, segment));
        }

        @Override
        protected String text(OptionDescriptor<?, ?> option, Object value) {
            return Long.toString(((Duration) value).toMillis());
        }

        @Override
        public String jsonNote() {
            return " (Go time.Duration, nanoseconds)";
        }

        @Override
        public Object toJson(OptionDescriptor<?, ?> option, Object value) {
            Duration duration = (Duration) value;
            try {
                return duration.toNanos();
            } catch (ArithmeticException e) {
                throw new ConfigException(option.component(), option.name(), duration.toString(),
                        "cannot be written: longer than Go's time.Duration holds (about 292 years)");
            }
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            return Duration.ofNanos((Long) json);
        }

        @Override
        public boolean goPointer(OptionDescriptor<?, ?> option) {
            return false;
        }

        @Override
        public Object goZero(OptionDescriptor<?, ?> option) {
            return Duration.ZERO;
        }

        /** Nanoseconds, whole milliseconds, as many as Go's {@code time.Duration} holds. */
        @Override
        public Map<String, Object> jsonSchema(OptionDescriptor<?, ?> option, boolean mustBeGiven) {
            long nanosPerMilli = Duration.ofMillis(1).toNanos();
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("description", option.doc() + " (Go time.Duration: nanoseconds, whole milliseconds)");
            schema.putAll(integerSchema(option, 0, Long.MAX_VALUE / nanosPerMilli, nanosPerMilli));
            return schema;
        }
    }

    /** {@code on} or {@code off}; a JSON boolean. Boxed, a Go pointer; a primitive's zero value is false. */
    private static final class OnOff extends OptionType {
        OnOff() {
            super("BOOLEAN", JsonShape.BOOLEAN, "on|off", "`on` | `off`");
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, OptionReader segment) {
            return Values.onOff(option.component(), segment);
        }

        @Override
        protected String text(OptionDescriptor<?, ?> option, Object value) {
            return (Boolean) value ? "on" : "off";
        }

        @Override
        public boolean goPointer(OptionDescriptor<?, ?> option) {
            return !option.valueType().isPrimitive();
        }

        @Override
        public Object goZero(OptionDescriptor<?, ?> option) {
            return option.valueType().isPrimitive() ? Boolean.FALSE : null;
        }

        @Override
        public Map<String, Object> jsonSchema(OptionDescriptor<?, ?> option, boolean mustBeGiven) {
            return nullableJsonType("boolean", true);
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return option.onCommandLine() ? super.describe(option) : "`true` or `false`";
        }
    }

    /** {@code ", from 1 to 4294967295"} when the option declares a range; empty otherwise. */
    protected static String range(OptionDescriptor<?, ?> option) {
        return option.min() == null ? "" : ", " + Values.range(option.min(), option.max());
    }

    /** {@code `a` | `b`}: an enum's spellings. */
    protected static String alternatives(OptionDescriptor<?, ?> option) {
        StringBuilder text = new StringBuilder();
        for (String value : option.allowedValues()) {
            text.append(text.length() == 0 ? "" : " | ").append('`').append(value).append('`');
        }
        return text.toString();
    }

    /** What a {@code @HostPath} option's path must be, for the reference. */
    protected static String hostPathText(OptionDescriptor<?, ?> option) {
        return switch (option.hostPath()) {
            case DISK_IMAGE -> "path to a disk image or block device";
            case RAW_DISK_IMAGE -> "path to a raw disk image (not qcow2)";
            case EXISTING_FILE -> "path to an existing file";
            case DIRECTORY -> "path to an existing directory";
            case UNIX_SOCKET -> "path of a Unix socket (at most 103 bytes on macOS)";
            case OUTPUT_FILE -> "path of a file vfkit writes";
        };
    }
}
