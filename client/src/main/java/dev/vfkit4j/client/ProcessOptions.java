package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@link VfkitLauncher#processBuilder} sets up beyond vfkit's argv. By default
 * ({@link #INHERIT}) nothing: vfkit starts in the caller's working directory with the caller's environment.
 *
 * @param workingDirectory the directory vfkit starts in, or null for the caller's; relative paths in the VM's
 *     options are resolved by vfkit against it
 * @param environment variables set, or replaced, on top of the caller's environment; empty for none
 */
public record ProcessOptions(Path workingDirectory, Map<String, String> environment) {

    /** The caller's working directory and environment, untouched. */
    public static final ProcessOptions INHERIT = new ProcessOptions(null, Map.of());

    public ProcessOptions {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            String name = variable.getKey();
            // ProcessBuilder would only refuse these when the process starts; say so while building.
            if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
                throw new ConfigException("environment", null, name, "not a valid variable name (empty, or holds"
                        + " '=' or NUL)");
            }
            if (variable.getValue().indexOf('\0') >= 0) {
                throw new ConfigException("environment", name, null, "a value cannot hold a NUL character");
            }
        }
    }

    /** These options, starting vfkit in {@code directory}. */
    public ProcessOptions withWorkingDirectory(Path directory) {
        return new ProcessOptions(directory, environment);
    }

    /** These options, with {@code name=value} set in vfkit's environment. */
    public ProcessOptions withEnvironment(String name, String value) {
        Map<String, String> variables = new HashMap<>(environment);
        variables.put(name, value);
        return new ProcessOptions(workingDirectory, variables);
    }

    /** Applies these options to {@code builder}, leaving what they do not mention as it is. */
    public ProcessBuilder applyTo(ProcessBuilder builder) {
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        if (!environment.isEmpty()) {
            builder.environment().putAll(environment);
        }
        return builder;
    }
}
