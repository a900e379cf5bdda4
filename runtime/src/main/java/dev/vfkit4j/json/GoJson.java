package dev.vfkit4j.json;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.json.JsonValue.JsonBoolean;
import dev.vfkit4j.json.JsonValue.JsonNumber;
import dev.vfkit4j.json.JsonValue.JsonObject;
import dev.vfkit4j.json.JsonValue.JsonString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How Go's {@code encoding/json} turns JSON values into vfkit's Go fields, and the errors vfkit4j gives when it would
 * not: strings only into strings, booleans only into booleans, integers written as integers (no {@code 1.0}, no
 * {@code 1e3}) and within the field's range, no sign on an unsigned number.
 */
final class GoJson {
    private GoJson() {
    }

    static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    static final BigInteger UINT32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /**
     * The key Go matches struct fields by when no field has the exact name: ASCII letters folded to one case. Go also
     * folds a few non-ASCII letters (the Kelvin sign, the long s); vfkit4j does not (rule R18).
     */
    static String fold(String name) {
        StringBuilder folded = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (foldChar(c) != c) {
                if (folded == null) {
                    folded = new StringBuilder(name);
                }
                folded.setCharAt(i, foldChar(c));
            }
        }
        return folded == null ? name : folded.toString();
    }

    /** One character as {@link #fold} folds it: an ASCII capital to its small letter, anything else unchanged. */
    private static char foldChar(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Whether {@code name} folds to {@code folded}, a folded name: {@code fold(name).equals(folded)} without a copy. */
    static boolean foldsTo(String name, String folded) {
        if (name.length() != folded.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (foldChar(name.charAt(i)) != folded.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Struct field names as Go matches them: a member whose name is exactly a field's name sets that field;
     * otherwise one whose name folds to it does. Finding a field allocates nothing.
     */
    static final class FieldNames<F> {
        private final Map<String, F> exact = new HashMap<>();
        /** Folded names and their fields, in the order added: the first field to claim a folded name keeps it. */
        private final List<String> foldedNames = new ArrayList<>();
        private final List<F> foldedFields = new ArrayList<>();

        FieldNames<F> add(String name, F field) {
            exact.putIfAbsent(name, field);
            String folded = fold(name);
            if (!foldedNames.contains(folded)) {
                foldedNames.add(folded);
                foldedFields.add(field);
            }
            return this;
        }

        /** The field member {@code name} sets, or null for a member Go would ignore. */
        F find(String name) {
            F field = exact.get(name);
            if (field != null) {
                return field;
            }
            for (int i = 0; i < foldedNames.size(); i++) {
                if (foldsTo(name, foldedNames.get(i))) {
                    return foldedFields.get(i);
                }
            }
            return null;
        }
    }

    /**
     * An object.
     *
     * @param what what the value is, for the message ("a virtual machine")
     */
    static JsonObject object(JsonValue value, JsonPath path, String what) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw mismatch(path, value, "an object", what);
    }

    static String string(JsonValue value, JsonPath path, String what) {
        if (value instanceof JsonString string) {
            return string.value();
        }
        throw mismatch(path, value, "a string", what);
    }

    static boolean bool(JsonValue value, JsonPath path, String what) {
        if (value instanceof JsonBoolean bool) {
            return bool.value();
        }
        throw mismatch(path, value, "true or false", what);
    }

    /** The text of an integer, as Go's {@code strconv} reads it for a field of any integer type. */
    private static String integerText(JsonValue value, JsonPath path, String what) {
        if (value instanceof JsonNumber number && number.isInteger()) {
            return number.text();
        }
        throw mismatch(path, value, "an integer", what);
    }

    /**
     * Whether an integer's text is short enough to be read as a {@code long} without a {@link BigInteger}: at most
     * 18 characters, sign included, is below 10^18. {@link Long#parseLong} accepts exactly what the
     * {@code BigInteger} constructor accepts there, with the same value.
     */
    private static boolean fitsLong(String integer) {
        return integer.length() <= 18;
    }

    /**
     * A signed integer, clamped to the 64-bit range: for a field narrower than 64 bits, whose own range check then
     * refuses anything beyond.
     */
    static long clamped(JsonValue value, JsonPath path, String what) {
        String text = integerText(value, path, what);
        if (fitsLong(text)) {
            return Long.parseLong(text);
        }
        BigInteger number = new BigInteger(text);
        if (number.bitLength() > 63) {
            return number.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return number.longValue();
    }

    /**
     * An unsigned integer no larger than {@code max}, as its 64-bit pattern ({@code 2^64 - 1} is {@code -1L}). Go
     * refuses any sign on an unsigned field, even {@code -0}.
     */
    static long unsigned(JsonValue value, JsonPath path, BigInteger max, String what) {
        String text = integerText(value, path, what);
        if (!text.startsWith("-")) {
            if (fitsLong(text)) {
                long number = Long.parseLong(text);
                if (max.bitLength() > 63 || number <= max.longValue()) {
                    return number;
                }
            } else {
                BigInteger number = new BigInteger(text);
                if (number.compareTo(max) <= 0) {
                    return number.longValue();
                }
            }
        }
        throw invalid(path, value, "out of range for " + what + ": from 0 to " + max);
    }

    /** A signed 64-bit integer (Go's {@code int}, {@code int64}, {@code time.Duration}). */
    static long int64(JsonValue value, JsonPath path, String what) {
        String text = integerText(value, path, what);
        if (fitsLong(text)) {
            return Long.parseLong(text);
        }
        BigInteger number = new BigInteger(text);
        if (number.compareTo(INT64_MIN) < 0 || number.compareTo(INT64_MAX) > 0) {
            throw invalid(path, value, "out of range for " + what + ": a signed 64-bit integer");
        }
        return number.longValue();
    }

    /**
     * The value at {@code path} is of the wrong JSON type.
     *
     * @param expected the JSON type expected ("an integer")
     * @param what what the value is ("the number of vCPUs (Go uint)")
     */
    static ConfigException mismatch(JsonPath path, JsonValue value, String expected, String what) {
        return new ConfigException(path.toString(), null, value.excerpt(), "expected " + expected + " for " + what
                + ", got " + value.describe());
    }

    /** The value at {@code path} has the right type but is not acceptable. */
    static ConfigException invalid(JsonPath path, JsonValue value, String problem) {
        return new ConfigException(path.toString(), null, value == null ? null : value.excerpt(), problem);
    }
}
