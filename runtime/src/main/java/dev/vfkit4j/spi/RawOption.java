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
     * on its first {@code =}. {@code "path=a=b,,readonly"} gives {@code (path, a=b), (readonly, "")}. The generated
     * parsers read the same segments in place, with {@link OptionReader}; this is its list form.
     */
    public static List<RawOption> split(String options) {
        return all(OptionReader.of(options));
    }

    /** The component's name in a {@code --device} value: what comes before the first {@code ,}. */
    public static String nameIn(String device) {
        int comma = device.indexOf(',');
        return comma < 0 ? device : device.substring(0, comma);
    }

    /** The options after the name in a {@code --device} value (see {@link #split}). */
    public static List<RawOption> optionsIn(String device) {
        int comma = device.indexOf(',');
        return comma < 0 ? new ArrayList<>() : all(OptionReader.of(device, comma + 1));
    }

    /**
     * The options of a {@code --bootloader} value, already split into segments: those after the first (the
     * bootloader's name), each read as {@link #ofSegment} reads it, empty ones skipped.
     */
    public static List<RawOption> ofSegmentsAfterName(List<String> segments) {
        return all(OptionReader.ofSegments(segments).skipSegment());
    }

    /** One segment already split off (a {@code --bootloader} segment may hold a quoted {@code ,}). */
    public static RawOption ofSegment(String segment) {
        int equals = segment.indexOf('=');
        return equals < 0 ? new RawOption(segment, "") : new RawOption(segment.substring(0, equals),
                segment.substring(equals + 1));
    }

    /** Every segment {@code reader} has left. */
    private static List<RawOption> all(OptionReader reader) {
        List<RawOption> options = new ArrayList<>();
        while (reader.next()) {
            options.add(reader.toRawOption());
        }
        return options;
    }

    /** {@code key=value}, or {@code key} when the value is empty. */
    @Override
    public String toString() {
        return value.isEmpty() ? key : key + "=" + value;
    }
}
