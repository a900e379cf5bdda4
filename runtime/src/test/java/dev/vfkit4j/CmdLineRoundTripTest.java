package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vfkit4j.testing.RandomVms;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code fromCmdLine(vm.toCmdLine())} gives back {@code vm}, for many seeded random VMs. */
class CmdLineRoundTripTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 20261126})
    void parsingThePrintedCommandLineGivesTheSameVm(long seed) {
        for (VirtualMachine vm : RandomVms.of(seed, 400)) {
            List<String> printed = vm.toCmdLine();
            VirtualMachine parsed = VirtualMachine.fromCmdLine(printed);
            assertEquals(vm, parsed, () -> "printed as " + printed);
            assertEquals(printed, parsed.toCmdLine());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void everyDeviceRoundTripsAlone(long seed) {
        RandomVms random = new RandomVms(seed);
        for (int i = 0; i < 2000; i++) {
            Device device = random.device();
            List<String> printed = device.toCmdLine();
            assertEquals(2, printed.size());
            assertEquals(device, Device.fromCmdLine(printed.get(1)), () -> "printed as " + printed);
        }
    }
}
