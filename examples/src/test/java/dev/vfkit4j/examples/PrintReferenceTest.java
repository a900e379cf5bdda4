package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.Device;
import dev.vfkit4j.Devices;
import dev.vfkit4j.Reference;
import dev.vfkit4j.spi.ComponentDescriptor;
import org.junit.jupiter.api.Test;

class PrintReferenceTest {

    @Test
    void itPrintsTheGeneratorsReferenceOfEverythingOnTheClassPath() {
        String printed = Stdout.of(() -> PrintReference.main(new String[0]));
        assertEquals(Reference.everything(), printed);
        for (ComponentDescriptor<? extends Device> device : Devices.descriptors()) {
            assertTrue(printed.contains("\n### `" + device.name() + "`\n"), device.name());
        }
    }

    @Test
    void theCustomDeviceIsInTheClassPathsReferenceButNotInTheBuiltIns() {
        String section = "\n### `virtio-console`\n";
        assertTrue(Reference.everything().contains(section));
        assertFalse(Reference.builtIns().contains(section), "docs/reference.md documents vfkit4j's own devices");
    }
}
