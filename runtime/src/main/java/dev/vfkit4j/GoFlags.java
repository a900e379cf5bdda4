package dev.vfkit4j;

import dev.vfkit4j.annotations.internal.Suggestions;
import dev.vfkit4j.spi.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * A command's flag definitions, indexed by name and shorthand. Immutable, so a command builds its set once: the
     * two lookup tables would otherwise be rebuilt on every parse, a seventh of what parsing a VM allocates.
     */
    static final class FlagSet {
        private final Map<String, Flag> byName = new HashMap<>();
        private final Map<Character, Flag> byShorthand = new HashMap<>();

        FlagSet(List<Flag> flags) {
            for (Flag flag : flags) {
                byName.put(flag.name(), flag);
                if (flag.shorthand() != 0) {
                    byShorthand.put(flag.shorthand(), flag);
                }
            }
        }

        /** Reads {@code args}; the flags given are then in {@link GoFlags#changed}. */
        GoFlags parse(List<String> args) {
            return new GoFlags(this).parse(args);
        }
    }

    private final Map<String, Flag> byName;
    private final Map<Character, Flag> byShorthand;
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, List<String>> lists = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();

    private GoFlags(FlagSet flags) {
        this.byName = flags.byName;
        this.byShorthand = flags.byShorthand;
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
        String body = arg.substring(2);
        if (body.isEmpty() || body.charAt(0) == '-' || body.charAt(0) == '=') {
            throw new ConfigException(arg, null, null, "bad flag syntax");
        }
        int equals = body.indexOf('=');
        String name = equals < 0 ? body : body.substring(0, equals);
        Flag flag = byName.get(name);
        if (flag == null) {
            throw unknown("--" + name);
        }
        if (equals >= 0) {
            set(flag, body.substring(equals + 1));
        } else if (flag.kind() == Kind.BOOL) {
            set(flag, "true");
        } else if (i + 1 < args.size() && args.get(i + 1) != null) {
            set(flag, args.get(++i));
        } else {
            throw new ConfigException("--" + name, null, null, "flag needs a value");
        }
        return i;
    }

    private int parseShorthands(List<String> args, int i) {
        String shorthands = args.get(i).substring(1);
        while (!shorthands.isEmpty()) {
            char c = shorthands.charAt(0);
            Flag flag = byShorthand.get(c);
            if (flag == null) {
                throw unknown("-" + c);
            }
            if (shorthands.length() > 2 && shorthands.charAt(1) == '=') {
                set(flag, shorthands.substring(2));
                shorthands = "";
            } else if (flag.kind() == Kind.BOOL) {
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
        for (String name : byName.keySet()) {
            known.add("--" + name);
        }
        known.sort(null);
        String suggestion = Suggestions.closest(flag, known);
        return new ConfigException(flag, null, null, "unknown flag" + (suggestion == null ? ""
                : " (did you mean '" + suggestion + "'?)"));
    }

    private void set(Flag flag, String value) {
        String name = "--" + flag.name();
        switch (flag.kind()) {
            case BOOL -> strings.put(flag.name(), Boolean.toString(parseBool(name, value)));
            case STRING -> strings.put(flag.name(), value);
            case STRING_ARRAY -> lists.computeIfAbsent(flag.name(), k -> new ArrayList<>()).add(value);
            case QUOTED_LIST -> lists.computeIfAbsent(flag.name(), k -> new ArrayList<>())
                    .addAll(splitQuoted(name, value));
        }
        changed.add(flag.name());
    }

    /** Whether the flag was given (cobra's "changed"), even with an empty value. */
    boolean changed(String name) {
        return changed.contains(name);
    }

    /** The flag's last value, or {@code fallback} when it was not given. */
    String string(String name, String fallback) {
        return strings.getOrDefault(name, fallback);
    }

    /** A bool flag's value. */
    boolean bool(String name) {
        return Boolean.parseBoolean(strings.get(name));
    }

    /** A list flag's values, in order. */
    List<String> list(String name) {
        return lists.getOrDefault(name, List.of());
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
