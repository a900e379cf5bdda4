package dev.vfkit4j.spi;

import dev.vfkit4j.ConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The rule checks that generated {@code validate} methods run on a finished component. */
public final class Checks {
    private Checks() {
    }

    /** Whether a text option is set: not null and not empty (vfkit cannot tell the two apart). */
    public static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }

    /** A required option must be set. */
    public static void required(OptionDescriptor<?, ?> option, Object value) {
        if (value == null || value instanceof String text && text.isEmpty()) {
            throw new OptionException(option, null, "is required");
        }
    }

    /**
     * Text is never empty in a record: "" is "not set", whose one spelling is null (builders, the parser and JSON
     * all turn "" into null). Only a record constructed directly can hold "", and it would print as if unset and
     * read back as a different record.
     */
    public static void notEmpty(OptionDescriptor<?, ?> option, String value) {
        if (value != null && value.isEmpty()) {
            throw new OptionException(option, value, "empty text means 'not set': give null instead"
                    + " (builders, the parser and JSON read \"\" as not set)");
        }
    }

    /** A number must lie within {@code [min, max]}. */
    public static void range(OptionDescriptor<?, ?> option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new OptionException(option, Long.toString(value), "out of range (" + Values.range(min, max) + ")");
        }
    }

    /** A duration's milliseconds must lie within {@code [min, max]}, and it must be a whole number of them. */
    public static void range(OptionDescriptor<?, ?> option, Duration value, long min, long max) {
        long millis;
        try {
            millis = value.toMillis();
        } catch (ArithmeticException e) {
            throw new OptionException(option, value.toString(), "out of range (" + Values.range(min, max) + " ms)");
        }
        if (!Duration.ofMillis(millis).equals(value)) {
            throw new OptionException(option, value.toString(), "must be a whole number of milliseconds");
        }
        range(option, millis, min, max);
    }

    /** Like {@link #range(OptionDescriptor, long, long, long)}, but 0 is "not set" and always passes. */
    public static void rangeOrZero(OptionDescriptor<?, ?> option, long value, long min, long max) {
        if (value != 0) {
            range(option, value, min, max);
        }
    }

    /** Like {@link #range(OptionDescriptor, Duration, long, long)}, but zero is "not set" and always passes. */
    public static void rangeOrZero(OptionDescriptor<?, ?> option, Duration value, long min, long max) {
        if (!value.isZero()) {
            range(option, value, min, max);
        }
    }

    /**
     * At most one of the group's options may be set; when it is required, exactly one.
     *
     * @param set whether each of the group's options is set, in the group's order
     * @param options the group's options, in the group's order
     */
    public static void exclusive(String component, ComponentDescriptor.ExclusiveGroup group, boolean[] set,
            List<? extends OptionDescriptor<?, ?>> options) {
        int first = -1;
        for (int i = 0; i < set.length; i++) {
            if (!set[i]) {
                continue;
            }
            if (first >= 0) {
                throw new OptionException(options.get(i), null, "'" + group.keys().get(first) + "' and '"
                        + group.keys().get(i) + "' cannot be set at the same time");
            }
            first = i;
        }
        if (group.required() && first < 0) {
            throw new ConfigException(component, null, null, "one of " + quoted(group.keys()) + " must be set");
        }
    }

    /** On the command line, {@code key} was given without {@code needs}. */
    public static ConfigException requires(String component, String key, String needs) {
        return new ConfigException(component, key, null, "'" + key + "' requires '" + needs + "' to be given too");
    }

    private static String quoted(List<String> keys) {
        List<String> quoted = new ArrayList<>();
        for (String key : keys) {
            quoted.add("'" + key + "'");
        }
        return String.join(", ", quoted);
    }
}
