package dev.vfkit4j.spi;

import dev.vfkit4j.annotations.HostPath;
import java.util.List;
import java.util.function.Function;

/**
 * One option of a component, as declared by its record: what the reference documentation, the JSON codec and the
 * host checks need to know about it.
 *
 * @param name the record component's name ({@code socketUrl})
 * @param key the command-line key ({@code socketURL}), or null for JSON-only state
 * @param aliases other keys that set it when parsing
 * @param type its kind of value
 * @param valueType the record component's Java type
 * @param doc one sentence of documentation
 * @param required whether it must be set
 * @param defaultValue its default as it would be written on the command line, or null
 * @param defaultCondition when the default applies ("unless height is set"), or empty
 * @param allowedValues for enums and choices, the spellings in declaration order; otherwise empty
 * @param enumKeys for enums and choices, the constants and their spellings; otherwise null
 * @param min the smallest allowed number, or null
 * @param max the largest allowed number, or null
 * @param jsonName the member name in vfkit's JSON
 * @param jsonOmitEmpty whether an unset, false, zero or empty value is left out of the JSON
 * @param jsonTrueFor for a choice written as a JSON boolean, the key that is true; otherwise null
 * @param hostPath what {@code preflight()} checks the path for, or null
 * @param accessor reads the option's value from a component (a method reference, no reflection)
 * @param since the first vfkit release that accepts the option ({@code "0.6.2"}); empty when every release does or it
 *     is not known. For a choice it is its keys'; an enum's {@link EnumKeys#sinceOf} may name a later one per value
 */
public record OptionDescriptor<T>(
        String name,
        String key,
        List<String> aliases,
        OptionType type,
        Class<?> valueType,
        String doc,
        boolean required,
        String defaultValue,
        String defaultCondition,
        List<String> allowedValues,
        EnumKeys<?> enumKeys,
        Long min,
        Long max,
        String jsonName,
        boolean jsonOmitEmpty,
        String jsonTrueFor,
        HostPath.Kind hostPath,
        Function<? super T, ?> accessor,
        String since) {

    public OptionDescriptor {
        aliases = List.copyOf(aliases);
        allowedValues = List.copyOf(allowedValues);
        since = since == null ? "" : since;
    }

    /**
     * Starts describing the option held by record component {@code name}, read by {@code accessor}. Generated
     * descriptors call this; the defaults are: no key (JSON-only), no aliases, no doc, optional, no default, any
     * value, JSON name = key, always written.
     */
    public static <T> Builder<T> of(String name, OptionType type, Class<?> valueType,
            Function<? super T, ?> accessor) {
        return new Builder<>(name, type, valueType, accessor);
    }

    /** Builds an {@link OptionDescriptor} one fact at a time, so that generated code reads as a list of facts. */
    public static final class Builder<T> {
        private final String name;
        private final OptionType type;
        private final Class<?> valueType;
        private final Function<? super T, ?> accessor;
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
        private String jsonName;
        private boolean jsonOmitEmpty;
        private String jsonTrueFor;
        private HostPath.Kind hostPath;
        private String since = "";

        private Builder(String name, OptionType type, Class<?> valueType, Function<? super T, ?> accessor) {
            this.name = name;
            this.type = type;
            this.valueType = valueType;
            this.accessor = accessor;
        }

        public Builder<T> key(String key) {
            this.key = key;
            return this;
        }

        public Builder<T> aliases(String... aliases) {
            this.aliases = List.of(aliases);
            return this;
        }

        public Builder<T> doc(String doc) {
            this.doc = doc;
            return this;
        }

        public Builder<T> required() {
            this.required = true;
            return this;
        }

        public Builder<T> defaultValue(String value, String condition) {
            this.defaultValue = value;
            this.defaultCondition = condition;
            return this;
        }

        /** For an enum or a choice: its constants and spellings, which are also its allowed values. */
        public Builder<T> enumKeys(EnumKeys<?> keys) {
            this.enumKeys = keys;
            this.allowedValues = keys.keys();
            return this;
        }

        public Builder<T> range(long min, long max) {
            this.min = min;
            this.max = max;
            return this;
        }

        public Builder<T> json(String name, boolean omitEmpty) {
            this.jsonName = name;
            this.jsonOmitEmpty = omitEmpty;
            return this;
        }

        public Builder<T> jsonTrueFor(String key) {
            this.jsonTrueFor = key;
            return this;
        }

        public Builder<T> hostPath(HostPath.Kind kind) {
            this.hostPath = kind;
            return this;
        }

        /** The first vfkit release that accepts the option, e.g. {@code "0.6.2"}. */
        public Builder<T> since(String version) {
            this.since = version;
            return this;
        }

        public OptionDescriptor<T> build() {
            return new OptionDescriptor<>(name, key, aliases, type, valueType, doc, required, defaultValue,
                    defaultCondition, allowedValues, enumKeys, min, max, jsonName == null ? key : jsonName, jsonOmitEmpty,
                    jsonTrueFor, hostPath, accessor, since);
        }
    }

    /** Whether the option exists on the command line (and not only in JSON). */
    public boolean onCommandLine() {
        return key != null;
    }

    /** The option's value in {@code component}: a String, Boolean, Integer, Long, Duration, MacAddress, enum or null. */
    public Object valueIn(T component) {
        return accessor.apply(component);
    }
}
