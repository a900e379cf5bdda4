package dev.vfkit4j.cli;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.VirtualMachine;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A podman machine file (podman 5 on macOS): vfkit's VM JSON stands inside its hypervisor's helper, under
 * {@code AppleHypervisor.Vfkit.VirtualMachine} (krunkit's provider keeps the same helper under another name), with the
 * REST endpoint podman gives vfkit beside it as {@code Endpoint}.
 */
final class PodmanMachine {
    private static final String VIRTUAL_MACHINE = "VirtualMachine";
    private static final String ENDPOINT = "Endpoint";

    private PodmanMachine() {
    }

    /** Whether {@code document} is a podman machine file rather than a VM: it holds a helper with a VM. */
    static boolean isMachineFile(JsonNode document) {
        return !document.has("bootloader") && helper(document) != null;
    }

    /** The VM podman would start, with {@code --restful-uri} where podman gives vfkit one. */
    static VfkitCommand read(JsonNode document) {
        Map.Entry<String, JsonNode> helper = helper(document);
        JsonNode vm = helper.getValue().get(VIRTUAL_MACHINE);
        VfkitCommand command;
        try {
            command = VfkitCommand.of(VirtualMachine.fromJson(vm.toString()));
        } catch (ConfigException e) {
            // Paths inside the machine file point at the embedded VM: $.AppleHypervisor.Vfkit.VirtualMachine...
            String component = e.component() == null ? "" : e.component();
            throw new ConfigException("$." + helper.getKey() + "." + VIRTUAL_MACHINE
                    + (component.startsWith("$") ? component.substring(1) : component), e.option(), e.value(),
                    e.problem(), e);
        }
        JsonNode endpoint = helper.getValue().get(ENDPOINT);
        if (endpoint != null && endpoint.isString() && !endpoint.asString().isEmpty()) {
            // podman stores http://localhost:PORT and hands vfkit the same address as tcp://localhost:PORT.
            command = command.withRestfulUri(endpoint.asString().replaceFirst("^http://", "tcp://"));
        }
        return command;
    }

    /** {@code AppleHypervisor.Vfkit}, as {@code "AppleHypervisor.Vfkit"} and its object, or null. */
    private static Map.Entry<String, JsonNode> helper(JsonNode document) {
        for (var hypervisor : document.properties()) {
            if (!hypervisor.getValue().isObject()) {
                continue;
            }
            for (var helper : hypervisor.getValue().properties()) {
                JsonNode value = helper.getValue();
                if (value.isObject() && value.has(VIRTUAL_MACHINE) && value.get(VIRTUAL_MACHINE).isObject()) {
                    return Map.entry(hypervisor.getKey() + "." + helper.getKey(), value);
                }
            }
        }
        return null;
    }
}
