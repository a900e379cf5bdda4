package dev.vfkit4j.spi;

import dev.vfkit4j.ConfigException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One kind of option value, and everything vfkit4j does with it in one object: how it is read from and printed to
 * vfkit's command line, how it is written to and read from vfkit's JSON (and what Go's zero value of it is), and how
 * the reference documentation names it. Generated descriptors name the object of each option; the processor maps a
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
    public static final OptionType STRING = new Text("STRING");
    /** A bare key that sets a boolean. JSON: a boolean. */
    public static final OptionType FLAG = new Flag();
    /** An enum chosen by bare keys ({@code listen|connect}). JSON: its key, or a boolean with {@code trueFor}. */
    public static final OptionType CHOICE = new Choice();
    /** An enum written as {@code key=spelling}. JSON: the spelling. */
    public static final OptionType ENUM = new Keyed();
    /** A decimal {@code int}. JSON: a number. */
    public static final OptionType INT = new Int();
    /** A decimal {@code long} (vfkit's unsigned 32-bit ports among them). JSON: a number. */
    public static final OptionType LONG = new Long64();
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

    protected OptionType(String name) {
        this.name = name;
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
    public abstract Object parse(OptionDescriptor<?, ?> option, RawOption segment);

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
    public abstract JsonShape jsonShape(OptionDescriptor<?, ?> option);

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
    public abstract Object toJson(OptionDescriptor<?, ?> option, Object value);

    /**
     * A JSON value of the type's shape (a String, Boolean or Long) as the option's value; null means not set.
     *
     * @throws ConfigException whose {@linkplain ConfigException#problem() problem} says why it is refused
     */
    public abstract Object fromJson(OptionDescriptor<?, ?> option, Object json);

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

    // --- documentation

    /** The value in a synopsis: {@code <number>} in {@code port=<number>}; for a flag or a choice, its keys. */
    public abstract String placeholder(OptionDescriptor<?, ?> option);

    /** The value in the reference's table: {@code number, from 1 to 4294967295}. */
    public abstract String describe(OptionDescriptor<?, ?> option);

    /** Whether the option is a bare key (a flag or a choice): nothing follows it on the command line. */
    public boolean bareKey() {
        return false;
    }

    // --- the types

    /** Text. */
    private static class Text extends OptionType {
        Text(String name) {
            super(name);
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, RawOption segment) {
            return option.trimQuotes() ? Values.unquotedText(segment) : Values.text(segment);
        }

        @Override
        public String hostPath(Object value) {
            return value.toString();
        }

        @Override
        public JsonShape jsonShape(OptionDescriptor<?, ?> option) {
            return JsonShape.STRING;
        }

        @Override
        public Object toJson(OptionDescriptor<?, ?> option, Object value) {
            return value.toString();
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            String text = (String) json;
            return text.isEmpty() ? null : convert(option, text);
        }

        /** The option's value for a non-empty text. */
        Object convert(OptionDescriptor<?, ?> option, String text) {
            return text;
        }

        @Override
        public String placeholder(OptionDescriptor<?, ?> option) {
            return option.hostPath() != null ? "<path>" : "<text>";
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return option.hostPath() != null ? hostPathText(option) : "text";
        }
    }

    /** A path on the host, held as {@code java.nio.file.Path}. */
    private static final class HostPathType extends Text {
        HostPathType() {
            super("PATH");
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, RawOption segment) {
            String text = (String) super.parse(option, segment);
            return text == null ? null : path(option, text, segment.value());
        }

        @Override
        Object convert(OptionDescriptor<?, ?> option, String text) {
            return path(option, text, text);
        }

        private static Path path(OptionDescriptor<?, ?> option, String text, String given) {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new ConfigException(option.component(), option.key(), given, "not a valid path ("
                        + e.getReason() + ")");
            }
        }

        @Override
        public String placeholder(OptionDescriptor<?, ?> option) {
            return "<path>";
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return option.hostPath() != null ? hostPathText(option) : "path";
        }
    }

    /** A bare key that sets a boolean. */
    private static final class Flag extends OptionType {
        Flag() {
            super("FLAG");
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, RawOption segment) {
            return Values.flag(option.component(), segment);
        }

        @Override
        public void print(OptionDescriptor<?, ?> option, Object value, OptionWriter out) {
            if ((Boolean) value) {
                out.flag(option.key());
            }
        }

        @Override
        public JsonShape jsonShape(OptionDescriptor<?, ?> option) {
            return JsonShape.BOOLEAN;
        }

        @Override
        public Object toJson(OptionDescriptor<?, ?> option, Object value) {
            return value;
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            return json;
        }

        @Override
        public Object goZero(OptionDescriptor<?, ?> option) {
            return Boolean.FALSE;
        }

        @Override
        public String placeholder(OptionDescriptor<?, ?> option) {
            return option.key();
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return option.onCommandLine() ? "bare key" : "`true` or `false`";
        }

        @Override
        public boolean bareKey() {
            return true;
        }
    }

    /** An enum spelled by its {@code @Key}s, as {@code key=spelling}. */
    private static class Keyed extends OptionType {
        Keyed() {
            super("ENUM");
        }

        Keyed(String name) {
            super(name);
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, RawOption segment) {
            return Values.enumValue(option.component(), segment, option.enumKeys(), option.emptyUnsets());
        }

        @Override
        protected String text(OptionDescriptor<?, ?> option, Object value) {
            return keyOf(option, value);
        }

        @Override
        public JsonShape jsonShape(OptionDescriptor<?, ?> option) {
            return JsonShape.STRING;
        }

        @Override
        public Object toJson(OptionDescriptor<?, ?> option, Object value) {
            return keyOf(option, value);
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            String key = (String) json;
            if (key.isEmpty()) {
                return null;
            }
            Object constant = option.enumKeys().forKey(key);
            if (constant == null) {
                throw new ConfigException(option.component(), option.key(), key, "expected one of "
                        + String.join(", ", option.allowedValues()));
            }
            return constant;
        }

        @Override
        public String placeholder(OptionDescriptor<?, ?> option) {
            return String.join("|", option.allowedValues());
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return alternatives(option);
        }

        static String keyOf(OptionDescriptor<?, ?> option, Object constant) {
            return option.allowedValues().get(((Enum<?>) constant).ordinal());
        }
    }

    /** An enum chosen by bare keys; in JSON its key, or, with {@code trueFor}, a boolean true for one key. */
    private static final class Choice extends Keyed {
        Choice() {
            super("CHOICE");
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, RawOption segment) {
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
            if (option.jsonTrueFor() == null) {
                return super.toJson(option, value);
            }
            return keyOf(option, value).equals(option.jsonTrueFor());
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            if (option.jsonTrueFor() == null) {
                return super.fromJson(option, json);
            }
            return (Boolean) json ? option.enumKeys().forKey(option.jsonTrueFor()) : goZero(option);
        }

        /** With {@code trueFor}, false (or missing) selects the other of two keys; otherwise unset. */
        @Override
        public Object goZero(OptionDescriptor<?, ?> option) {
            if (option.jsonTrueFor() == null || option.allowedValues().size() != 2) {
                return null;
            }
            int trueIndex = option.allowedValues().indexOf(option.jsonTrueFor());
            return option.enumKeys().forKey(option.allowedValues().get(1 - trueIndex));
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return "bare key, one of these";
        }

        @Override
        public boolean bareKey() {
            return true;
        }
    }

    /** A decimal number; boxed, a Go pointer. */
    private abstract static class Number extends OptionType {
        private final long typeMin;
        private final long typeMax;

        Number(String name, long typeMin, long typeMax) {
            super(name);
            this.typeMin = typeMin;
            this.typeMax = typeMax;
        }

        long min(OptionDescriptor<?, ?> option) {
            return option.min() != null ? option.min() : typeMin;
        }

        long max(OptionDescriptor<?, ?> option) {
            return option.max() != null ? option.max() : typeMax;
        }

        long parseLong(OptionDescriptor<?, ?> option, RawOption segment) {
            return Values.longValue(option.component(), segment, min(option), max(option), option.plusSign());
        }

        @Override
        public Object toJson(OptionDescriptor<?, ?> option, Object value) {
            return ((java.lang.Number) value).longValue();
        }

        @Override
        public boolean goPointer(OptionDescriptor<?, ?> option) {
            return !option.valueType().isPrimitive();
        }

        @Override
        public String placeholder(OptionDescriptor<?, ?> option) {
            return "<number>";
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return "number" + range(option);
        }
    }

    /** A decimal {@code int}. */
    private static final class Int extends Number {
        Int() {
            super("INT", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, RawOption segment) {
            return (int) parseLong(option, segment);
        }

        @Override
        public JsonShape jsonShape(OptionDescriptor<?, ?> option) {
            return JsonShape.INT32;
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            return ((java.lang.Long) json).intValue();
        }

        @Override
        public Object goZero(OptionDescriptor<?, ?> option) {
            return option.valueType().isPrimitive() ? 0 : null;
        }
    }

    /** A decimal {@code long}. */
    private static final class Long64 extends Number {
        Long64() {
            super("LONG", java.lang.Long.MIN_VALUE, java.lang.Long.MAX_VALUE);
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, RawOption segment) {
            return parseLong(option, segment);
        }

        @Override
        public JsonShape jsonShape(OptionDescriptor<?, ?> option) {
            return JsonShape.INT64;
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            return json;
        }

        @Override
        public Object goZero(OptionDescriptor<?, ?> option) {
            return option.valueType().isPrimitive() ? 0L : null;
        }
    }

    /** Milliseconds on the command line, Go's {@code time.Duration} (nanoseconds, a value) in JSON. */
    private static final class Millis extends Number {
        Millis() {
            super("DURATION", java.lang.Long.MIN_VALUE, java.lang.Long.MAX_VALUE);
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, RawOption segment) {
            return Duration.ofMillis(parseLong(option, segment));
        }

        @Override
        protected String text(OptionDescriptor<?, ?> option, Object value) {
            return Long.toString(((Duration) value).toMillis());
        }

        @Override
        public JsonShape jsonShape(OptionDescriptor<?, ?> option) {
            return JsonShape.INT64;
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
            return Duration.ofNanos((java.lang.Long) json);
        }

        @Override
        public boolean goPointer(OptionDescriptor<?, ?> option) {
            return false;
        }

        @Override
        public Object goZero(OptionDescriptor<?, ?> option) {
            return Duration.ZERO;
        }

        @Override
        public String placeholder(OptionDescriptor<?, ?> option) {
            return "<milliseconds>";
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return "milliseconds" + range(option);
        }
    }

    /** {@code on} or {@code off}; a JSON boolean. */
    private static final class OnOff extends OptionType {
        OnOff() {
            super("BOOLEAN");
        }

        @Override
        public Object parse(OptionDescriptor<?, ?> option, RawOption segment) {
            return Values.onOff(option.component(), segment);
        }

        @Override
        protected String text(OptionDescriptor<?, ?> option, Object value) {
            return (Boolean) value ? "on" : "off";
        }

        @Override
        public JsonShape jsonShape(OptionDescriptor<?, ?> option) {
            return JsonShape.BOOLEAN;
        }

        @Override
        public Object toJson(OptionDescriptor<?, ?> option, Object value) {
            return value;
        }

        @Override
        public Object fromJson(OptionDescriptor<?, ?> option, Object json) {
            return json;
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
        public String placeholder(OptionDescriptor<?, ?> option) {
            return "on|off";
        }

        @Override
        public String describe(OptionDescriptor<?, ?> option) {
            return option.onCommandLine() ? "`on` | `off`" : "`true` or `false`";
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
            case DISK_IMAGE -> "path to a raw disk image (not qcow2)";
            case EXISTING_FILE -> "path to an existing file";
            case DIRECTORY -> "path to an existing directory";
            case UNIX_SOCKET -> "path of a Unix socket (at most 103 bytes on macOS)";
            case OUTPUT_FILE -> "path of a file vfkit writes";
        };
    }
}
