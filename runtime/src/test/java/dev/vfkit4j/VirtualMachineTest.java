package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.NetworkBlockDevice;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioFs;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioRng;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VirtualMachineTest {
    private static final EfiBootloader EFI = EfiBootloader.of("/tmp/efi.fd", true);

    @Test
    void memoryIsPrintedInMiBRoundedUp() {
        VirtualMachine vm = VirtualMachine.builder().bootloader(EFI).memory(Size.ofBytes((1L << 20) + 1)).build();
        assertEquals(List.of("--cpus", "1", "--memory", "2", "--bootloader", "efi,variable-store=/tmp/efi.fd,create"),
                vm.toCmdLine());
    }

    @Test
    void sizesCannotBeConfused() {
        assertEquals(Size.ofMiB(4096), Size.ofGiB(4));
        assertEquals(4L << 30, Size.ofGiB(4).bytes());
        assertEquals("4 GiB", Size.ofGiB(4).toString());
        assertThrows(ConfigException.class, () -> Size.ofMiB(1L << 44));
    }

    @Test
    void memoryThatWouldOverflowVfkitsByteCountIsRefused() {
        ConfigException error = assertThrows(ConfigException.class, () -> VirtualMachine.fromCmdLine(
                List.of("-b", "efi,variable-store=/e", "--memory", "17592186044416")));
        assertEquals("--memory", error.component());
        assertEquals("17592186044416", error.value());
    }

    @Test
    void readsNumbersAsPflagDoes() {
        VirtualMachine vm = VirtualMachine.fromCmdLine(List.of("-b", "efi,variable-store=/e", "-c0x10", "-m=0o1000"));
        assertEquals(16, vm.vcpus());
        assertEquals(Size.ofMiB(512), vm.memory());
        assertEquals(8, VirtualMachine.fromCmdLine(List.of("-b", "efi,variable-store=/e", "--cpus", "010")).vcpus());
        assertEquals(Size.ofMiB(1024), VirtualMachine.fromCmdLine(List.of("-b", "efi,variable-store=/e",
                "--memory=1_024")).memory());
        assertThrows(ConfigException.class, () -> VirtualMachine.fromCmdLine(List.of("-b", "efi,variable-store=/e",
                "--memory", "_1024")));
    }

    @Test
    void launchOptionsAreKeptByTheCommandAndLeftOutOfTheVm() {
        List<String> args = List.of("-b", "efi,variable-store=/e", "--restful-uri", "tcp://localhost:8081",
                "--log-level", "debug", "--pidfile", "/tmp/vfkit.pid");
        VfkitCommand command = VfkitCommand.fromCmdLine(args);
        assertEquals("tcp://localhost:8081", command.restfulUri());
        assertEquals(VfkitCommand.LogLevel.DEBUG, command.logLevel());
        assertEquals(List.of("--cpus", "1", "--memory", "512", "--bootloader", "efi,variable-store=/e",
                "--restful-uri", "tcp://localhost:8081", "--log-level", "debug", "--pidfile", "/tmp/vfkit.pid"),
                command.toCmdLine());
        assertEquals(command.vm(), VirtualMachine.fromCmdLine(args));
    }

    @Test
    void typedLookupsReplaceVfkitsHelpers() {
        NetworkBlockDevice nbd = NetworkBlockDevice.builder().uri("nbd://h/e").deviceId("data").build();
        VirtualMachine vm = VirtualMachine.builder().bootloader(EFI).device(new VirtioRng()).device(nbd)
                .device(VirtioNet.withNat()).build();
        assertEquals(List.of(nbd), vm.devices(NetworkBlockDevice.class));
        assertEquals(nbd, vm.networkBlockDevice("data").orElseThrow());
        assertTrue(vm.networkBlockDevice("other").isEmpty());
        assertEquals(VirtioNet.withNat(), vm.device(VirtioNet.class).orElseThrow());
    }

    @Test
    void toBuilderDerivesAVariant() {
        VirtualMachine vm = VirtualMachine.builder().bootloader(EFI).cpus(2).device(new VirtioRng()).build();
        VirtualMachine bigger = vm.toBuilder().cpus(8).build();
        assertEquals(8, bigger.vcpus());
        assertEquals(vm.devices(), bigger.devices());
        assertEquals(2, vm.vcpus());
    }

    @Test
    void timeSyncAndGuiArePrintedUnlikeVfkit() {
        VirtualMachine vm = VirtualMachine.fromCmdLine(List.of("-b", "efi,variable-store=/e", "-t", "vsockPort=1234",
                "--gui", "--ignition", "/i.ign", "--nested"));
        List<String> printed = vm.toCmdLine();
        assertEquals(List.of("--timesync", "vsockPort=1234", "--gui", "--ignition", "/i.ign", "--nested"),
                printed.subList(printed.size() - 6, printed.size()));
    }

    @Test
    void preflightReportsEveryProblemAtOnce(@TempDir Path dir) throws IOException {
        Path qcow2 = Files.write(dir.resolve("disk.qcow2"), new byte[] {'Q', 'F', 'I', (byte) 0xfb, 0, 0, 0, 3});
        String longSocket = "/tmp/" + "s".repeat(120) + ".sock";
        VirtualMachine vm = VirtualMachine.builder()
                .bootloader(EfiBootloader.of(dir.resolve("efi.fd").toString(), true))
                .device(VirtioBlk.of(qcow2.toString()))
                .device(VirtioBlk.of(dir.resolve("missing.img").toString()))
                .device(VirtioFs.of(dir.resolve("nowhere").toString(), "tag"))
                .device(VirtioNet.unixSocket(longSocket, null))
                .build();
        ConfigException error = assertThrows(ConfigException.class, vm::preflight);
        assertTrue(error.getMessage().startsWith("4 problems"), error.getMessage());
        assertTrue(error.getMessage().contains(qcow2 + "': is a qcow2 image"), error.getMessage());
        assertTrue(error.getMessage().contains("missing.img': does not exist"), error.getMessage());
        assertTrue(error.getMessage().contains("nowhere': does not exist"), error.getMessage());
        assertTrue(error.getMessage().contains("macOS allows at most 103"), error.getMessage());
    }

    @Test
    void preflightPassesOnAHealthyHost(@TempDir Path dir) throws IOException {
        Path disk = Files.write(dir.resolve("disk.raw"), new byte[4096]);
        VirtualMachine vm = VirtualMachine.builder()
                .bootloader(EfiBootloader.of(dir.resolve("efi.fd").toString(), true))
                .device(VirtioBlk.of(disk.toString()))
                .device(VirtioFs.of(dir.toString(), "home"))
                .build();
        vm.preflight();
    }
}
