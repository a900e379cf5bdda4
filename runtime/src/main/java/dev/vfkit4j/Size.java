package dev.vfkit4j;

/**
 * An amount of memory, so that "is that MiB or bytes?" never comes up: {@code Size.ofGiB(4)}, {@code Size.ofMiB(512)}.
 * Sizes are unsigned 64-bit byte counts, up to vfkit's largest, 2^44 - 1 MiB (2^64 - 2^20 bytes): any larger one could
 * not be given to vfkit, whose {@code --memory} is in MiB and whose memory is a 64-bit byte count.
 *
 * @param bytes the byte count, read as unsigned
 */
public record Size(long bytes) implements Comparable<Size> {
    private static final long MIB = 1L << 20;
    private static final long MAX_BYTES = 0xFFFF_FFFF_FFF0_0000L;
    /** The largest size vfkit can hold: 2^44 - 1 MiB. */
    public static final Size MAX = new Size(MAX_BYTES);

    public Size {
        if (Long.compareUnsigned(bytes, MAX_BYTES) > 0) {
            throw new ConfigException("memory", null, Long.toUnsignedString(bytes) + " bytes",
                    "too large: vfkit holds at most 2^44 - 1 MiB (18446744073708503040 bytes)");
        }
    }

    /** {@code bytes} bytes, read as unsigned. */
    public static Size ofBytes(long bytes) {
        return new Size(bytes);
    }

    /** {@code mib} mebibytes (1024 × 1024 bytes), {@code mib} read as unsigned. */
    public static Size ofMiB(long mib) {
        if (Long.compareUnsigned(mib, MAX_BYTES >>> 20) > 0) {
            throw new ConfigException("memory", null, Long.toUnsignedString(mib) + " MiB",
                    "too large: vfkit holds at most 17592186044415 MiB");
        }
        return new Size(mib << 20);
    }

    /** {@code gib} gibibytes (1024 MiB). */
    public static Size ofGiB(long gib) {
        if (gib < 0 || gib > (MAX_BYTES >>> 30)) {
            throw new ConfigException("memory", null, gib + " GiB", "out of range (0 to 17179869183 GiB)");
        }
        return ofMiB(gib << 10);
    }

    /** The size in MiB, rounded up, as vfkit prints {@code --memory}; an unsigned value. */
    public long toMiBRoundedUp() {
        return (bytes >>> 20) + ((bytes & (MIB - 1)) != 0 ? 1 : 0);
    }

    @Override
    public int compareTo(Size other) {
        return Long.compareUnsigned(bytes, other.bytes);
    }

    /** {@code 4 GiB}, {@code 512 MiB} or {@code 1000 bytes}. */
    @Override
    public String toString() {
        if (bytes != 0 && (bytes & ((1L << 30) - 1)) == 0) {
            return Long.toUnsignedString(bytes >>> 30) + " GiB";
        }
        if (bytes != 0 && (bytes & (MIB - 1)) == 0) {
            return Long.toUnsignedString(bytes >>> 20) + " MiB";
        }
        return Long.toUnsignedString(bytes) + " bytes";
    }
}
