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

    /** One segment already split off (a {@code --bootloader} segment may hold a quoted {@code ,}). */
    public static RawOption ofSegment(String segment) {
        int equals = segment.indexOf('=');
        return equals < 0 ? new RawOption(segment, "") : new RawOption(segment.substring(0, equals),
                segment.substring(equals + 1));
    }

    /** Splits {@code text} from {@code start} on (see {@link #split}) and appends to {@code into}. */
    static void splitInto(String text, int start, List<RawOption> into) {
        int length = text.length();
        int from = start;
        while (from <= length) {
            int comma = text.indexOf(',', from);
            int end = comma < 0 ? length : comma;
            if (end > from) {
                int equals = text.indexOf('=', from);
                if (equals >= 0 && equals < end) {
                    into.add(new RawOption(text.substring(from, equals), text.substring(equals + 1, end)));
                } else {
                    into.add(new RawOption(text.substring(from, end), ""));
                }
            }
            from = end + 1;
        }
    }

    /** {@code key=value}, or {@code key} when the value is empty. */
    @Override
    public String toString() {
        return value.isEmpty() ? key : key + "=" + value;
    }
}
