package dev.vfkit4j.spi;

/**
 * What every generated builder is, for code that builds a component it knows only by its descriptor (the JSON
 * reader): it sets each option through the option's typed {@link OptionDescriptor#setIn setter}, then builds. Users
 * call the typed, fluent methods of the generated {@code <Name>Builder}.
 */
public interface ComponentBuilder<T> {

    /**
     * Applies defaults, checks every rule and returns the component.
     *
     * @throws dev.vfkit4j.ConfigException naming the component and option at fault
     */
    T build();
}
