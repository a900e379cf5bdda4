package dev.vfkit4j.examples.custom;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.Devices;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.VirtioRng;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.OptionDescriptor;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link VirtioConsole}, a device of this project's own, used like a built-in: parsed from {@code --device}, inside a
 * whole vfkit command line, built fluently, printed, written to and read from vfkit's JSON, described — and refused
 * with a message that names the device and the option. Nothing registers it: the processor did, when the record compiled.
 *
 * <pre>./mvnw -B -q verify -DskipTests -Prun-example -Dexample=dev.vfkit4j.examples.custom.CustomDevice</pre>
 */
public final class CustomDevice {
    private CustomDevice() {
    }

    /** The argv of a VM with the custom port among built-in devices, as a vfkit fork would be started. */
    static final List<String> FORK_ARGV = List.of(
            "--cpus", "2", "--memory", "2048",
            "--bootloader", "efi,variable-store=/tmp/efi-vars.fd,create",
            "--device", "virtio-rng",
            "--device", "virtio-console,socketPath=/tmp/qga.sock,mode=connect,index=2",
            "--device", "virtio-console,socketPath=/tmp/hvc.sock,name=console,console,index=0");

    public static void main(String[] args) {
        System.out.println("== One --device value, parsed by the generated VirtioConsoleDescriptor");
        Device parsed = Device.fromCmdLine("virtio-console,socketPath=/tmp/qga.sock,mode=connect");
        System.out.println(parsed);
        System.out.println("printed back: " + parsed.toCmdLine());

        System.out.println();
        System.out.println("== A whole command line: VirtualMachine.fromCmdLine");
        VirtualMachine vm = VirtualMachine.fromCmdLine(FORK_ARGV);
        for (VirtioConsole port : vm.devices(VirtioConsole.class)) {
            System.out.println(port);
        }
        System.out.println("printed back: " + String.join(" ", vm.toCmdLine()));

        System.out.println();
        System.out.println("== Built with the generated builder, like any built-in");
        VirtualMachine built = VirtualMachine.builder()
                .bootloader(EfiBootloader.withNewVariableStore("/tmp/efi-vars.fd"))
                .device(new VirtioRng())
                .device(VirtioConsole.guestAgent(Path.of("/tmp/qga.sock")))
                .device(VirtioConsole.builder()
                        .socketPath(Path.of("/tmp/hvc.sock"))
                        .name("console")
                        .console(true)
                        .index(0)
                        .build())
                .build();
        System.out.println(String.join(" ", built.toCmdLine()));

        System.out.println();
        System.out.println("== In vfkit's JSON, with its own kind: vm.toJson() and VirtualMachine.fromJson");
        String json = vm.toJson();
        System.out.println(json);
        System.out.println("read back as the same VM: " + VirtualMachine.fromJson(json).equals(vm));

        System.out.println();
        System.out.println("== Its descriptor, found by name: Devices.byName(\"virtio-console\")");
        ComponentDescriptor<? extends Device> descriptor = Devices.byName("virtio-console").orElseThrow();
        System.out.println(descriptor.name() + " (JSON kind " + descriptor.kind() + "): " + descriptor.doc());
        for (OptionDescriptor<?, ?> option : descriptor.options()) {
            System.out.println("  " + option.key() + "  " + option.type()
                    + (option.required() ? ", required" : "")
                    + (option.defaultValue() != null ? ", default " + option.defaultValue() : "")
                    + (option.allowedValues().isEmpty() ? "" : ", one of " + option.allowedValues())
                    + (option.min() != null ? ", from " + option.min() + " to " + option.max() : "")
                    + " — " + option.doc());
        }

        System.out.println();
        System.out.println("== Mistakes, refused with the device and the option named");
        for (String bad : List.of(
                "virtio-console,mode=connect",
                "virtio-console,socketPath=/tmp/qga.sock,index=32",
                "virtio-console,socketPath=/tmp/qga.sock,mode=dial",
                "virtio-console,socketPath=/tmp/qga.sock,indx=2",
                "virtio-console,socketPath=/tmp/qga.sock,name=org/qemu")) {
            try {
                Device.fromCmdLine(bad);
                System.out.println(bad + "  -> accepted?!");
            } catch (ConfigException e) {
                System.out.println(bad + "\n    -> " + e.getMessage());
            }
        }
    }
}
