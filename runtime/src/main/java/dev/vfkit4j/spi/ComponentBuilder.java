package dev.vfkit4j.spi;

/**
 * The untyped face of a generated builder, for code that sets options by name (the JSON reader). Users call the
 * typed, fluent methods of the generated {@code <Name>Builder} instead.
 */
public interface ComponentBuilder<T> {

    /**
     * Sets the option whose record component is {@code name} to {@code value}, which must be of the option's value
     * type (see {@link OptionDescriptor#valueIn}); null unsets it.
     *
     * @throws dev.vfkit4j.ConfigException for an unknown name or a value of the wrong type
     */
    ComponentBuilder<T> set(String name, Object value);

    /**
     * Applies defaults, checks every rule and returns the component.
     *
     * @throws dev.vfkit4j.ConfigException naming the component and option at fault
     */
    T build();
}
