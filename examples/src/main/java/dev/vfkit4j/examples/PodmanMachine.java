package dev.vfkit4j.examples;

import dev.vfkit4j.MacAddress;
import dev.vfkit4j.Size;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.Nvme;
import dev.vfkit4j.devices.Rosetta;
import dev.vfkit4j.devices.VirtioFs;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioRng;
import dev.vfkit4j.devices.VirtioSerial;
import dev.vfkit4j.devices.VirtioVsock;

/**
 * Builds the VM that {@code podman machine} starts on a Mac — EFI, a disk, entropy, a serial log, the vsock that
 * signals readiness, Rosetta, gvproxy networking and three shared directories — and prints vfkit's command line.
 */
public final class PodmanMachine {
    private PodmanMachine() {
    }

    /** The podman-like VM, as one fluent expression. */
    public static VirtualMachine podmanMachine(String home, String runtimeDir) {
        String machineDir = home + "/.local/share/containers/podman/machine/applehv";
        return VirtualMachine.builder()
                .cpus(4)
                .memory(Size.ofGiB(4))
                .bootloader(EfiBootloader.withNewVariableStore(machineDir + "/efi-bl-podman-machine-default"))
                .device(Nvme.of(machineDir + "/podman-machine-default-arm64.raw"))
                .device(VirtioRng.of())
                .device(VirtioSerial.logFile(runtimeDir + "/podman-machine-default.log"))
                .device(VirtioVsock.listen(1025, runtimeDir + "/podman-machine-default.sock"))
                .device(Rosetta.withInstall("rosetta"))
                .device(VirtioNet.unixSocket(runtimeDir + "/podman-machine-default-gvproxy.sock",
                        MacAddress.parse("5a:94:ef:e4:0c:ee")))
                .device(VirtioFs.of("/Users", "a2a0ee2c717462feb1de2f5afd59de5fd2d8"))
                .device(VirtioFs.of("/private", "71708eb255bc230cd7c91dd26f7667a7b938"))
                .device(VirtioFs.of("/var/folders", "a0bb3a2c8b0b02ba5958b0576f0d6530e104"))
                .ignition(machineDir + "/podman-machine-default.ign")
                .build();
    }

    public static void main(String[] args) {
        VirtualMachine vm = podmanMachine("/Users/user", "/var/folders/xy/T/podman");
        StringBuilder command = new StringBuilder("vfkit");
        for (String arg : vm.toCmdLine()) {
            command.append(arg.startsWith("--") ? " \\\n    " : " ").append(arg);
        }
        System.out.println(command);
    }
}
