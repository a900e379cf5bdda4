package dev.vfkit4j.spi;

import dev.vfkit4j.annotations.HostPath;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One option of a component, as declared by its record: how to read, print and check it (through its
 * {@link OptionType}), what the reference documentation, the JSON codec and the host checks need to know about it,
 * and its typed accessor and builder setter.
 *
 * @param component the component's name on the command line ({@code virtio-vsock}), for messages
 * @param name the record component's name ({@code socketUrl})
 * @param key the command-line key ({@code socketURL}), or null for JSON-only state
 * @param aliases other keys that set it when parsing
 * @param type its kind of value
 * @param valueType the record component's Java type ({@code long.class}, whose values are {@code Long}s)
 * @param doc one sentence of documentation
 * @param required whether it must be set
 * @param defaultValue its default as it would be written on the command line, or null
 * @param defaultCondition when the default applies ("unless height is set"), or empty
 * @param allowedValues for enums and choices, the spellings in declaration order; otherwise empty
 * @param enumKeys for enums and choices, the constants and their spellings; otherwise null
 * @param min the smallest allowed number, or null
 * @param max the largest allowed number, or null
 * @param plusSign whether a number may be written with a leading {@code +}
 * @param trimQuotes whether text loses its surrounding double quotes when parsed
 * @param emptyUnsets whether an empty enum value means "not set"
 * @param jsonName the member name in vfkit's JSON; null when vfkit's JSON has no member for it (declared as
 *     {@code @Json("")}, such as krunkit's virtio-net {@code offloading}): writing JSON refuses a set value
 * @param jsonOmitEmpty whether an unset, false, zero or empty value is left out of the JSON
 * @param jsonTrueFor for a choice written as a JSON boolean, the key that is true; otherwise null
 * @param hostPath what {@code preflight()} checks the path for, or null
 * @param accessor reads the option's value from a component (a method reference, no reflection)
 * @param setter sets the option on the component's generated builder (a method reference)
 * @param zeroUnsets whether 0 means "not set" (Go's zero value): printed without the option, outside the range
 * @param since the first vfkit release that accepts the option ({@code "0.6.2"}); empty when every release does or it
 *     is not known. For a choice it is its keys'; an enum's {@link EnumKeys#sinceOf} may name a later one per value
 * @param <T> the record
 * @param <V> the option's value, boxed
 */
public record OptionDescriptor<T, V>(
        String component,
        String name,
        String key,
        List<String> aliases,
        OptionType type,
        Class<V> valueType,
        String doc,
        boolean required,
        String defaultValue,
        String defaultCondition,
        List<String> allowedValues,
        EnumKeys<?> enumKeys,
        Long min,
        Long max,
        boolean plusSign,
        boolean trimQuotes,
        boolean emptyUnsets,
        String jsonName,
        boolean jsonOmitEmpty,
        String jsonTrueFor,
        HostPath.Kind hostPath,
        Function<? super T, ? extends V> accessor,
        BiConsumer<? super ComponentBuilder<T>, ? super V> setter,
        boolean zeroUnsets,
        String since) {

    public OptionDescriptor {
        aliases = List.copyOf(aliases);
        allowedValues = List.copyOf(allowedValues);
        since = since == null ? "" : since;
    }

    /**
     * Starts describing the option of component {@code component} held by record component {@code name}: read by
     * {@code accessor}, set on the component's builder {@code B} by {@code setter}. Generated descriptors call this;
     * the defaults are: no key (JSON-only), no aliases, no doc, optional, no default, any value of the type, no
     * {@code +} sign, JSON name = key, always written.
     */
    public static <T, B extends ComponentBuilder<T>, V> Builder<T, V> of(String component, String name,
            OptionType type, Class<V> valueType, Function<T, V> accessor, BiConsumer<B, V> setter) {
        return new Builder<>(component, name, type, valueType, accessor, builderSetter(setter));
    }

    /**
     * The setter, applicable to the {@link ComponentBuilder} that the component's descriptor makes: the generated
     * descriptor pairs each option's setter with its own {@code newBuilder()}, whose class is {@code B}.
     */
    @SuppressWarnings("unchecked")
    private static <T, B extends ComponentBuilder<T>, V> BiConsumer<? super ComponentBuilder<T>, ? super V>
            builderSetter(BiConsumer<B, V> setter) {
        return (BiConsumer<? super ComponentBuilder<T>, ? super V>) (BiConsumer<?, ?>) setter;
    }

    /** Builds an {@link OptionDescriptor} one fact at a time, so that generated code reads as a list of facts. */
    public static final class Builder<T, V> {
        private final String component;
        private final String name;
        private final OptionType type;
        private final Class<V> valueType;
        private final Function<? super T, ? extends V> accessor;
        private final BiConsumer<? super ComponentBuilder<T>, ? super V> setter;
        private String key;
        private List<String> aliases = List.of();
        private String doc = "";
        private boolean required;
        private String defaultValue;
        private String defaultCondition = "";
        private List<String> allowedValues = List.of();
        private EnumKeys<?> enumKeys;
        private Long min;
        private Long max;
        private boolean plusSign = true;
        private boolean trimQuotes;
        private boolean emptyUnsets;
        private String jsonName;
        private boolean jsonOmitEmpty;
        private String jsonTrueFor;
        private HostPath.Kind hostPath;
        private boolean zeroUnsets;
        private String since = "";

        private Builder(String component, String name, OptionType type, Class<V> valueType,
                Function<? super T, ? extends V> accessor, BiConsumer<? super ComponentBuilder<T>, ? super V> setter) {
            this.component = component;
            this.name = name;
            this.type = type;
            this.valueType = valueType;
            this.accessor = accessor;
            this.setter = setter;
        }

        public Builder<T, V> key(String key) {
            this.key = key;
            return this;
        }

        public Builder<T, V> aliases(String... aliases) {
            this.aliases = List.of(aliases);
            return this;
        }

        public Builder<T, V> doc(String doc) {
            this.doc = doc;
            return this;
        }

        public Builder<T, V> required() {
            this.required = true;
            return this;
        }

        public Builder<T, V> defaultValue(String value, String condition) {
            this.defaultValue = value;
            this.defaultCondition = condition;
            return this;
        }

        /** For an enum or a choice: its constants and spellings, which are also its allowed values. */
        public Builder<T, V> enumKeys(EnumKeys<?> keys) {
            this.enumKeys = keys;
            this.allowedValues = keys.keys();
            return this;
        }

        /** An enum option whose empty value means "not set". */
        public Builder<T, V> emptyUnsets() {
            this.emptyUnsets = true;
            return this;
        }

        public Builder<T, V> range(long min, long max) {
            this.min = min;
            this.max = max;
            return this;
        }

        /** A number written without a sign: no leading {@code +}, as vfkit's unsigned fields. */
        public Builder<T, V> noPlusSign() {
            this.plusSign = false;
            return this;
        }

        /** Text that loses its surrounding double quotes when parsed. */
        public Builder<T, V> trimQuotes() {
            this.trimQuotes = true;
            return this;
        }

        public Builder<T, V> json(String name, boolean omitEmpty) {
            this.jsonName = name;
            this.jsonOmitEmpty = omitEmpty;
            return this;
        }

        public Builder<T, V> jsonTrueFor(String key) {
            this.jsonTrueFor = key;
            return this;
        }

        public Builder<T, V> hostPath(HostPath.Kind kind) {
            this.hostPath = kind;
            return this;
        }

        /** 0 means "not set" (Go's zero value): printed without the option, allowed outside the range. */
        public Builder<T, V> zeroUnsets() {
            this.zeroUnsets = true;
            return this;
        }

        /** The first vfkit release that accepts the option, e.g. {@code "0.6.2"}. */
        public Builder<T, V> since(String version) {
            this.since = version;
            return this;
        }

        public OptionDescriptor<T, V> build() {
            return new OptionDescriptor<>(component, name, key, aliases, type, valueType, doc, required, defaultValue,
                    defaultCondition, allowedValues, enumKeys, min, max, plusSign, trimQuotes, emptyUnsets,
                    jsonName == null ? key : jsonName.isEmpty() ? null : jsonName, jsonOmitEmpty, jsonTrueFor, hostPath, accessor, setter,
                    zeroUnsets, since);
        }
    }

    /** Whether the option exists on the command line (and not only in JSON). */
    public boolean onCommandLine() {
        return key != null;
    }

    /**
     * How messages name the option: its command-line key, or the record component's name for a choice (whose keys
     * are its values) and for JSON-only state.
     */
    public String label() {
        return key != null && type != OptionType.CHOICE ? key : name;
    }

    /** The option's value in {@code component}, or null when it is not set. */
    public V valueIn(T component) {
        return accessor.apply(component);
    }

    /** Sets the option to {@code value} on {@code builder}, the component's own; null unsets it. */
    public void setIn(ComponentBuilder<T> builder, V value) {
        setter.accept(builder, value);
    }

    /**
     * Reads one command-line segment of the option ({@code key=value}, or the bare key of a flag or choice).
     *
     * @throws dev.vfkit4j.ConfigException naming the component, key and value when it does not parse
     */
    public V parse(OptionReader segment) {
        return cast(type.parse(this, segment));
    }

    /** {@code value} of the option's type, checked: what its {@link OptionType} read for it. */
    public V cast(Object value) {
        return value == null ? null : boxed(valueType).cast(value);
    }

    @SuppressWarnings("unchecked") // a primitive class and its box describe the same values
    private static <V> Class<V> boxed(Class<V> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return (Class<V>) (type == int.class ? Integer.class : type == long.class ? Long.class
                : type == boolean.class ? Boolean.class : type);
    }
}
