package dev.vfkit4j.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line spellings of an enum's constants, both ways, without reflection.
 *
 * @param <E> the enum
 */
public final class EnumKeys<E extends Enum<E>> {
    private final List<E> constants;
    private final List<String> keys;
    private final List<String> since;
    private final Map<String, E> byKey;

    /** {@code constants} and {@code keys} in the same order (the enum's declaration order). */
    public EnumKeys(List<E> constants, List<String> keys) {
        this(constants, keys, java.util.Collections.nCopies(keys.size(), ""));
    }

    /**
     * {@code constants}, {@code keys} and, for each key, the first vfkit release that accepts it ({@code ""} when it is
     * as old as its option), in the same order.
     */
    public EnumKeys(List<E> constants, List<String> keys, List<String> since) {
        if (constants.size() != keys.size() || keys.size() != since.size()) {
            throw new IllegalArgumentException("one key and one version per constant");
        }
        this.constants = List.copyOf(constants);
        this.keys = List.copyOf(keys);
        this.since = List.copyOf(since);
        this.byKey = new HashMap<>();
        for (int i = 0; i < constants.size(); i++) {
            byKey.put(keys.get(i), constants.get(i));
        }
    }

    /** The constant spelled {@code key}, or null. */
    public E forKey(String key) {
        return byKey.get(key);
    }

    /** The spelling of {@code constant}. */
    public String keyOf(E constant) {
        int index = constants.indexOf(constant);
        if (index < 0) {
            throw new IllegalArgumentException("no spelling for " + constant + "; known: " + constants);
        }
        return keys.get(index);
    }

    /** The constants, in declaration order (the order of {@link #keys()}). */
    public List<E> constants() {
        return constants;
    }

    /**
     * The first vfkit release that accepts spelling {@code key}, when it is later than its option's; otherwise (and for
     * a key that is not one of these) empty.
     */
    public String sinceOf(String key) {
        int index = keys.indexOf(key);
        return index < 0 ? "" : since.get(index);
    }

    /** The spellings, in declaration order. */
    public List<String> keys() {
        return keys;
    }
}
