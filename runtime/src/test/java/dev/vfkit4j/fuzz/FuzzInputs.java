package dev.vfkit4j.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.vfkit4j.VirtualMachine;
import java.util.List;

/** How the fuzz tests read their input, and what a printed VM reads back as. */
final class FuzzInputs {
    private FuzzInputs() {
    }

    /**
     * An argv from the fuzz input: its text split at line breaks, one argument per line, so that a seed file reads
     * like the argv listing of {@code shared/bench/workload.md}. Trailing empty lines are dropped.
     */
    static List<String> argv(FuzzedDataProvider data) {
        return List.of(data.consumeRemainingAsString().split("\n"));
    }

    /**
     * The VM that vfkit's argv printed from {@code vm} reads back as. vfkit leaves {@code --cpus} and
     * {@code --memory} out when they are 0 (conformance vector public-vms-32 pins that), and reading them back then
     * gives vfkit's defaults, 1 vCPU and 512 MiB: the one place where print-then-parse is not the identity.
     */
    static VirtualMachine asReadBack(VirtualMachine vm) {
        boolean defaultCpus = vm.vcpus() == 0;
        boolean defaultMemory = vm.memory().bytes() == 0;
        if (!defaultCpus && !defaultMemory) {
            return vm;
        }
        return new VirtualMachine(defaultCpus ? VirtualMachine.DEFAULT_CPUS : vm.vcpus(),
                defaultMemory ? VirtualMachine.DEFAULT_MEMORY : vm.memory(), vm.bootloader(), vm.devices(),
                vm.timeSync(), vm.ignition(), vm.nested());
    }
}
