package dev.vfkit4j.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code key=value} or bare {@code key} segment of a vfkit option list, split as vfkit splits it: on the first
 * {@code =} only. A bare key has an empty value, as in vfkit ({@code readonly} and {@code readonly=} are the same).
 */
public record RawOption(String key, String value) {

    /**
     * Splits the options that follow a component's name: on every {@code ,}, skipping empty segments, each segment
     * on its first {@code =}. {@code "path=a=b,,readonly"} gives {@code (path, a=b), (readonly, "")}.
     */
    public static List<RawOption> split(String options) {
        List<RawOption> result = new ArrayList<>();
        splitInto(options, 0, result);
        return result;
    }

    /** The component's name in a {@code --device} value: what comes before the first {@code ,}. */
    public static String nameIn(String device) {
        int comma = device.indexOf(',');
        return comma < 0 ? device : device.substring(0, comma);
    }

    /** The options after the name in a {@code --device} value (see {@link #split}). */
    public static List<RawOption> optionsIn(String device) {
        List<RawOption> options = new ArrayList<>();
        int comma = device.indexOf(',');
        if (comma >= 0) {
            splitInto(device, comma + 1, options);
        }
        return options;
    }

    /**
     * The options of a {@code --bootloader} value, already split into segments: those after the first (the
     * bootloader's name), each read with {@link #ofSegment}, empty ones skipped.
     */
    public static List<RawOption> ofSegmentsAfterName(List<String> segments) {
        List<RawOption> options = new ArrayList<>();
        for (String segment : segments.subList(1, segments.size())) {
            if (!segment.isEmpty()) {
                options.add(ofSegment(segment));
            }
        }
        return options;
    }

    /** One segment already split off (a {@code --bootloader} segment may hold a quoted {@code ,}). */
    public static RawOption ofSegment(String segment) {
        int equals = segment.indexOf('=');
        return equals < 0 ? new RawOption(segment, "") : new RawOption(segment.substring(0, equals),
                segment.substring(equals + 1));
    }

    /**
     * Splits {@code text} from {@code start} on (see {@link #split}) and appends to {@code into}. One pass: each
     * character is looked at once, so the cost is linear in the text however many options it holds (searching each
     * segment's {@code =} with {@code indexOf} ran past the segment's comma, quadratic in the number of options).
     */
    static void splitInto(String text, int start, List<RawOption> into) {
        int length = text.length();
        int from = start;
        int equals = -1;
        for (int i = start; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ',';
            if (c == '=' && equals < 0) {
                equals = i;
            } else if (c == ',') {
                if (i > from) {
                    into.add(equals < 0 ? new RawOption(text.substring(from, i), "")
                            : new RawOption(text.substring(from, equals), text.substring(equals + 1, i)));
                }
                from = i + 1;
                equals = -1;
            }
        }
    }

    /** {@code key=value}, or {@code key} when the value is empty. */
    @Override
    public String toString() {
        return value.isEmpty() ? key : key + "=" + value;
    }
}
