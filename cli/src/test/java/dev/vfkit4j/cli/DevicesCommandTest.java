package dev.vfkit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code devices}: the reference, from the descriptors on the class path, the tests' own device included. */
class DevicesCommandTest {

    @Test
    void everyDeviceIsDescribedYourOwnIncluded() {
        Cli.Result result = Cli.inProcess("devices");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.err());
        assertTrue(result.out().startsWith("# vfkit4j command-line reference\n"), result.out());
        assertTrue(result.out().contains("\n### `virtio-vsock`\n"), "a built-in device");
        assertTrue(result.out().contains("\n### `virtio-sound`\n\nA sound card (a device of the tests' own).\n"),
                "the tests' own device");
        assertTrue(result.out().contains("`--device virtio-sound,streams=<number>[,mode=output|duplex]`"),
                result.out());
    }

    @Test
    void oneDeviceByNameOrKind() {
        Cli.Result byName = Cli.inProcess("devices", "virtio-vsock");
        assertEquals(0, byName.exitCode(), byName::toString);
        assertTrue(byName.out().startsWith("### `virtio-vsock`\n"), byName.out());
        assertFalse(byName.out().contains("### `virtio-net`"), byName.out());
        assertEquals(byName, Cli.inProcess("devices", "virtiosock"));
        assertTrue(Cli.inProcess("devices", "efi").out().startsWith("### `efi`\n"));
    }

    @Test
    void anUnknownNameFails() {
        Cli.Result result = Cli.inProcess("devices", "virtio-sond");
        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals(1, result.errLines().size());
        assertTrue(result.err().startsWith("vfkit4j devices: 'virtio-sond': no such device or bootloader"
                + " (did you mean 'virtio-sound'?)"), result.err());
    }
}
