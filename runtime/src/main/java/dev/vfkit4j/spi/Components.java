package dev.vfkit4j.spi;

import dev.vfkit4j.Bootloader;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.annotations.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registry of every device and bootloader on the class path: built-ins and users' own annotated records alike,
 * found through {@link ServiceLoader} once, on first use. Two components with the same name or kind are an error
 * reported on every use, naming both classes.
 */
public final class Components {
    private Components() {
    }

    private static final class Registry {
        static final Registry INSTANCE = new Registry(loadDescriptors());

        final Map<ComponentRole, Map<String, ComponentDescriptor<?>>> byName = new HashMap<>();
        final Map<ComponentRole, Map<String, ComponentDescriptor<?>>> byKind = new HashMap<>();
        final Map<Class<?>, ComponentDescriptor<?>> byType = new HashMap<>();
        final List<ComponentDescriptor<?>> all = new ArrayList<>();
        final List<String> clashes = new ArrayList<>();

        Registry(Iterable<? extends ComponentDescriptor<?>> descriptors) {
            for (ComponentRole role : ComponentRole.values()) {
                byName.put(role, new HashMap<>());
                byKind.put(role, new HashMap<>());
            }
            for (ComponentDescriptor<?> descriptor : descriptors) {
                add(descriptor);
            }
            all.sort(Comparator.comparing((ComponentDescriptor<?> d) -> d.role()).thenComparing(d -> d.name()));
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
            return first.type().getName() + " and " + second.type().getName() + " both declare " + what + " '"
                    + value + "'";
        }

        @SuppressWarnings({"rawtypes", "unchecked"}) // ServiceLoader cannot name ComponentDescriptor<?>.class
        private static Iterable<ComponentDescriptor<?>> loadDescriptors() {
            return (Iterable) ServiceLoader.load(ComponentDescriptor.class, Components.class.getClassLoader());
        }

        Registry checked() {
            if (!clashes.isEmpty()) {
                throw new ConfigException(null, null, null, "conflicting components on the class path: "
                        + String.join("; ", clashes) + ". Rename one of them.");
            }
            return this;
        }
    }

    private static Registry registry() {
        return Registry.INSTANCE.checked();
    }

    /**
     * Checks {@code descriptors} as the registry checks the class path when it loads, throwing the same error for a
     * name or kind declared twice. The processor refuses such a clash at compile time, so a test cannot stage it on
     * the class path; this lets it check the run-time report.
     */
    static void checkNoClashes(Iterable<? extends ComponentDescriptor<?>> descriptors) {
        new Registry(descriptors).checked();
    }

    /** Every registered device and bootloader, devices first, each group sorted by name. */
    public static List<ComponentDescriptor<?>> all() {
        return Collections.unmodifiableList(registry().all);
    }

    /** The descriptor of the component named {@code name} (on the command line), or null. */
    public static ComponentDescriptor<?> byName(ComponentRole role, String name) {
        return registry().byName.get(role).get(name);
    }

    /** The descriptor of the component whose JSON kind is {@code kind}, or null. */
    public static ComponentDescriptor<?> byKind(ComponentRole role, String kind) {
        return registry().byKind.get(role).get(kind);
    }

    /** The descriptor of a component's class, or null when it is not a registered component. */
    @SuppressWarnings("unchecked")
    public static <T> ComponentDescriptor<T> byType(Class<T> type) {
        return (ComponentDescriptor<T>) registry().byType.get(type);
    }

    /** The descriptor of {@code component}'s class. */
    @SuppressWarnings("unchecked")
    public static <T> ComponentDescriptor<T> descriptorOf(T component) {
        ComponentDescriptor<T> descriptor = (ComponentDescriptor<T>) registry().byType.get(component.getClass());
        if (descriptor == null) {
            throw new ConfigException(component.getClass().getName(), null, null,
                    "not a registered vfkit component: annotate the record with @VfkitDevice or @VfkitBootloader"
                            + " and compile it with the vfkit4j processor");
        }
        return descriptor;
    }

    /** Parses one {@code --device} value: the name, then options, split as vfkit splits them. */
    public static Device parseDevice(String option) {
        if (option == null) {
            throw new ConfigException("--device", null, null, "missing device");
        }
        int comma = option.indexOf(',');
        String name = comma < 0 ? option : option.substring(0, comma);
        List<RawOption> options = new ArrayList<>();
        if (comma >= 0) {
            RawOption.splitInto(option, comma + 1, options);
        }
        return (Device) find(ComponentRole.DEVICE, name).fromOptions(options);
    }

    /** Parses a {@code --bootloader} value already split into segments (vfkit's quote-aware split). */
    public static Bootloader parseBootloader(List<String> segments) {
        if (segments.isEmpty()) {
            throw new ConfigException("--bootloader", null, null, "missing bootloader (efi, linux or macos)");
        }
        List<RawOption> options = new ArrayList<>();
        for (String segment : segments.subList(1, segments.size())) {
            if (!segment.isEmpty()) {
                options.add(RawOption.ofSegment(segment));
            }
        }
        return (Bootloader) find(ComponentRole.BOOTLOADER, segments.get(0)).fromOptions(options);
    }

    private static ComponentDescriptor<?> find(ComponentRole role, String name) {
        ComponentDescriptor<?> descriptor = byName(role, name);
        if (descriptor == null) {
            List<String> known = new ArrayList<>(registry().byName.get(role).keySet());
            Collections.sort(known);
            String suggestion = Suggestions.closest(name, known);
            throw new ConfigException(role.flag(), null, name, "unknown " + (role == ComponentRole.DEVICE ? "device"
                    : "bootloader") + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)")
                    + "; known: " + String.join(", ", known));
        }
        return descriptor;
    }
}
