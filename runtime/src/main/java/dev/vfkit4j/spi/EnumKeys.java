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
    private final Map<String, E> byKey;

    /** {@code constants} and {@code keys} in the same order (the enum's declaration order). */
    public EnumKeys(List<E> constants, List<String> keys) {
        if (constants.size() != keys.size()) {
            throw new IllegalArgumentException("one key per constant");
        }
        this.constants = List.copyOf(constants);
        this.keys = List.copyOf(keys);
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

    /** The spellings, in declaration order. */
    public List<String> keys() {
        return keys;
    }
}
