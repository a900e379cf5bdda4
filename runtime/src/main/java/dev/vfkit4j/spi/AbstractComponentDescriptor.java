package dev.vfkit4j.spi;

import java.util.List;

/**
 * What every generated descriptor holds: its role, name, kind, record class and options. Generated descriptors extend
 * it and add only what is particular to their component (documentation, rules, parsing and printing, the link to
 * their builder), so that each reads as a description rather than a list of getters.
 *
 * @param <T> the record
 */
public abstract class AbstractComponentDescriptor<T> implements ComponentDescriptor<T> {
    private final ComponentRole role;
    private final String name;
    private final String kind;
    private final Class<T> type;
    private final List<OptionDescriptor<T, ?>> options;

    protected AbstractComponentDescriptor(ComponentRole role, String name, String kind, Class<T> type,
            List<OptionDescriptor<T, ?>> options) {
        this.role = role;
        this.name = name;
        this.kind = kind;
        this.type = type;
        this.options = List.copyOf(options);
    }

    @Override
    public final ComponentRole role() {
        return role;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final Class<T> type() {
        return type;
    }

    @Override
    public final List<OptionDescriptor<T, ?>> options() {
        return options;
    }

    /** {@code virtio-vsock (dev.vfkit4j.devices.VirtioVsock)}. */
    @Override
    public String toString() {
        return name + " (" + type.getName() + ")";
    }
}
