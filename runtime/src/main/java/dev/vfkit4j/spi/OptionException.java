package dev.vfkit4j.spi;

import dev.vfkit4j.ConfigException;

/**
 * A {@link ConfigException} about one option, which carries the option's descriptor: whoever reports it (the command
 * line by its key, the JSON reader by its member name) names the option from the descriptor, with no lookup by name.
 * Thrown by the {@link Checks} that generated {@code validate} methods run.
 */
public class OptionException extends ConfigException {
    private static final long serialVersionUID = 1L;

    private final transient OptionDescriptor<?, ?> descriptor;

    /**
     * @param descriptor the option at fault; the message names its component and {@link OptionDescriptor#label()}
     * @param value the value at fault, as given, or null
     * @param problem what is wrong, in a few words
     */
    public OptionException(OptionDescriptor<?, ?> descriptor, String value, String problem) {
        super(descriptor.component(), descriptor.label(), value, problem);
        this.descriptor = descriptor;
    }

    /** The option at fault. */
    public OptionDescriptor<?, ?> descriptor() {
        return descriptor;
    }
}
