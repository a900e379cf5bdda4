package dev.vfkit4j.cli;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.internal.Suggestions;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.Components;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vfkit4j devices [name]}: the reference of devices and bootloaders, from their descriptors. */
@Command(name = "devices", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
        description = {"Print the reference (Markdown) of vfkit's flags, bootloaders and devices — options, values,"
                + " defaults, JSON names — from the descriptors on the class path, your own devices included; with a"
                + " name, of that device or bootloader only."})
final class DevicesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<name>", arity = "0..1",
            description = "A device or bootloader, by its command-line name (virtio-net) or JSON kind (virtionet).")
    String name;

    @Override
    public Integer call() {
        String text = name == null ? Reference.everything() : Reference.of(find(name));
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return Vfkit4jCli.OK;
    }

    /** The device, else the bootloader, with that name or kind. */
    static ComponentDescriptor<?> find(String name) {
        for (ComponentRole role : List.of(ComponentRole.DEVICE, ComponentRole.BOOTLOADER)) {
            ComponentDescriptor<?> byName = Components.registered().byName(role, name);
            if (byName != null) {
                return byName;
            }
            ComponentDescriptor<?> byKind = Components.registered().byKind(role, name);
            if (byKind != null) {
                return byKind;
            }
        }
        List<String> known = new ArrayList<>();
        for (ComponentDescriptor<?> component : Components.registered().all()) {
            known.add(component.name());
        }
        String suggestion = Suggestions.closest(name, known);
        throw new ConfigException(null, null, name, "no such device or bootloader"
                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)") + "; known: "
                + String.join(", ", known));
    }
}
