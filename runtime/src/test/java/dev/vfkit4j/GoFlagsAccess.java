package dev.vfkit4j;

import java.util.List;

/**
 * Test-only door to {@link GoFlags}' package-private splitting and number parsing, for the fuzz tests in
 * {@code dev.vfkit4j.fuzz}: the whole argv reaches them only through flags that hide what they return.
 */
public final class GoFlagsAccess {
    private GoFlagsAccess() {
    }

    /** vfkit's quote-aware {@code --bootloader} / {@code --cloud-init} list splitting. */
    public static List<String> splitQuoted(String value) {
        return GoFlags.splitQuoted("--bootloader", value);
    }

    /** Go's {@code strconv.ParseUint(text, 0, 64)}, as {@code --cpus} and {@code --memory} read it. */
    public static long parseUint(String text) {
        return GoFlags.parseUint("--cpus", text);
    }
}
