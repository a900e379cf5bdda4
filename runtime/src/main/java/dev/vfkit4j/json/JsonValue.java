package dev.vfkit4j.json;

import dev.vfkit4j.ConfigException;
import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One JSON value, read with Jackson's streaming parser and kept exactly as Go's {@code encoding/json} sees it.
 *
 * <p>Jackson's own tree ({@code ObjectNode}) is not used on purpose: it keeps one entry per exact member name, so
 * {@code {"kind":"a","Kind":"b","kind":"c"}} loses the order in which Go's case-insensitive, last-one-wins decoding
 * applies the three members, and earlier duplicates (which Go still type-checks) disappear. It also turns the number
 * {@code -0} into {@code 0}, which Go refuses for an unsigned field. Here every member is kept, in order, and a
 * number keeps its text.
 */
sealed interface JsonValue {

    /** What the value is, for messages: "an object", "a string", ... */
    String describe();

    /** The value, shortened, for messages. */
    String excerpt();

    /**
     * An object; members in document order, duplicates included. Names and values are held in two arrays of the
     * object's exact size, without an object per member.
     */
    final class JsonObject implements JsonValue {
        private final String[] names;
        private final JsonValue[] values;

        private JsonObject(String[] names, JsonValue[] values) {
            this.names = names;
            this.values = values;
        }

        /** The number of members. */
        int size() {
            return names.length;
        }

        /** The name of member {@code i}. */
        String name(int i) {
            return names[i];
        }

        /** The value of member {@code i}. */
        JsonValue value(int i) {
            return values[i];
        }

        @Override
        public String describe() {
            return "an object";
        }

        @Override
        public String excerpt() {
            return "{...}";
        }
    }

    /** An array. */
    final class JsonArray implements JsonValue {
        private final JsonValue[] items;

        private JsonArray(JsonValue[] items) {
            this.items = items;
        }

        /** The number of items. */
        int size() {
            return items.length;
        }

        /** Item {@code i}. */
        JsonValue item(int i) {
            return items[i];
        }

        @Override
        public String describe() {
            return "an array";
        }

        @Override
        public String excerpt() {
            return "[...]";
        }
    }

    /** A string. */
    record JsonString(String value) implements JsonValue {
        @Override
        public String describe() {
            return "a string";
        }

        @Override
        public String excerpt() {
            return value.length() <= 80 ? value : value.substring(0, 77) + "...";
        }
    }

    /** A number, as written. */
    record JsonNumber(String text) implements JsonValue {
        /** Whether it is written as an integer: Go's integer fields refuse {@code 1.0} and {@code 1e3}. */
        boolean isInteger() {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.' || c == 'e' || c == 'E') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe() {
            return isInteger() ? "an integer" : "a fractional number";
        }

        @Override
        public String excerpt() {
            return text;
        }
    }

    /** {@code true} or {@code false}: {@link #TRUE} and {@link #FALSE} are the only two. */
    enum JsonBoolean implements JsonValue {
        TRUE, FALSE;

        boolean value() {
            return this == TRUE;
        }

        @Override
        public String describe() {
            return "a boolean";
        }

        @Override
        public String excerpt() {
            return Boolean.toString(value());
        }
    }

    /** {@code null}. */
    enum JsonNull implements JsonValue {
        NULL;

        @Override
        public String describe() {
            return "null";
        }

        @Override
        public String excerpt() {
            return "null";
        }
    }

    /**
     * Reads the value that starts at the parser's current token and leaves the parser on its last token. A parser
     * already inside an object (on a property name or the end of an empty object, as Jackson hands over buffered
     * objects) reads the rest of that object.
     */
    static JsonValue read(JsonParser parser) {
        return new TreeReader(parser).read();
    }

    /**
     * Reads one value with its nested values. The members and items of the objects and arrays being read wait on one
     * stack shared by all of them, and each object or array takes an exact-size copy of its own when it ends.
     */
    final class TreeReader {
        private final JsonParser parser;
        /** Member names (null for array items) and values of the open objects and arrays, innermost last. */
        private String[] names = new String[16];
        private JsonValue[] values = new JsonValue[16];
        private int top;

        private TreeReader(JsonParser parser) {
            this.parser = parser;
        }

        private JsonValue read() {
            JsonToken token = parser.currentToken();
            if (token == null) {
                token = parser.nextToken();
            }
            if (token == null) {
                throw new ConfigException(JsonPath.of(parser).toString(), null, null,
                        "expected a JSON value, found the end of the input");
            }
            switch (token) {
                case START_OBJECT:
                    parser.nextToken();
                    return readMembers();
                case PROPERTY_NAME:
                case END_OBJECT:
                    return readMembers();
                case START_ARRAY:
                    return readItems();
                case VALUE_STRING:
                    return new JsonString(parser.getString());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return new JsonNumber(parser.getString());
                case VALUE_TRUE:
                    return JsonBoolean.TRUE;
                case VALUE_FALSE:
                    return JsonBoolean.FALSE;
                case VALUE_NULL:
                    return JsonNull.NULL;
                default:
                    // VALUE_EMBEDDED_OBJECT: only a token buffer filled with Java objects produces it.
                    throw new ConfigException(JsonPath.of(parser).toString(), null, null,
                            "expected a JSON value, found " + token);
            }
        }

        /** Reads members from the current property name (or end of object) to the end of the object. */
        private JsonObject readMembers() {
            int start = top;
            while (parser.currentToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                push(name, read());
                parser.nextToken();
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new ConfigException(JsonPath.of(parser).toString(), null, null,
                        "expected a member name or the end of the object, found " + parser.currentToken());
            }
            JsonObject object = new JsonObject(Arrays.copyOfRange(names, start, top),
                    Arrays.copyOfRange(values, start, top));
            pop(start);
            return object;
        }

        /** Reads the items of the array the parser is at the start of. */
        private JsonArray readItems() {
            int start = top;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                push(null, read());
            }
            JsonArray array = new JsonArray(Arrays.copyOfRange(values, start, top));
            pop(start);
            return array;
        }

        private void push(String name, JsonValue value) {
            if (top == values.length) {
                names = Arrays.copyOf(names, 2 * top);
                values = Arrays.copyOf(values, 2 * top);
            }
            names[top] = name;
            values[top] = value;
            top++;
        }

        /** Drops the entries from {@code start} on, now copied into the object or array that ended. */
        private void pop(int start) {
            top = start;
        }
    }
}
