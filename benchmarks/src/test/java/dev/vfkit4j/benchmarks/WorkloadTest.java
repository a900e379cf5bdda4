package dev.vfkit4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.devices.Nvme;
import dev.vfkit4j.devices.VirtioGpu;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmarks measure what they claim: the workload parses into a VM with the expected devices, printing gives back
 * the very same argv and its JSON reads back as the same VM, so each pair of benchmarks does the same work in both
 * directions. (No timing here: speed belongs in the benchmarks.)
 */
class WorkloadTest {

    @ParameterizedTest(name = "{0} repetitions")
    @ValueSource(ints = {1, 10, 100})
    void theWorkloadParsesToItsDevicesAndPrintsBackUnchanged(int repetitions) {
        List<String> argv = Workload.argv(repetitions);

        VirtualMachine vm = VirtualMachine.fromCmdLine(argv);

        assertEquals(4, vm.vcpus());
        assertEquals(10 * repetitions, vm.devices().size());
        assertEquals(repetitions, vm.devices(Nvme.class).size());
        assertEquals(repetitions, vm.devices(VirtioGpu.class).size());
        assertEquals(argv, vm.toCmdLine());
        assertEquals(vm, VirtualMachine.fromJson(vm.toJson()));
    }
}
