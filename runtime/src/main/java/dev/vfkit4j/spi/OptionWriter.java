package dev.vfkit4j.spi;

import dev.vfkit4j.ConfigException;

/**
 * Writes one {@code --device} or {@code --bootloader} argument: the name, then {@code ,key=value} and {@code ,flag}
 * segments. It refuses any value that vfkit would read back as something else: a {@code ,} (vfkit would split the
 * value into other options) and, in a {@code --bootloader} argument, an odd number of {@code "} (vfkit's quote-aware
 * splitting would fail). Every value printed anywhere in vfkit's argv, also outside an option list, goes through
 * {@link #checkArgument}.
 */
public final class OptionWriter {
    private ComponentRole role;
    private String component;
    /** Reused from one component to the next, so that printing a VM grows one buffer rather than one per device. */
    private final StringBuilder argument = new StringBuilder(128);

    /** A writer for any number of components, one after the other: {@link #start} each. */
    public OptionWriter() {
    }

    /** Starts the argument of {@code component}, a {@code role}: its name; what was written before is dropped. */
    public OptionWriter start(ComponentRole role, String component) {
        this.role = role;
        this.component = component;
        argument.setLength(0);
        argument.append(component);
        return this;
    }

    /** The flag the argument follows: {@code --device} or {@code --bootloader}. */
    public String flag() {
        return role.flag();
    }

    /** The argument written since {@link #start}: {@code virtio-vsock,port=1025,...}. */
    public String argument() {
        return argument.toString();
    }

    /** Appends {@code ,key}. */
    public OptionWriter flag(String key) {
        argument.append(',').append(key);
        return this;
    }

    /** Appends {@code ,key=value}; nothing when the value is unset (null or empty), as vfkit does. */
    public OptionWriter option(String key, String value) {
        if (value == null || value.isEmpty()) {
            return this;
        }
        checkPrintable(key, value);
        argument.append(',').append(key).append('=').append(value);
        return this;
    }

    /** Appends {@code option} holding {@code value} as its type prints it; nothing when the value is null. */
    public <V> OptionWriter option(OptionDescriptor<?, V> option, V value) {
        if (value != null) {
            option.type().print(option, value, this);
        }
        return this;
    }

    /** Appends {@code ,key=value} for a number. */
    public OptionWriter option(String key, long value) {
        argument.append(',').append(key).append('=').append(value);
        return this;
    }

    /**
     * Refuses text that no process argument can carry unchanged: a NUL (the operating system ends the argument
     * there, and Java's process launcher refuses it) and an unpaired surrogate, which is not Unicode and reaches
     * vfkit as {@code ?} — a silently different path. Every printed text value passes here: options of devices and
     * bootloaders, the Linux bootloader's arguments, {@code --ignition} and the launch options.
     *
     * @param component the device, bootloader or flag that prints {@code value}
     * @param option the option, or null for a flag's own value
     */
    public static void checkArgument(String component, String option, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new ConfigException(component, option, value, "cannot be printed: holds NUL (at index " + i
                        + "), which no process argument can carry");
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new ConfigException(component, option, value, String.format("cannot be printed: not valid"
                        + " Unicode (unpaired surrogate U+%04X at index %d); vfkit would receive '?' instead",
                        (int) c, i));
            }
        }
    }

    /** Refuses a value that vfkit would not read back as the same value. */
    private void checkPrintable(String key, String value) {
        checkArgument(component, key, value);
        if (value.indexOf(',') >= 0) {
            throw new ConfigException(component, key, value,
                    "cannot be printed: vfkit splits option values on ',' and would read other options");
        }
        if (role == ComponentRole.BOOTLOADER && countQuotes(value) % 2 != 0) {
            throw new ConfigException(component, key, value,
                    "cannot be printed: vfkit would reject the unbalanced '\"' in a --bootloader value");
        }
    }

    private static int countQuotes(String value) {
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '"') {
                count++;
            }
        }
        return count;
    }
}
