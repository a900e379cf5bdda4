package dev.vfkit4j;

import dev.vfkit4j.annotations.internal.Suggestions;
import dev.vfkit4j.spi.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * vfkit's flags, read as spf13/pflag reads them: {@code --name value}, {@code --name=value}, {@code -n value},
 * {@code -nvalue}, {@code -n=value}, bundled bool shorthands ({@code -nc 2}), {@code --} ending the flags, and
 * positional arguments ignored wherever they stand. Values are kept as text; the caller converts them.
 */
final class GoFlags {

    enum Kind {
        /** One value; the last occurrence wins. */
        STRING,
        /** A Go bool: bare means true; {@code =value} must be a Go bool literal. */
        BOOL,
        /** Every occurrence kept, in order ({@code --device}). */
        STRING_ARRAY,
        /** vfkit's quote-aware comma list; occurrences concatenated ({@code --bootloader}, {@code --cloud-init}). */
        QUOTED_LIST
    }

    record Flag(String name, char shorthand, Kind kind) {
    }

    /**
     * A command's flag definitions, indexed by name, by {@code --name} and by shorthand. Immutable, so a command builds
     * its set once: the lookup tables would otherwise be rebuilt on every parse.
     */
    static final class FlagSet {
        private final List<Flag> flags;
        private final Map<String, Integer> byName = new HashMap<>();
        /** By the whole argument {@code --name}, so that the common spelling is found without copying the name. */
        private final Map<String, Integer> byArg = new HashMap<>();
        private final Map<Character, Integer> byShorthand = new HashMap<>();

        FlagSet(List<Flag> flags) {
            this.flags = List.copyOf(flags);
            for (int i = 0; i < flags.size(); i++) {
                Flag flag = flags.get(i);
                byName.put(flag.name(), i);
                byArg.put("--" + flag.name(), i);
                if (flag.shorthand() != 0) {
                    byShorthand.put(flag.shorthand(), i);
                }
            }
        }

        /** Reads {@code args}; the flags given are then in {@link GoFlags#changed}. */
        GoFlags parse(List<String> args) {
            return new GoFlags(this).parse(args);
        }

        private int index(String name) {
            Integer index = byName.get(name);
            if (index == null) {
                throw new IllegalArgumentException("no flag --" + name);
            }
            return index;
        }
    }

    private final FlagSet set;
    /** Per flag, by its index in the set: the last value of a single-valued flag, the values of a list flag. */
    private final String[] strings;
    private final List<String>[] lists;
    private final boolean[] changed;

    @SuppressWarnings("unchecked") // an array of a generic type cannot be created otherwise
    private GoFlags(FlagSet set) {
        this.set = set;
        int count = set.flags.size();
        this.strings = new String[count];
        this.lists = (List<String>[]) new List<?>[count];
        this.changed = new boolean[count];
    }

    private GoFlags parse(List<String> args) {
        if (args == null) {
            return this;
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg == null || arg.length() < 2 || arg.charAt(0) != '-') {
                continue; // a positional argument: vfkit takes none and ignores them
            }
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("--")) {
                i = parseLong(args, i);
            } else {
                i = parseShorthands(args, i);
            }
        }
        return this;
    }

    private int parseLong(List<String> args, int i) {
        String arg = args.get(i);
        Integer known = set.byArg.get(arg);
        if (known != null) {
            return takeValue(args, i, known);
        }
        String body = arg.substring(2);
        if (body.isEmpty() || body.charAt(0) == '-' || body.charAt(0) == '=') {
            throw new ConfigException(arg, null, null, "bad flag syntax");
        }
        int equals = body.indexOf('=');
        String name = equals < 0 ? body : body.substring(0, equals);
        Integer flag = set.byName.get(name);
        if (flag == null) {
            throw unknown("--" + name);
        }
        if (equals >= 0) {
            set(flag, body.substring(equals + 1));
            return i;
        }
        return takeValue(args, i, flag);
    }

    /** A flag given without {@code =value}: a bool is true, any other takes the next argument. */
    private int takeValue(List<String> args, int i, int flag) {
        if (set.flags.get(flag).kind() == Kind.BOOL) {
            set(flag, "true");
        } else if (i + 1 < args.size() && args.get(i + 1) != null) {
            set(flag, args.get(i + 1));
            return i + 1;
        } else {
            throw new ConfigException("--" + set.flags.get(flag).name(), null, null, "flag needs a value");
        }
        return i;
    }

    private int parseShorthands(List<String> args, int i) {
        String shorthands = args.get(i).substring(1);
        while (!shorthands.isEmpty()) {
            char c = shorthands.charAt(0);
            Integer flag = set.byShorthand.get(c);
            if (flag == null) {
                throw unknown("-" + c);
            }
            if (shorthands.length() > 2 && shorthands.charAt(1) == '=') {
                set(flag, shorthands.substring(2));
                shorthands = "";
            } else if (set.flags.get(flag).kind() == Kind.BOOL) {
                set(flag, "true");
                shorthands = shorthands.substring(1);
            } else if (shorthands.length() > 1) {
                set(flag, shorthands.substring(1));
                shorthands = "";
            } else if (i + 1 < args.size() && args.get(i + 1) != null) {
                set(flag, args.get(++i));
                shorthands = "";
            } else {
                throw new ConfigException("-" + c, null, null, "flag needs a value");
            }
        }
        return i;
    }

    private ConfigException unknown(String flag) {
        List<String> known = new ArrayList<>();
        for (Flag each : set.flags) {
            known.add("--" + each.name());
        }
        known.sort(null);
        String suggestion = Suggestions.closest(flag, known);
        return new ConfigException(flag, null, null, "unknown flag" + (suggestion == null ? ""
                : " (did you mean '" + suggestion + "'?)"));
    }

    private void set(int index, String value) {
        Flag flag = set.flags.get(index);
        switch (flag.kind()) {
            case BOOL -> strings[index] = Boolean.toString(parseBool("--" + flag.name(), value));
            case STRING -> strings[index] = value;
            case STRING_ARRAY -> listOf(index).add(value);
            case QUOTED_LIST -> listOf(index).addAll(splitQuoted("--" + flag.name(), value));
        }
        changed[index] = true;
    }

    private List<String> listOf(int index) {
        if (lists[index] == null) {
            lists[index] = new ArrayList<>();
        }
        return lists[index];
    }

    /** Whether the flag was given (cobra's "changed"), even with an empty value. */
    boolean changed(String name) {
        return changed[set.index(name)];
    }

    /** The flag's last value, or {@code fallback} when it was not given. */
    String string(String name, String fallback) {
        String value = strings[set.index(name)];
        return value != null ? value : fallback;
    }

    /** A bool flag's value. */
    boolean bool(String name) {
        return Boolean.parseBoolean(strings[set.index(name)]);
    }

    /** A list flag's values, in order. */
    List<String> list(String name) {
        List<String> values = lists[set.index(name)];
        return values != null ? values : List.of();
    }

    /** Go's {@code strconv.ParseBool}. */
    static boolean parseBool(String flag, String value) {
        return switch (value) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw new ConfigException(flag, null, value, "expected true or false");
        };
    }

    /**
     * vfkit's {@code --bootloader} splitting: on {@code ,} outside double quotes; each part then loses one pair of
     * surrounding quotes ({@code "efi","variable-store=x"}). An unterminated quote is an error; an empty value is no
     * part at all.
     */
    static List<String> splitQuoted(String flag, String value) {
        if (value.indexOf('"') < 0) {
            return splitUnquoted(value);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                quoted = c != '"';
                part.append(c);
            } else if (c == ',') {
                parts.add(Values.trimQuotes(part.toString()));
                part.setLength(0);
            } else {
                quoted = c == '"';
                part.append(c);
            }
        }
        if (quoted) {
            throw new ConfigException(flag, null, value, "mismatched '\"'");
        }
        String last = Values.trimQuotes(part.toString());
        if (!parts.isEmpty() || !last.isEmpty()) {
            parts.add(last);
        }
        return parts;
    }

    /** {@link #splitQuoted} of a value without quotes: the parts between commas, copied once. */
    private static List<String> splitUnquoted(String value) {
        List<String> parts = new ArrayList<>();
        if (value.isEmpty()) {
            return parts;
        }
        int from = 0;
        for (int comma = value.indexOf(','); comma >= 0; comma = value.indexOf(',', from)) {
            parts.add(value.substring(from, comma));
            from = comma + 1;
        }
        parts.add(value.substring(from));
        return parts;
    }

    /**
     * Go's {@code strconv.ParseUint(text, 0, 64)}, as pflag reads {@code --cpus} and {@code --memory}: decimal,
     * {@code 0x}/{@code 0o}/{@code 0b} prefixes, a leading {@code 0} for octal, {@code _} between digits. Returns
     * the value as an unsigned long.
     */
    static long parseUint(String flag, String text) {
        if (text.isEmpty() || !underscoresOk(text)) {
            throw new ConfigException(flag, null, text, "expected an unsigned number");
        }
        int base = 10;
        int at = 0;
        if (text.charAt(0) == '0') {
            char prefix = text.length() >= 3 ? Character.toLowerCase(text.charAt(1)) : 0;
            switch (prefix) {
                case 'b' -> {
                    base = 2;
                    at = 2;
                }
                case 'o' -> {
                    base = 8;
                    at = 2;
                }
                case 'x' -> {
                    base = 16;
                    at = 2;
                }
                default -> {
                    base = 8;
                    at = 1;
                }
            }
        }
        long value = 0;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                continue;
            }
            int digit = c <= 0x7f ? Character.digit(c, base) : -1;
            if (digit < 0) {
                throw new ConfigException(flag, null, text, "expected an unsigned number");
            }
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L, base)) > 0
                    || Long.compareUnsigned(value * base + digit, value * base) < 0) {
                throw new ConfigException(flag, null, text, "out of range (at most 18446744073709551615)");
            }
            value = value * base + digit;
        }
        return value;
    }

    /** Go's {@code underscoreOK}: underscores only between digits, or after a base prefix. */
    private static boolean underscoresOk(String text) {
        char saw = '^';
        int i = 0;
        boolean hex = false;
        if (text.length() >= 2 && text.charAt(0) == '0') {
            char prefix = Character.toLowerCase(text.charAt(1));
            if (prefix == 'b' || prefix == 'o' || prefix == 'x') {
                i = 2;
                saw = '0';
                hex = prefix == 'x';
            }
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            if (c >= '0' && c <= '9' || hex && lower >= 'a' && lower <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }
}
