package dev.vfkit4j.spi;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.internal.Suggestions;
import java.util.Collection;
import java.util.List;

/**
 * Converts option values as the generated parsers need them. Every failure is a {@link ConfigException} that names
 * the component, the key and the value as given.
 */
public final class Values {
    private Values() {
    }

    /** A text value; empty means not set (null), as in vfkit. */
    public static String text(OptionReader option) {
        return option.valueIsEmpty() ? null : option.value();
    }

    /** {@code text}, or null when it is null or empty: "not set" has one spelling. */
    public static String textOrNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** A text value without its surrounding double quotes (see {@link #trimQuotes}); empty means not set. */
    public static String unquotedText(OptionReader option) {
        return textOrNull(trimQuotes(option.value()));
    }

    /**
     * vfkit's {@code util.TrimQuotes}: a text that starts and ends with {@code "} loses every leading and trailing
     * {@code "} (Go's {@code strings.Trim}), not just one pair.
     */
    public static String trimQuotes(String text) {
        if (!text.startsWith("\"") || !text.endsWith("\"")) {
            return text;
        }
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '"') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '"') {
            end--;
        }
        return text.substring(start, end);
    }

    /** A bare key: the value must be empty. */
    public static boolean flag(String component, OptionReader option) {
        if (!option.valueIsEmpty()) {
            throw new ConfigException(component, option.key(), option.value(),
                    "'" + option.key() + "' is a bare flag and takes no value");
        }
        return true;
    }

    /** {@code on} or {@code off}. */
    public static boolean onOff(String component, OptionReader option) {
        if (option.valueEquals("on")) {
            return true;
        }
        if (option.valueEquals("off")) {
            return false;
        }
        throw new ConfigException(component, option.key(), option.value(), "expected 'on' or 'off'");
    }

    /** An enum spelled as one of {@code keys}; with {@code emptyUnsets}, an empty value gives null. */
    public static <E extends Enum<E>> E enumValue(String component, OptionReader option, EnumKeys<E> keys,
            boolean emptyUnsets) {
        if (emptyUnsets && option.valueIsEmpty()) {
            return null;
        }
        int index = option.valueIndex(keys.keys());
        if (index < 0) {
            throw new ConfigException(component, option.key(), option.value(),
                    "expected one of " + String.join(", ", keys.keys()));
        }
        return keys.constants().get(index);
    }

    /**
     * A decimal {@code long} within {@code [min, max]}: an optional sign ({@code +} only where {@code plusSign}) and
     * ASCII digits, as Go's {@code strconv} reads base 10. Never wraps: too large is out of range.
     */
    public static long longValue(String component, OptionReader option, long min, long max, boolean plusSign) {
        int length = option.valueLength();
        int at = 0;
        boolean negative = false;
        if (length > 0 && (option.valueCharAt(0) == '-' || option.valueCharAt(0) == '+')) {
            negative = option.valueCharAt(0) == '-';
            if (!plusSign) {
                throw new ConfigException(component, option.key(), option.value(), "expected digits only ("
                        + range(min, max) + ")");
            }
            at = 1;
        }
        if (at == length) {
            throw new ConfigException(component, option.key(), option.value(), "expected a decimal number ("
                    + range(min, max) + ")");
        }
        long magnitude = 0;
        boolean overflow = false;
        for (int i = at; i < length; i++) {
            char c = option.valueCharAt(i);
            if (c < '0' || c > '9') {
                throw new ConfigException(component, option.key(), option.value(), "expected a decimal number ("
                        + range(min, max) + ")");
            }
            if (!overflow) {
                if (magnitude > (Long.MAX_VALUE - (c - '0')) / 10) {
                    overflow = true;
                } else {
                    magnitude = magnitude * 10 + (c - '0');
                }
            }
        }
        long value = negative ? -magnitude : magnitude;
        if (overflow || value < min || value > max) {
            throw new ConfigException(component, option.key(), option.value(), "out of range (" + range(min, max)
                    + ")");
        }
        return value;
    }

    /** A syntax-only key's value, which must be one of {@code allowed}. */
    public static void syntaxValue(String component, OptionReader option, List<String> allowed) {
        if (option.valueIndex(allowed) < 0) {
            throw new ConfigException(component, option.key(), option.value(),
                    "expected " + String.join(" or ", allowed));
        }
    }

    /** The error for a key the component does not have, suggesting the closest known one. */
    public static ConfigException unknownOption(String component, RawOption option, Collection<String> knownKeys) {
        String suggestion = Suggestions.closest(option.key(), knownKeys);
        String problem = "unknown option" + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)")
                + "; known: " + String.join(", ", knownKeys);
        return new ConfigException(component, option.key(), option.value().isEmpty() ? null : option.value(),
                problem);
    }

    /** Describes {@code [min, max]} for messages. */
    public static String range(long min, long max) {
        if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
            return "any 64-bit number";
        }
        if (max == Long.MAX_VALUE) {
            return "at least " + min;
        }
        if (min == Long.MIN_VALUE) {
            return "at most " + max;
        }
        return "from " + min + " to " + max;
    }
}
