package dev.vfkit4j.json;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Where a value stands in a JSON document, written as a JSONPath ({@code $.devices[2].Timeout}), so that every error
 * says where the problem is. When a vfkit object is embedded in a user's document, the path starts at that
 * document's root ({@code $.AppleHypervisor.Vfkit.VirtualMachine.devices[2]}).
 *
 * <p>A path is a link to its parent plus one step, and is written out only when {@link #toString()} asks: every value
 * read has a path, but only an error needs its text.
 */
final class JsonPath {
    static final JsonPath ROOT = new JsonPath(null, "$", -1);

    /** The enclosing value's path; null for a path that starts a document. */
    private final JsonPath parent;
    /** The member name of this step; for a path that starts a document, its whole text; null for an array item. */
    private final String name;
    /** The array index of this step, when {@code name} is null. */
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The path of member {@code name} of the object at this path. */
    JsonPath member(String name) {
        return new JsonPath(this, name, -1);
    }

    /** The path of item {@code index} of the array at this path. */
    JsonPath index(int index) {
        return new JsonPath(this, null, index);
    }

    /**
     * The path of the value the parser is on. Jackson has already entered the value's own context when the value is
     * an object or array (and when it hands over an object at its first property name), so the value's place is
     * recorded one level up.
     */
    static JsonPath of(JsonParser parser) {
        TokenStreamContext context = parser.streamReadContext();
        JsonToken token = parser.currentToken();
        if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                || token == JsonToken.PROPERTY_NAME)) {
            context = context.getParent();
        }
        if (context == null || context.inRoot()) {
            return ROOT; // a document of its own: nothing to write down
        }
        Deque<String> segments = new ArrayDeque<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.addFirst("[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.hasCurrentName()) {
                segments.addFirst(segment(at.currentName()));
            }
        }
        return new JsonPath(null, "$" + String.join("", segments), -1);
    }

    private static String segment(String name) {
        return isIdentifier(name) ? "." + name : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        if (parent == null) {
            return name;
        }
        return parent + (name != null ? segment(name) : "[" + index + "]");
    }
}
