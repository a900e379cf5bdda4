package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.bootloaders.LinuxBootloader;
import dev.vfkit4j.devices.NetworkBlockDevice;
import dev.vfkit4j.devices.Nvme;
import dev.vfkit4j.devices.Rosetta;
import dev.vfkit4j.devices.UsbMassStorage;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioFs;
import dev.vfkit4j.devices.VirtioGpu;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioRng;
import dev.vfkit4j.devices.VirtioSerial;
import dev.vfkit4j.devices.VirtioVsock;
import dev.vfkit4j.bootloaders.MacosBootloader;
import dev.vfkit4j.devices.VirtioBalloon;
import dev.vfkit4j.devices.VirtioInput;
import dev.vfkit4j.spi.ComponentDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Builders validate: a device's builder refuses what breaks the device's rules, and {@code VirtualMachine.Builder}
 * never returns a VM whose {@code toCmdLine()} would fail. Every refusal names the device (or flag) and the option.
 */
class BuilderValidationTest {
    private static final EfiBootloader EFI = EfiBootloader.withNewVariableStore("/vm/efi-vars.fd");

    @Test
    void aSharedDirectoryWithACommaIsRefusedWhenTheVmIsBuilt() {
        // The device itself is valid (vfkit's JSON can carry the comma); vfkit's command line cannot.
        VirtioFs share = VirtioFs.of("/Users/me/a,b", "home");
        ConfigException error = refused(() -> VirtualMachine.builder().bootloader(EFI).device(share).build());
        assertEquals("virtio-fs", error.component());
        assertEquals("sharedDir", error.option());
        assertEquals("/Users/me/a,b", error.value());
        assertTrue(error.getMessage().startsWith("virtio-fs: option 'sharedDir' = '/Users/me/a,b': "),
                error.getMessage());
    }

    @Test
    void deviceBuildersNameTheDeviceAndTheOption() {
        assertNames("virtio-blk", "path", refused(() -> VirtioBlk.builder().readOnly(true).build()));
        assertNames("virtio-vsock", "port", refused(() -> VirtioVsock.listen(0, "/tmp/vsock.sock")));
        assertNames("virtio-gpu", "height", refused(() -> VirtioGpu.builder().width(1920).build()));
        assertNames("virtio-net", "unixSocketPath",
                refused(() -> VirtioNet.builder().nat(true).unixSocketPath("/tmp/net.sock").build()));
        assertNames("virtio-serial", null, refused(() -> VirtioSerial.builder().build()));
        assertNames("nbd", "timeout", refused(() -> NetworkBlockDevice.of("nbd://localhost/export").toBuilder()
                .timeout(java.time.Duration.ofNanos(1)).build()));
        assertNames("efi", "variable-store", refused(() -> EfiBootloader.builder().create(true).build()));
    }

    @Test
    void aRecordMadeWithoutItsBuilderIsStillCheckedByTheVmBuilder() {
        VirtioFs unchecked = new VirtioFs(null, "home");
        assertNames("virtio-fs", "sharedDir", refused(() -> VirtualMachine.builder().bootloader(EFI)
                .device(unchecked).build()));
    }

    @Test
    void vmLevelProblemsNameTheirFlag() {
        assertEquals("--bootloader", refused(() -> VirtualMachine.builder().build()).component());
        assertEquals("--ignition", refused(() -> VirtualMachine.builder().bootloader(EFI).ignition("/a,b.ign")
                .build()).component());
        assertNames("efi", "variable-store", refused(() -> VirtualMachine.builder()
                .bootloader(EfiBootloader.withVariableStore("/vm/\"efi")).build()));
        assertEquals("--timesync", refused(() -> VirtualMachine.builder().timeSync(0)).component());
        assertEquals("devices[1]", refused(() -> VirtualMachine.builder().device(new VirtioRng())
                .device((Device) null)).component());
    }

    /**
     * For awkward values in every text option the factories take, {@code build()} either refuses or returns a VM
     * that prints, and whose printed command line vfkit4j reads back to the same command line.
     */
    @Test
    void theVmBuilderNeverReturnsAVmThatCannotBePrintedAndReadBack() {
        List<String> awkward = List.of("/plain/path", "/a,b", "/a=b", "/\"quoted", "/even\"quotes\"", "/with space",
                "", "/ünïcödé", "/a,,b", ",", "=", "\"");
        List<Function<String, Device>> devices = List.of(VirtioBlk::of, Nvme::of, UsbMassStorage::of,
                VirtioSerial::logFile, path -> VirtioFs.of(path, "tag"), path -> VirtioFs.of("/share", path),
                Rosetta::withInstall, path -> VirtioVsock.connect(1025, path),
                path -> VirtioNet.unixSocket(path, MacAddress.parse("5a:94:ef:e4:0c:ee")),
                path -> NetworkBlockDevice.of("nbd://host" + path));
        List<Function<String, Bootloader>> bootloaders = List.of(EfiBootloader::withNewVariableStore,
                path -> LinuxBootloader.of(path, "/initrd", "console=hvc0"),
                path -> LinuxBootloader.of("/vmlinuz", "/initrd", path),
                path -> MacosBootloader.of(path, "/vm/hw", "/vm/aux"));
        int built = 0;
        int refused = 0;
        List<VirtualMachine.Builder> candidates = new ArrayList<>();
        for (String value : awkward) {
            for (Function<String, Device> device : devices) {
                try {
                    candidates.add(VirtualMachine.builder().bootloader(EFI).device(device.apply(value)));
                } catch (ConfigException e) {
                    refused++; // the device's own builder refused it (an empty required path)
                }
            }
            for (Function<String, Bootloader> bootloader : bootloaders) {
                try {
                    candidates.add(VirtualMachine.builder().bootloader(bootloader.apply(value)));
                } catch (ConfigException e) {
                    refused++;
                }
            }
            candidates.add(VirtualMachine.builder().bootloader(EFI).ignition(value.isEmpty() ? "/x" : value));
        }
        for (VirtualMachine.Builder candidate : candidates) {
            VirtualMachine vm;
            try {
                vm = candidate.build();
            } catch (ConfigException e) {
                assertTrue(e.component() != null, () -> "a refusal names what it is about: " + e.getMessage());
                refused++;
                continue;
            }
            built++;
            List<String> argv = vm.toCmdLine();
            assertEquals(argv, VirtualMachine.fromCmdLine(argv).toCmdLine(), () -> "read back " + argv);
        }
        // Both outcomes occur, or the loop above proved nothing.
        assertTrue(built > 50, "built " + built);
        assertTrue(refused > 20, "refused " + refused);
    }

    @Test
    void factoriesMeanWhatVfkitsSpellingMeans() {
        assertEquals(device("virtio-vsock,port=1025,socketURL=/tmp/v.sock,listen"),
                VirtioVsock.listen(1025, "/tmp/v.sock"));
        assertEquals(device("virtio-vsock,port=1025,socketURL=/tmp/v.sock,connect"),
                VirtioVsock.connect(1025, "/tmp/v.sock"));
        assertEquals(device("virtio-serial,stdio"), VirtioSerial.standardIo());
        assertEquals(device("virtio-serial,pty"), VirtioSerial.pseudoTerminal());
        assertEquals(device("virtio-net,fd=3,mac=5a:94:ef:e4:0c:ee"),
                VirtioNet.fileDescriptor(3, MacAddress.parse("5a:94:ef:e4:0c:ee")));
        assertEquals(device("usb-mass-storage,path=/cidata.iso"), UsbMassStorage.of("/cidata.iso"));
        assertEquals(device("nbd,uri=nbd://localhost:10809/export"), NetworkBlockDevice.of(
                "nbd://localhost:10809/export"));
        assertEquals(device("rosetta,mountTag=rosetta,install"), Rosetta.withInstall("rosetta"));
        assertEquals(device("rosetta,mountTag=rosetta"), Rosetta.withoutInstall("rosetta"));
        assertEquals(device("virtio-rng"), VirtioRng.of());
        assertEquals(device("virtio-balloon"), VirtioBalloon.of());
        assertEquals(device("virtio-serial,logFilePath=/tmp/console.log"), VirtioSerial.of("/tmp/console.log"));
        assertEquals(device("virtio-input,keyboard"), VirtioInput.of(VirtioInput.Type.KEYBOARD));
        assertEquals(bootloader("macos,machineIdentifierPath=/vm/id,hardwareModelPath=/vm/hw,auxImagePath=/vm/aux"),
                MacosBootloader.of("/vm/id", "/vm/hw", "/vm/aux"));
        assertEquals(bootloader("efi,variable-store=/vm/efi.fd,create"), EfiBootloader.withNewVariableStore(
                "/vm/efi.fd"));
        assertEquals(bootloader("efi,variable-store=/vm/efi.fd"), EfiBootloader.withVariableStore("/vm/efi.fd"));
    }

    /** The naming conventions of the package documentation hold for every built-in component. */
    @Test
    void everyBuiltInHasBuilderAndToBuilder() throws ReflectiveOperationException {
        List<ComponentDescriptor<?>> builtIns = new ArrayList<>(Devices.descriptors());
        builtIns.addAll(Devices.bootloaders());
        for (ComponentDescriptor<?> descriptor : builtIns) {
            Class<?> type = descriptor.type();
            Method builder = type.getMethod("builder");
            assertTrue(Modifier.isStatic(builder.getModifiers()), type::getName);
            Object empty = builder.invoke(null);
            assertEquals(type.getName() + "Builder", empty.getClass().getName());
            Method toBuilder = type.getMethod("toBuilder");
            assertEquals(empty.getClass(), toBuilder.getReturnType(), type::getName);
        }
        assertEquals(VirtualMachine.builder().bootloader(EFI).timeSync(1025).build(),
                VirtualMachine.builder().bootloader(EFI).timesync(1025).build());
    }

    @Test
    void devicesCanBeAddedTogetherInOrder() {
        VirtualMachine vm = VirtualMachine.builder().bootloader(EFI)
                .devices(new VirtioRng(), VirtioNet.withNat())
                .device(VirtioBlk.of("/disk.img"))
                .build();
        assertEquals(List.of(new VirtioRng(), VirtioNet.withNat(), VirtioBlk.of("/disk.img")), vm.devices());
    }

    @Test
    void toBuilderDerivesAVariantAndLeavesTheOriginalAlone() {
        VirtualMachine small = VirtualMachine.builder().bootloader(EFI).memory(Size.ofGiB(2)).build();
        VirtualMachine large = small.toBuilder().memory(Size.ofGiB(8)).device(new VirtioRng()).build();
        assertEquals(Size.ofGiB(2), small.memory());
        assertEquals(List.of(), small.devices());
        assertEquals(Size.ofGiB(8), large.memory());
        assertEquals(List.of(new VirtioRng()), large.devices());
    }

    private static Device device(String option) {
        return Device.fromCmdLine(option);
    }

    private static Bootloader bootloader(String option) {
        return VirtualMachine.fromCmdLine(List.of("--bootloader", option)).bootloader();
    }

    private static ConfigException refused(Executable build) {
        return assertThrows(ConfigException.class, build);
    }

    private static void assertNames(String component, String option, ConfigException error) {
        assertEquals(component, error.component(), error::getMessage);
        assertEquals(option, error.option(), error::getMessage);
        assertTrue(error.getMessage().startsWith(component + ": "), error::getMessage);
    }
}
