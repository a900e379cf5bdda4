package dev.vfkit4j;

import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.Components;
import dev.vfkit4j.spi.OptionDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What vfkit4j knows, at run time, about every device and bootloader on the class path: the built-ins and any
 * record of your own annotated with {@code @VfkitDevice} or {@code @VfkitBootloader}, found without registration.
 *
 * <p>Each {@link ComponentDescriptor} gives the name on vfkit's command line, the {@code kind} in its JSON, one
 * sentence of documentation and the {@linkplain ComponentDescriptor#options() options}; each
 * {@link OptionDescriptor} gives the option's key, {@linkplain OptionDescriptor#type() type}, default and when it
 * applies, whether it is required, its allowed values, its range and its documentation. These are the objects the
 * generated parsers and printers use, so what they describe is what vfkit4j does.
 *
 * <pre>{@code
 * for (ComponentDescriptor<? extends Device> device : Devices.descriptors()) {
 *     System.out.println(device.name() + ": " + device.doc());
 * }
 * Devices.byName("virtio-vsock").orElseThrow().options();
 * }</pre>
 *
 * <p>The command-line tool's {@code vfkit4j devices} (module {@code cli}) turns the same descriptors into Markdown.
 */
public final class Devices {
    private Devices() {
    }

    /** Every device (built-in or your own), sorted by name. */
    public static List<ComponentDescriptor<? extends Device>> descriptors() {
        return ofRole(ComponentRole.DEVICE, Devices::asDevice);
    }

    /** Every bootloader (built-in or your own), sorted by name. */
    public static List<ComponentDescriptor<? extends Bootloader>> bootloaders() {
        return ofRole(ComponentRole.BOOTLOADER, Devices::asBootloader);
    }

    private static <D> List<D> ofRole(ComponentRole role, Function<ComponentDescriptor<?>, D> cast) {
        List<D> found = new ArrayList<>();
        for (ComponentDescriptor<?> descriptor : Components.registered().all()) {
            if (descriptor.role() == role) {
                found.add(cast.apply(descriptor));
            }
        }
        return List.copyOf(found);
    }

    /** The device named {@code name} on the command line ({@code --device virtio-blk,...}). */
    public static Optional<ComponentDescriptor<? extends Device>> byName(String name) {
        return Optional.ofNullable(Components.registered().byName(ComponentRole.DEVICE, name)).map(Devices::asDevice);
    }

    /** The device whose {@code kind} in vfkit's JSON is {@code kind} ({@code virtioblk}). */
    public static Optional<ComponentDescriptor<? extends Device>> byKind(String kind) {
        return Optional.ofNullable(Components.registered().byKind(ComponentRole.DEVICE, kind)).map(Devices::asDevice);
    }

    /** The bootloader named {@code name} on the command line ({@code --bootloader efi,...}). */
    public static Optional<ComponentDescriptor<? extends Bootloader>> bootloaderByName(String name) {
        return Optional.ofNullable(Components.registered().byName(ComponentRole.BOOTLOADER, name)).map(Devices::asBootloader);
    }

    /** The bootloader whose {@code kind} in vfkit's JSON is {@code kind} ({@code efiBootloader}). */
    public static Optional<ComponentDescriptor<? extends Bootloader>> bootloaderByKind(String kind) {
        return Optional.ofNullable(Components.registered().byKind(ComponentRole.BOOTLOADER, kind)).map(Devices::asBootloader);
    }

    /**
     * The descriptor of a device or bootloader record: {@code Devices.descriptorOf(VirtioBlk.class)}.
     *
     * @throws ConfigException when {@code type} is not an annotated record compiled by the vfkit4j processor
     */
    public static <T> ComponentDescriptor<T> descriptorOf(Class<T> type) {
        return Components.registered().descriptorOf(type);
    }

    // The processor only accepts a @VfkitDevice record that implements Device (and a @VfkitBootloader one that
    // implements Bootloader), and gives its descriptor that role; the casts restate what the role guarantees.
    @SuppressWarnings("unchecked")
    private static ComponentDescriptor<? extends Device> asDevice(ComponentDescriptor<?> descriptor) {
        return (ComponentDescriptor<? extends Device>) descriptor;
    }

    @SuppressWarnings("unchecked")
    private static ComponentDescriptor<? extends Bootloader> asBootloader(ComponentDescriptor<?> descriptor) {
        return (ComponentDescriptor<? extends Bootloader>) descriptor;
    }
}
