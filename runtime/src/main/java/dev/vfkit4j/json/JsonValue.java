package dev.vfkit4j.json;

import dev.vfkit4j.ConfigException;
import java.util.ArrayList;
import java.util.List;
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

    /** An object; members in document order, duplicates included. */
    record JsonObject(List<Member> members) implements JsonValue {
        @Override
        public String describe() {
            return "an object";
        }

        @Override
        public String excerpt() {
            return "{...}";
        }
    }

    /** One {@code "name": value} member. */
    record Member(String name, JsonValue value) {
    }

    /** An array. */
    record JsonArray(List<JsonValue> items) implements JsonValue {
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

    /** {@code true} or {@code false}. */
    record JsonBoolean(boolean value) implements JsonValue {
        @Override
        public String describe() {
            return "a boolean";
        }

        @Override
        public String excerpt() {
            return Boolean.toString(value);
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
                return readMembers(parser);
            case PROPERTY_NAME:
            case END_OBJECT:
                return readMembers(parser);
            case START_ARRAY: {
                List<JsonValue> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new JsonArray(items);
            }
            case VALUE_STRING:
                return new JsonString(parser.getString());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonNumber(parser.getString());
            case VALUE_TRUE:
                return new JsonBoolean(true);
            case VALUE_FALSE:
                return new JsonBoolean(false);
            case VALUE_NULL:
                return JsonNull.NULL;
            default:
                // VALUE_EMBEDDED_OBJECT: only a token buffer filled with Java objects produces it.
                throw new ConfigException(JsonPath.of(parser).toString(), null, null,
                        "expected a JSON value, found " + token);
        }
    }

    /** Reads members from the current property name (or end of object) to the end of the object. */
    private static JsonObject readMembers(JsonParser parser) {
        List<Member> members = new ArrayList<>();
        while (parser.currentToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            members.add(new Member(name, read(parser)));
            parser.nextToken();
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new ConfigException(JsonPath.of(parser).toString(), null, null,
                    "expected a member name or the end of the object, found " + parser.currentToken());
        }
        return new JsonObject(members);
    }
}
