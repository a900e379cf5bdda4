package dev.vfkit4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import java.util.List;

/**
 * {@code Device.fromCmdLine} on arbitrary text: it refuses with a {@link ConfigException} and nothing else, and a
 * device it accepts and can print reads back as itself. Seeds: {@code src/test/resources/dev/vfkit4j/fuzz/
 * DeviceFuzzTestInputs/deviceFromCmdLine}, one {@code --device} value per file.
 */
class DeviceFuzzTest {

    @FuzzTest
    void deviceFromCmdLine(FuzzedDataProvider data) {
        String option = data.consumeRemainingAsString();
        Device device;
        List<String> printed;
        try {
            device = Device.fromCmdLine(option);
            printed = device.toCmdLine();
        } catch (ConfigException refused) {
            return; // refusing is fine; any other exception escapes and is a finding
        }
        assertEquals(2, printed.size(), () -> "one flag and its value: " + printed);
        assertEquals("--device", printed.get(0));
        Device readBack = Device.fromCmdLine(printed.get(1));
        assertEquals(device, readBack, () -> option + " printed as " + printed);
        assertEquals(printed, readBack.toCmdLine());
    }
}
