package dev.vfkit4j.spi;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The one registry of devices and bootloaders: by command-line name, by JSON kind and by record class. The parsers,
 * {@code Devices}, the JSON layer and the host checks all look components up here.
 *
 * <p>{@link #registered()} holds every component on the class path, built-ins and users' own annotated records alike,
 * found through {@link ServiceLoader} once, on first use; two of them with the same name or kind are an error
 * reported on every use, naming both classes. {@link #of} makes a registry of exactly the given descriptors (a
 * plug-in's own class loader, a test).
 */
public final class Components {
    private final Map<ComponentRole, Map<String, ComponentDescriptor<?>>> byName = new EnumMap<>(ComponentRole.class);
    private final Map<ComponentRole, Map<String, ComponentDescriptor<?>>> byKind = new EnumMap<>(ComponentRole.class);
    private final Map<Class<?>, ComponentDescriptor<?>> byType = new HashMap<>();
    private final List<ComponentDescriptor<?>> all = new ArrayList<>();
    private final List<String> clashes = new ArrayList<>();
    /**
     * The devices and their names, for finding one by a name inside a {@code --device} value without copying the name
     * out. The names are kept apart: asking each descriptor its name is a call through an interface that a dozen
     * classes implement, which cost more than the comparison.
     */
    private final ComponentDescriptor<?>[] devices;
    private final String[] deviceNames;

    private Components(Iterable<? extends ComponentDescriptor<?>> descriptors) {
        for (ComponentRole role : ComponentRole.values()) {
            byName.put(role, new TreeMap<>());
            byKind.put(role, new TreeMap<>());
        }
        for (ComponentDescriptor<?> descriptor : descriptors) {
            add(descriptor);
        }
        all.sort(Comparator.comparing((ComponentDescriptor<?> d) -> d.role()).thenComparing(d -> d.name()));
        devices = byName.get(ComponentRole.DEVICE).values().toArray(new ComponentDescriptor<?>[0]);
        deviceNames = byName.get(ComponentRole.DEVICE).keySet().toArray(new String[0]);
    }

    private static final class ClassPath {
        static final Components INSTANCE = new Components(loadDescriptors());

        @SuppressWarnings({"rawtypes", "unchecked"}) // ServiceLoader cannot name ComponentDescriptor<?>.class
        private static Iterable<ComponentDescriptor<?>> loadDescriptors() {
            return (Iterable) ServiceLoader.load(ComponentDescriptor.class, Components.class.getClassLoader());
        }
    }

    /**
     * Every device and bootloader on the class path.
     *
     * @throws ConfigException on every call when two of them declare the same name or kind
     */
    public static Components registered() {
        return ClassPath.INSTANCE.checked();
    }

    /**
     * A registry of exactly {@code descriptors}, checked as the class path is.
     *
     * @throws ConfigException naming both classes of every name or kind declared twice
     */
    public static Components of(Iterable<? extends ComponentDescriptor<?>> descriptors) {
        return new Components(descriptors).checked();
    }

    private void add(ComponentDescriptor<?> descriptor) {
        if (byType.containsKey(descriptor.type())) {
            return; // the same class seen twice through two class loaders' service files
        }
        ComponentDescriptor<?> sameName = byName.get(descriptor.role()).putIfAbsent(descriptor.name(), descriptor);
        if (sameName != null) {
            clashes.add(clash("name", descriptor.name(), sameName, descriptor));
        }
        ComponentDescriptor<?> sameKind = byKind.get(descriptor.role()).putIfAbsent(descriptor.kind(), descriptor);
        if (sameKind != null) {
            clashes.add(clash("JSON kind", descriptor.kind(), sameKind, descriptor));
        }
        byType.put(descriptor.type(), descriptor);
        all.add(descriptor);
    }

    private static String clash(String what, String value, ComponentDescriptor<?> first,
            ComponentDescriptor<?> second) {
        return first.type().getName() + " and " + second.type().getName() + " both declare " + what + " '" + value
                + "'";
    }

    private Components checked() {
        if (!clashes.isEmpty()) {
            throw new ConfigException(null, null, null, "conflicting components on the class path: "
                    + String.join("; ", clashes) + ". Rename one of them.");
        }
        return this;
    }

    /** Every device and bootloader, devices first, each group sorted by name. */
    public List<ComponentDescriptor<?>> all() {
        return Collections.unmodifiableList(all);
    }

    /** The descriptor of the component named {@code name} (on the command line), or null. */
    public ComponentDescriptor<?> byName(ComponentRole role, String name) {
        return byName.get(role).get(name);
    }

    /** The descriptor of the component whose JSON kind is {@code kind}, or null. */
    public ComponentDescriptor<?> byKind(ComponentRole role, String kind) {
        return byKind.get(role).get(kind);
    }

    /** The JSON kinds of every component of {@code role}, sorted. */
    public List<String> kinds(ComponentRole role) {
        return List.copyOf(byKind.get(role).keySet());
    }

    /** The descriptor of a component's class, or null when it is not a registered component. */
    @SuppressWarnings("unchecked") // byType maps each class to the descriptor of that class
    public <T> ComponentDescriptor<T> byType(Class<T> type) {
        return (ComponentDescriptor<T>) byType.get(type);
    }

    /**
     * The descriptor of a component's class.
     *
     * @throws ConfigException when {@code type} is not an annotated record compiled by the vfkit4j processor
     */
    public <T> ComponentDescriptor<T> descriptorOf(Class<T> type) {
        ComponentDescriptor<T> descriptor = byType(type);
        if (descriptor == null) {
            throw new ConfigException(type.getName(), null, null, "not a registered vfkit component: annotate the"
                    + " record with @VfkitDevice or @VfkitBootloader and compile it with the vfkit4j processor");
        }
        return descriptor;
    }

    /** The descriptor of {@code component}'s class (see {@link #descriptorOf(Class)}). */
    @SuppressWarnings("unchecked") // a T's class is a Class<? extends T>, whose descriptor describes T's
    public <T> ComponentDescriptor<T> descriptorFor(T component) {
        return (ComponentDescriptor<T>) descriptorOf(component.getClass());
    }

    /**
     * Parses one {@code --device} value: the name, then options, split as vfkit splits them.
     *
     * @return the device, of the class the name's descriptor gives
     */
    public Object parseDevice(String option) {
        return parseDevice(option, OptionReader.of("", 0));
    }

    /**
     * Parses one {@code --device} value as {@link #parseDevice(String)} does, reading its options with
     * {@code reader}, which is reset first: parsing many devices reuses one.
     */
    public Object parseDevice(String option, OptionReader reader) {
        if (option == null) {
            throw new ConfigException(ComponentRole.DEVICE.flag(), null, null, "missing device");
        }
        int comma = option.indexOf(',');
        int nameEnd = comma < 0 ? option.length() : comma;
        ComponentDescriptor<?> descriptor = deviceNamed(option, nameEnd);
        if (descriptor == null) {
            descriptor = find(ComponentRole.DEVICE, option.substring(0, nameEnd));
        }
        return descriptor.fromOptions(reader.reset(option, nameEnd + 1));
    }

    /** The device whose name is {@code text[0, nameEnd)}, compared in place; null when none is. */
    private ComponentDescriptor<?> deviceNamed(String text, int nameEnd) {
        for (int i = 0; i < deviceNames.length; i++) {
            String name = deviceNames[i];
            // The last character first: most names share "virtio-", which startsWith would compare every time.
            if (name.length() == nameEnd && name.charAt(nameEnd - 1) == text.charAt(nameEnd - 1)
                    && text.startsWith(name)) {
                return devices[i];
            }
        }
        return null;
    }

    /**
     * Parses a {@code --bootloader} value already split into segments (vfkit's quote-aware split).
     *
     * @return the bootloader, of the class the name's descriptor gives
     */
    public Object parseBootloader(List<String> segments) {
        if (segments.isEmpty()) {
            throw new ConfigException(ComponentRole.BOOTLOADER.flag(), null, null,
                    "missing bootloader (efi, linux or macos)");
        }
        return find(ComponentRole.BOOTLOADER, segments.get(0))
                .fromOptions(OptionReader.ofSegments(segments).skipSegment());
    }

    private ComponentDescriptor<?> find(ComponentRole role, String name) {
        ComponentDescriptor<?> descriptor = byName(role, name);
        if (descriptor == null) {
            List<String> known = List.copyOf(byName.get(role).keySet());
            String suggestion = Suggestions.closest(name, known);
            throw new ConfigException(role.flag(), null, name, "unknown " + role.noun()
                    + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)") + "; known: "
                    + String.join(", ", known));
        }
        return descriptor;
    }
}
