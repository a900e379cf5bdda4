package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vfkit4j.Device;
import dev.vfkit4j.Size;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.devices.Nvme;
import dev.vfkit4j.devices.Rosetta;
import dev.vfkit4j.devices.VirtioFs;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioRng;
import dev.vfkit4j.devices.VirtioSerial;
import dev.vfkit4j.devices.VirtioVsock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodmanMachineTest {
    private final VirtualMachine vm = PodmanMachine.podmanMachine("/Users/user", "/var/folders/xy/T/podman");

    @Test
    void vfkitReadsThePrintedCommandLineBackAsTheSameVm() {
        assertEquals(vm, VirtualMachine.fromCmdLine(vm.toCmdLine()));
    }

    @Test
    void itReadsBackFromVfkitsJsonAsTheSameVm() {
        assertEquals(vm, VirtualMachine.fromJson(vm.toJson()));
    }

    @Test
    void itHasTheDevicesPodmanMachineStartsWithInTheirOrder() {
        List<Class<?>> types = new ArrayList<>();
        for (Device device : vm.devices()) {
            types.add(device.getClass());
        }
        assertEquals(List.of(Nvme.class, VirtioRng.class, VirtioSerial.class, VirtioVsock.class, Rosetta.class,
                VirtioNet.class, VirtioFs.class, VirtioFs.class, VirtioFs.class), types);
        assertEquals(Size.ofGiB(4), vm.memory());
        assertEquals(VirtioVsock.Direction.LISTEN, vm.device(VirtioVsock.class).orElseThrow().direction());
    }

    @Test
    void mainPrintsExactlyThatCommandLine() {
        String printed = Stdout.of(() -> PodmanMachine.main(new String[0]));
        List<String> words = new ArrayList<>(Arrays.asList(printed.replace("\\\n", " ").trim().split("\\s+")));
        assertEquals("vfkit", words.remove(0));
        assertEquals(vm.toCmdLine(), words);
    }
}
