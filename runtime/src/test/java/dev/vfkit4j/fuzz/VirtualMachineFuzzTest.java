package dev.vfkit4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VirtualMachine;
import java.util.List;

/**
 * {@code VirtualMachine.fromCmdLine} on arbitrary argv: it refuses with a {@link ConfigException} and nothing else,
 * and a VM it accepts and can print reads back as itself (up to the vCPU and memory defaults, see
 * {@link FuzzInputs#asReadBack}); printing what was read back gives the same argv. {@code VirtualMachine.fromJson}
 * likewise, through JSON. Seeds: {@code src/test/resources/dev/vfkit4j/fuzz/VirtualMachineFuzzTestInputs/<test
 * method>}: argv one argument per line, JSON as it is.
 */
class VirtualMachineFuzzTest {

    @FuzzTest
    void vmFromCmdLine(FuzzedDataProvider data) {
        List<String> argv = FuzzInputs.argv(data);
        VirtualMachine vm;
        List<String> printed;
        try {
            vm = VirtualMachine.fromCmdLine(argv);
            printed = vm.toCmdLine();
        } catch (ConfigException refused) {
            return; // refusing is fine; any other exception escapes and is a finding
        }
        VirtualMachine readBack = VirtualMachine.fromCmdLine(printed);
        assertEquals(FuzzInputs.asReadBack(vm), readBack, () -> argv + " printed as " + printed);
        List<String> reprinted = readBack.toCmdLine();
        if (readBack.equals(vm)) {
            assertEquals(printed, reprinted);
        } else {
            // The defaults are printed now; one more round changes nothing.
            assertEquals(readBack, VirtualMachine.fromCmdLine(reprinted));
        }
    }

    @FuzzTest
    void vmFromJson(FuzzedDataProvider data) {
        String json = data.consumeRemainingAsString();
        VirtualMachine vm;
        String written;
        try {
            vm = VirtualMachine.fromJson(json);
            written = vm.toJson();
        } catch (ConfigException refused) {
            return; // refusing is fine; any other exception escapes and is a finding
        }
        VirtualMachine readBack = VirtualMachine.fromJson(written);
        assertEquals(vm, readBack, () -> json + " written as " + written);
        assertEquals(written, readBack.toJson());
    }
}
