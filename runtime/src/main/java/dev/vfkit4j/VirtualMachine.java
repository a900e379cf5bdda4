package dev.vfkit4j;

import dev.vfkit4j.devices.NetworkBlockDevice;
import dev.vfkit4j.devices.VirtioGpu;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.json.VfkitJson;
import dev.vfkit4j.spi.Components;
import dev.vfkit4j.spi.OptionWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A virtual machine as vfkit describes it: vCPUs, memory, a bootloader, devices, and optionally time sync, Ignition
 * and nested virtualization. Immutable; build one with {@link #builder()}, derive variants with {@link #toBuilder()}.
 *
 * <pre>{@code
 * VirtualMachine vm = VirtualMachine.builder()
 *         .cpus(4)
 *         .memory(Size.ofGiB(4))
 *         .bootloader(EfiBootloader.of("/path/efi-vars.fd", true))
 *         .device(VirtioBlk.of("/path/disk.raw"))
 *         .device(VirtioNet.withNat())
 *         .build();
 * List<String> argv = vm.toCmdLine();
 * }</pre>
 *
 * @param vcpus the number of virtual CPUs, read as unsigned (vfkit's is a Go {@code uint}); 0 leaves vfkit's default
 * @param memory the guest's memory; 0 leaves vfkit's default
 * @param bootloader how the VM boots
 * @param devices the devices, in command-line order
 * @param timeSync guest clock synchronization, or null
 * @param ignition an Ignition configuration, or null
 * @param nested whether nested virtualization is enabled
 */
public record VirtualMachine(long vcpus, Size memory, Bootloader bootloader, List<Device> devices, TimeSync timeSync,
        Ignition ignition, boolean nested) {

    /** vfkit's defaults: {@code --cpus 1}. */
    public static final long DEFAULT_CPUS = 1;
    /** vfkit's defaults: {@code --memory 512}. */
    public static final Size DEFAULT_MEMORY = Size.ofMiB(512);

    public VirtualMachine {
        if (bootloader == null) {
            throw new ConfigException("--bootloader", null, null, "a bootloader is required (efi, linux or macos)");
        }
        memory = Objects.requireNonNullElse(memory, Size.ofBytes(0));
        devices = copyDevices(devices);
    }

    private static List<Device> copyDevices(List<Device> devices) {
        if (devices == null) {
            return List.of();
        }
        for (int i = 0; i < devices.size(); i++) {
            requireDevice(i, devices.get(i));
        }
        return List.copyOf(devices);
    }

    private static void requireDevice(int index, Device device) {
        if (device == null) {
            throw new ConfigException("devices[" + index + "]", null, null, "a device is missing (null)");
        }
    }

    /**
     * Parses vfkit's argv (without the program name), as vfkit does: {@code --cpus 4 --memory 4096 --bootloader ...
     * --device ...}. Launch-only flags ({@code --restful-uri}, {@code --log-level}, {@code --pidfile},
     * {@code --cloud-init}) are accepted and left out; {@link VfkitCommand#fromCmdLine} keeps them. The file system
     * is never touched: see {@link #preflight()}.
     *
     * @throws ConfigException for anything vfkit would refuse, and for values vfkit would silently change
     */
    public static VirtualMachine fromCmdLine(List<String> args) {
        return VfkitCommand.fromCmdLine(args).vm();
    }

    /**
     * Parses vfkit's argv as {@link #fromCmdLine(List)} does, then checks that {@code target} accepts it: every flag,
     * device, option and spelling it uses.
     *
     * @throws ConfigException for anything vfkit would refuse, or listing every feature {@code target} lacks
     */
    public static VirtualMachine fromCmdLine(List<String> args, Target target) {
        return VfkitCommand.fromCmdLine(args, target).vm();
    }

    /**
     * This VM's argv for {@code target}: the same as {@link #toCmdLine()} (vfkit4j prints the oldest spelling every
     * vfkit reads the same, such as {@code virtio-net,unixSocketPath=} while the handshake is on), or krunkit's
     * spelling of it.
     *
     * @throws ConfigException listing every feature {@code target} lacks, each with the vfkit release that added it
     *     or "not supported by krunkit"; or as {@link #toCmdLine()}
     */
    public List<String> toCmdLine(Target target) {
        return VfkitCommand.of(this).toCmdLine(target);
    }

    /**
     * vfkit's argv for this VM, in vfkit's order: {@code --cpus}, {@code --memory} (MiB, rounded up), the
     * bootloader, the devices, {@code --timesync}, {@code --gui}, {@code --ignition}, {@code --nested}.
     *
     * @throws ConfigException when a value cannot be printed so that vfkit reads it back the same (a {@code ,} inside
     *     a device option), naming the device and option
     */
    public List<String> toCmdLine() {
        return cmdLine(false);
    }

    /**
     * The argv; {@code forTarget} prints every device as its descriptor does, leaving the checks a device makes for
     * vfkit alone (a krunkit-only virtio-net) to {@link TargetRules}, which lists them with the target's others.
     */
    List<String> cmdLine(boolean forTarget) {
        List<String> args = new ArrayList<>(4 + 2 * devices.size() + 8);
        if (vcpus != 0) {
            args.add("--cpus");
            args.add(Long.toUnsignedString(vcpus));
        }
        if (memory.bytes() != 0) {
            args.add("--memory");
            args.add(Long.toUnsignedString(memory.toMiBRoundedUp()));
        }
        Components components = Components.registered();
        OptionWriter out = new OptionWriter();
        components.descriptorFor(bootloader).appendCmdLine(bootloader, args, out);
        boolean gui = false;
        for (Device device : devices) {
            if (!forTarget && device instanceof VirtioNet net) {
                net.requireVfkitSpelling();
            }
            components.descriptorFor(device).appendCmdLine(device, args, out);
            gui |= device instanceof VirtioGpu gpu && gpu.usesGui();
        }
        if (timeSync != null) {
            args.addAll(timeSync.toCmdLine());
        }
        if (gui) {
            args.add("--gui");
        }
        if (ignition != null) {
            args.addAll(ignition.toCmdLine());
        }
        if (nested) {
            args.add("--nested");
        }
        return args;
    }

    /**
     * This VM as vfkit's JSON, the format of vfkit's {@code GET /vm/inspect} and of podman's machine files:
     * {@code {"vcpus":4,"memoryBytes":4294967296,"bootloader":{"kind":"efiBootloader",...},"devices":[...]}}.
     * Values that cannot be printed on a command line (a {@code ,} in a path) are written all the same.
     */
    public String toJson() {
        return VfkitJson.toJson(this);
    }

    /**
     * Reads vfkit's JSON, as vfkit does (unknown members ignored, nested member names matched case-insensitively),
     * and checks it as strictly as {@link #fromCmdLine}. A VM holding a value that can only be carried by JSON is
     * read, and refuses {@link #toCmdLine()}. See {@link VfkitJson} to embed VMs in your own documents.
     *
     * @throws ConfigException for anything that is not a valid VM, naming the JSON path ({@code $.devices[2].Timeout})
     */
    public static VirtualMachine fromJson(String json) {
        return VfkitJson.readVirtualMachine(json);
    }

    /**
     * Checks the host as vfkit would when it starts: disk images exist, are readable and are not qcow2; shared
     * directories exist; Unix socket paths fit macOS's 104-byte limit; files vfkit writes have a directory. Every
     * problem is reported at once.
     *
     * @throws ConfigException listing every problem, each naming its device, option and path
     */
    public void preflight() {
        Preflight.check(this);
    }

    /** The devices of type {@code type}, in order: {@code vm.devices(VirtioGpu.class)}. */
    public <D extends Device> List<D> devices(Class<D> type) {
        List<D> matching = new ArrayList<>();
        for (Device device : devices) {
            if (type.isInstance(device)) {
                matching.add(type.cast(device));
            }
        }
        return matching;
    }

    /** The first device of type {@code type}. */
    public <D extends Device> Optional<D> device(Class<D> type) {
        return devices(type).stream().findFirst();
    }

    /** The network block device whose {@code deviceId} is {@code deviceId}. */
    public Optional<NetworkBlockDevice> networkBlockDevice(String deviceId) {
        return devices(NetworkBlockDevice.class).stream().filter(nbd -> Objects.equals(nbd.deviceId(), deviceId))
                .findFirst();
    }

    /** A builder with vfkit's defaults: 1 vCPU, 512 MiB, no devices. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this VM, to derive a variant. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.vcpus = vcpus;
        builder.memory = memory;
        builder.bootloader = bootloader;
        builder.devices.addAll(devices);
        builder.timeSync = timeSync;
        builder.ignition = ignition;
        builder.nested = nested;
        return builder;
    }

    /**
     * Builds a {@link VirtualMachine}. {@link #build()} checks that vfkit can be given the VM: it never returns one
     * whose {@link VirtualMachine#toCmdLine()} would fail.
     */
    public static final class Builder {
        private long vcpus = DEFAULT_CPUS;
        private Size memory = DEFAULT_MEMORY;
        private Bootloader bootloader;
        private final List<Device> devices = new ArrayList<>();
        private TimeSync timeSync;
        private Ignition ignition;
        private boolean nested;

        private Builder() {
        }

        /** The number of virtual CPUs. */
        public Builder cpus(long vcpus) {
            this.vcpus = vcpus;
            return this;
        }

        /** The guest's memory: {@code memory(Size.ofGiB(4))}. */
        public Builder memory(Size memory) {
            this.memory = Objects.requireNonNull(memory, "memory");
            return this;
        }

        /** How the VM boots. */
        public Builder bootloader(Bootloader bootloader) {
            this.bootloader = bootloader;
            return this;
        }

        /** Adds a device after those already added. */
        public Builder device(Device device) {
            requireDevice(devices.size(), device);
            devices.add(device);
            return this;
        }

        /** Adds devices after those already added. */
        public Builder devices(Collection<? extends Device> devices) {
            for (Device device : devices) {
                device(device);
            }
            return this;
        }

        /** Adds devices after those already added: {@code devices(new VirtioRng(), VirtioNet.withNat())}. */
        public Builder devices(Device... devices) {
            return devices(java.util.Arrays.asList(devices));
        }

        /** Removes every device, to replace them. */
        public Builder clearDevices() {
            devices.clear();
            return this;
        }

        /** Synchronizes the guest clock through qemu-guest-agent on {@code vsockPort}. */
        public Builder timeSync(long vsockPort) {
            this.timeSync = new TimeSync(vsockPort);
            return this;
        }

        /** Synchronizes the guest clock, or not (null). */
        public Builder timeSync(TimeSync timeSync) {
            this.timeSync = timeSync;
            return this;
        }

        /** {@link #timeSync(long)} under the name of vfkit's flag, {@code --timesync vsockPort=...}. */
        public Builder timesync(long vsockPort) {
            return timeSync(vsockPort);
        }

        /** Serves the Ignition file at {@code configPath} to the guest. */
        public Builder ignition(String configPath) {
            this.ignition = Ignition.of(configPath);
            return this;
        }

        /** Serves an Ignition configuration, or none (null). */
        public Builder ignition(Ignition ignition) {
            this.ignition = ignition;
            return this;
        }

        /** Enables nested virtualization (Apple M3 and later, macOS 15 and later). */
        public Builder nested(boolean nested) {
            this.nested = nested;
            return this;
        }

        /**
         * The VM, checked: a bootloader is set, and vfkit would read its command line back as the same VM.
         *
         * @throws ConfigException naming the device and option at fault
         */
        public VirtualMachine build() {
            VirtualMachine vm = new VirtualMachine(vcpus, memory, bootloader, devices, timeSync, ignition, nested);
            vm.toCmdLine();
            return vm;
        }
    }
}
