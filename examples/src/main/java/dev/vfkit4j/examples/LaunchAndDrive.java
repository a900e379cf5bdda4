package dev.vfkit4j.examples;

import dev.vfkit4j.Size;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.client.StopResult;
import dev.vfkit4j.client.VfkitClient;
import dev.vfkit4j.client.VfkitLauncher;
import dev.vfkit4j.client.VfkitProcess;
import dev.vfkit4j.client.VmState;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioRng;
import dev.vfkit4j.devices.VirtioSerial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Launches vfkit with a REST endpoint on a Unix socket, waits until the VM runs, reads its state and configuration,
 * pauses, resumes and stops it — what podman and CRC do with hand-written helpers in Go.
 *
 * <p>Run it on a Mac with vfkit installed: {@code -Prun-example -Dexample=dev.vfkit4j.examples.LaunchAndDrive
 * -Dexec.args="/opt/homebrew/bin/vfkit /path/to/vm-dir"} (the directory holds {@code disk.raw}). Its test runs it
 * against a fake vfkit that serves vfkit's REST API.
 */
public final class LaunchAndDrive {
    private LaunchAndDrive() {
    }

    /** A small Linux VM booting from {@code vmDir/disk.raw}, with vfkit's REST API on {@code vmDir/vfkit.sock}. */
    public static VfkitCommand command(Path vmDir) {
        VirtualMachine vm = VirtualMachine.builder()
                .cpus(2)
                .memory(Size.ofGiB(2))
                .bootloader(EfiBootloader.withNewVariableStore(vmDir.resolve("efi-vars.fd").toString()))
                .device(VirtioBlk.of(vmDir.resolve("disk.raw").toString()))
                .device(VirtioNet.withNat())
                .device(new VirtioRng())
                .device(VirtioSerial.logFile(vmDir.resolve("console.log").toString()))
                .build();
        return VfkitCommand.of(vm).withRestfulUri("unix://" + vmDir.resolve("vfkit.sock"));
    }

    /** Runs the whole life of the VM and returns what it saw, one line per step. */
    public static List<String> run(Path vfkit, Path vmDir) throws InterruptedException {
        List<String> steps = new ArrayList<>();
        try (VfkitProcess process = VfkitLauncher.of(vfkit).start(command(vmDir))) {
            steps.add("started vfkit, pid " + process.pid());
            VmState running = process.awaitState(VmState.State.RUNNING, Duration.ofSeconds(30));
            steps.add("state: " + running.state());

            VfkitClient client = process.client().orElseThrow();
            VirtualMachine inspected = client.inspect();
            steps.add("inspect: " + inspected.vcpus() + " vCPUs, " + inspected.memory() + ", "
                    + inspected.devices().size() + " devices");

            client.pause();
            steps.add("state: " + process.awaitState(VmState.State.PAUSED, Duration.ofSeconds(10)).state());
            client.resume();
            steps.add("state: " + process.awaitState(VmState.State.RUNNING, Duration.ofSeconds(10)).state());

            StopResult stopped = process.stop();
            steps.add("stopped by " + stopped.stoppedBy() + ", exit code " + stopped.exitCode());
        }
        return steps;
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !Files.isDirectory(Path.of(args[1]))) {
            System.out.println("usage: LaunchAndDrive <vfkit executable> <vm directory holding disk.raw>");
            System.out.println("vfkit argv for /path/to/vm: " + command(Path.of("/path/to/vm")).toCmdLine());
            return;
        }
        for (String step : run(Path.of(args[0]), Path.of(args[1]))) {
            System.out.println(step);
        }
    }
}
