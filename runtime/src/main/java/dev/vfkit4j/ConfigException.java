package dev.vfkit4j;

import java.util.Objects;

/**
 * The one exception vfkit4j throws for bad input: an option that does not parse, a value out of range, a missing or
 * conflicting option, JSON that does not describe a VM, a value that cannot be printed safely, a host check that
 * fails. The message names the component, the option and the value at fault; the same facts are available as
 * fields.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String component;
    private final String option;
    private final String value;
    private final String problem;

    /**
     * @param component what the problem is in: a device or bootloader name ({@code virtio-net}), a flag
     *     ({@code --memory}), a JSON path ({@code $.devices[2]}); may be null
     * @param option the option at fault, or null
     * @param value the value at fault, as given, or null
     * @param problem what is wrong, in a few words
     */
    public ConfigException(String component, String option, String value, String problem) {
        this(component, option, value, problem, null);
    }

    public ConfigException(String component, String option, String value, String problem, Throwable cause) {
        super(message(component, option, value, problem), cause);
        this.component = component;
        this.option = option;
        this.value = value;
        this.problem = problem;
    }

    /** The device, bootloader, flag or JSON path the problem is in, or null. */
    public String component() {
        return component;
    }

    /** The option at fault, or null. */
    public String option() {
        return option;
    }

    /** The value at fault, as it was given, or null. */
    public String value() {
        return value;
    }

    /** What is wrong, without the component, option and value ({@code "out of range (from 1 to 4294967295)"}). */
    public String problem() {
        return problem;
    }

    private static String message(String component, String option, String value, String problem) {
        StringBuilder message = new StringBuilder();
        if (component != null) {
            message.append(component).append(": ");
        }
        if (option != null) {
            message.append("option '").append(option).append("'");
            message.append(value != null ? " = '" + value + "': " : ": ");
        } else if (value != null) {
            message.append("'").append(value).append("': ");
        }
        message.append(Objects.requireNonNullElse(problem, "invalid"));
        return message.toString();
    }
}
