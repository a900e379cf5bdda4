package dev.vfkit4j.spi;

import dev.vfkit4j.ConfigException;
import java.util.BitSet;
import java.util.List;

/**
 * Reads a component's options one segment at a time, in place: {@code key=value} or a bare {@code key}, split as
 * vfkit splits them (on every {@code ,}, skipping empty segments, each segment on its first {@code =}). Keys are
 * matched against the component's known keys without copying them, and only the values a component keeps become
 * strings, so reading a device allocates little more than the device itself.
 *
 * <p>A generated parser reads it as
 * <pre>{@code
 * while (options.next()) {
 *     switch (options.key(KEYS)) {
 *         case "port" -> builder.port(PORT.parse(options));
 *         default -> throw options.unknownOption(NAME, KEYS);
 *     }
 * }
 * }</pre>
 *
 * <p>A reader is not thread-safe; one reader may be {@linkplain #reset(String, int) reset} for the next component.
 */
public final class OptionReader {
    /** A {@code --device} value: segments between commas. */
    private String text;
    private int position;
    /** A {@code --bootloader} value, already split with its quotes minded: one segment per element. */
    private List<String> segments;
    private int nextSegment;

    /** The current segment: {@code source[start, end)}, its first {@code =} at {@code equals} (-1: a bare key). */
    private String source;
    private int start;
    private int end;
    private int equals;
    private String key;
    /**
     * The known keys last matched against, and which of them have been given, by index: the first 64 in a mask, any
     * further ones (a component with that many keys) in a set made only then.
     */
    private List<String> knownKeys;
    private long given;
    private BitSet givenBeyond64;

    private OptionReader() {
    }

    /** The options in {@code text} from {@code from} on: a {@code --device} value after its name's {@code ,}. */
    public static OptionReader of(String text, int from) {
        return new OptionReader().reset(text, from);
    }

    /** The options in {@code text}: {@code "port=1025,socketURL=/tmp/s,listen"}. */
    public static OptionReader of(String text) {
        return of(text, 0);
    }

    /**
     * The options of a {@code --bootloader} value already split into segments (vfkit's quote-aware split, which may
     * leave a {@code ,} inside a segment): each element is one segment, empty ones skipped.
     */
    public static OptionReader ofSegments(List<String> segments) {
        OptionReader reader = new OptionReader();
        reader.segments = segments;
        return reader;
    }

    /** Skips the next segment of a {@code --bootloader} value unread: its name. */
    OptionReader skipSegment() {
        nextSegment++;
        return this;
    }

    /** Starts over on {@code text} from {@code from} on, forgetting everything read before. */
    public OptionReader reset(String text, int from) {
        this.text = text;
        this.position = from;
        this.segments = null;
        this.source = null;
        this.key = null;
        this.knownKeys = null;
        this.given = 0;
        this.givenBeyond64 = null;
        return this;
    }

    /**
     * Moves to the next segment.
     *
     * @return false when there is none
     */
    public boolean next() {
        key = null;
        return segments != null ? nextSegment() : nextInText();
    }

    private boolean nextInText() {
        int length = text.length();
        while (position < length) {
            int from = position;
            int comma = text.indexOf(',', from);
            int to = comma < 0 ? length : comma;
            position = to + 1;
            if (to > from) {
                select(text, from, to);
                return true;
            }
        }
        return false;
    }

    private boolean nextSegment() {
        while (nextSegment < segments.size()) {
            String segment = segments.get(nextSegment++);
            if (!segment.isEmpty()) {
                select(segment, 0, segment.length());
                return true;
            }
        }
        return false;
    }

    private void select(String in, int from, int to) {
        source = in;
        start = from;
        end = to;
        equals = -1;
        // Within the segment only: indexOf would run on past its end, quadratic over many bare keys.
        for (int i = from; i < to; i++) {
            if (in.charAt(i) == '=') {
                equals = i;
                break;
            }
        }
    }

    /**
     * The current segment's key: the element of {@code known} it equals (the same {@code String}, so a
     * {@code switch} on it costs no copy), or, for a key not among them, a copy of it. Remembers that the key was
     * given, for {@link #given(String)}.
     */
    public String key(List<String> known) {
        int keyEnd = equals >= 0 ? equals : end;
        int length = keyEnd - start;
        knownKeys = known;
        for (int i = 0; i < known.size(); i++) {
            String candidate = known.get(i);
            if (candidate.length() == length && source.startsWith(candidate, start)) {
                if (i < Long.SIZE) {
                    given |= 1L << i;
                } else {
                    if (givenBeyond64 == null) {
                        givenBeyond64 = new BitSet();
                    }
                    givenBeyond64.set(i - Long.SIZE);
                }
                key = candidate;
                return candidate;
            }
        }
        key = source.substring(start, keyEnd);
        return key;
    }

    /** The current segment's key, as {@link #key(List)} last returned it (or copied, when it was not asked). */
    public String key() {
        if (key == null) {
            key = source.substring(start, equals >= 0 ? equals : end);
        }
        return key;
    }

    /**
     * Whether a segment with {@code key} (one of the known keys given to {@link #key(List)}) was read so far: the
     * parser's {@code @Requires} checks.
     */
    public boolean given(String key) {
        if (knownKeys == null) {
            return false; // no segment was read
        }
        int index = knownKeys.indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException("not one of the known keys: " + key);
        }
        if (index >= Long.SIZE) {
            return givenBeyond64 != null && givenBeyond64.get(index - Long.SIZE);
        }
        return (given & 1L << index) != 0;
    }

    /** The current segment's value: what follows its first {@code =}; empty for a bare key. */
    public String value() {
        return equals < 0 ? "" : source.substring(equals + 1, end);
    }

    /** Whether the current segment has no value ({@code key} or {@code key=}). */
    public boolean valueIsEmpty() {
        return equals < 0 || equals + 1 == end;
    }

    /** Whether the current segment's value is {@code expected}, compared in place. */
    public boolean valueEquals(String expected) {
        int from = equals < 0 ? end : equals + 1;
        return end - from == expected.length() && source.startsWith(expected, from);
    }

    /** The index in {@code values} of the current segment's value, compared in place; -1 when it is none of them. */
    public int valueIndex(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (valueEquals(values.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The length of the current segment's value. */
    int valueLength() {
        return equals < 0 ? 0 : end - equals - 1;
    }

    /** The character at {@code index} of the current segment's value. */
    char valueCharAt(int index) {
        return source.charAt(equals + 1 + index);
    }

    /** The current segment as it was given, for messages: {@code key=value} or {@code key}. */
    public RawOption toRawOption() {
        return new RawOption(key(), value());
    }

    /** The error for the current segment's key, which {@code component} does not have (see {@link Values#unknownOption}). */
    public ConfigException unknownOption(String component, List<String> knownKeys) {
        return Values.unknownOption(component, toRawOption(), knownKeys);
    }

    @Override
    public String toString() {
        return source == null ? "(no segment)" : source.substring(start, end);
    }
}
