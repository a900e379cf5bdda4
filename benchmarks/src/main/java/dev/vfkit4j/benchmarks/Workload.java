package dev.vfkit4j.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark workload of {@code ../shared/bench/workload.md}, argument for argument: a podman-machine-like VM with
 * an EFI bootloader and ten devices, the same argv vfkit's own Go benchmarks parse. The scaled variants repeat the ten
 * {@code --device} pairs: {@code repetitions} 100 is vfkit's "parse with 1 000 devices".
 */
public final class Workload {
    private Workload() {
    }

    /** The arguments before the devices. */
    private static final List<String> MACHINE = List.of(
            "--cpus", "4",
            "--memory", "4096",
            "--bootloader", "efi,variable-store=/Users/user/.local/share/containers/podman/machine/applehv/"
                    + "efi-bl-podman-machine-default,create");

    /** The ten {@code --device} values, in workload.md's order. */
    static final List<String> DEVICES = List.of(
            "nvme,path=/Users/user/.local/share/containers/podman/machine/applehv/podman-machine-default-arm64.raw",
            "virtio-rng",
            "virtio-vsock,port=1025,socketURL=/var/folders/xy/T/podman/podman-machine-default.sock,listen",
            "virtio-serial,logFilePath=/var/folders/xy/T/podman/podman-machine-default.log",
            "rosetta,mountTag=rosetta,install",
            "virtio-net,unixSocketPath=/var/folders/xy/T/podman/podman-machine-default-gvproxy.sock,"
                    + "mac=5a:94:ef:e4:0c:ee",
            "virtio-fs,sharedDir=/Users,mountTag=a2a0ee2c717462feb1de2f5afd59de5fd2d8",
            "virtio-fs,sharedDir=/private,mountTag=71708eb255bc230cd7c91dd26f7667a7b938",
            "virtio-fs,sharedDir=/var/folders,mountTag=a0bb3a2c8b0b02ba5958b0576f0d6530e104",
            "virtio-gpu,width=1920,height=1080");

    /**
     * vfkit's argv (without the program name) with the ten device pairs given {@code repetitions} times: 1 is the
     * workload itself, 10 / 100 / 1000 its scaled variants (100 / 1 000 / 10 000 devices).
     */
    public static List<String> argv(int repetitions) {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, got " + repetitions);
        }
        List<String> argv = new ArrayList<>(MACHINE.size() + 2 * DEVICES.size() * repetitions);
        argv.addAll(MACHINE);
        for (int i = 0; i < repetitions; i++) {
            for (String device : DEVICES) {
                argv.add("--device");
                argv.add(device);
            }
        }
        return List.copyOf(argv);
    }
}
