package dev.vfkit4j.examples.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.Devices;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.examples.custom.VirtioConsole.Mode;
import dev.vfkit4j.spi.OptionDescriptor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The examples' own device in vfkit's JSON: its own kind, found with no registration code, end to end. */
class VirtioConsoleJsonTest {
    private static final JsonMapper PLAIN_JSON = JsonMapper.builder().build();

    /** The VM of {@link CustomDevice#FORK_ARGV}, as vfkit's REST API or a podman machine file would hold it. */
    private static final String FORK_JSON = """
            {
              "vcpus": 2,
              "memoryBytes": 2147483648,
              "bootloader": {"kind": "efiBootloader", "efiVariableStorePath": "/tmp/efi-vars.fd",
                             "createVariableStore": true},
              "devices": [
                {"kind": "virtiorng"},
                {"kind": "virtioconsole", "socketPath": "/tmp/qga.sock", "mode": "connect", "index": 2},
                {"kind": "virtioconsole", "socketPath": "/tmp/hvc.sock", "name": "console", "console": true,
                 "index": 0}
              ]
            }
            """;

    @Test
    void theSameVmReadFromJsonAndFromTheCommandLine() {
        assertEquals(VirtualMachine.fromCmdLine(CustomDevice.FORK_ARGV), VirtualMachine.fromJson(FORK_JSON));
    }

    @Test
    void aVmWithItReadsBackFromItsJson() {
        VirtualMachine vm = VirtualMachine.fromCmdLine(CustomDevice.FORK_ARGV);
        String json = vm.toJson();
        assertEquals(vm, VirtualMachine.fromJson(json));
        // And the JSON's VM prints the command line it came from.
        assertEquals(vm.toCmdLine(), VirtualMachine.fromJson(json).toCmdLine());
    }

    @Test
    void itIsWrittenWithItsOwnKindAndTheJsonNamesOfItsDescriptor() {
        VirtioConsole port = VirtioConsole.builder().socketPath(Path.of("/tmp/hvc.sock")).console(true).index(0).build();
        JsonNode json = PLAIN_JSON.readTree(port.toJson());
        assertEquals("virtioconsole", json.get("kind").asString());
        for (OptionDescriptor<VirtioConsole, ?> option : Devices.descriptorOf(VirtioConsole.class).options()) {
            assertTrue(json.has(option.jsonName()), () -> option.jsonName() + " in " + json);
        }
        assertEquals("listen", json.get("mode").asString(), "an enum is written with its @Key");
        assertEquals(port, Device.fromJson(port.toJson()));
    }

    @Test
    void membersLeftOutTakeTheRecordsDefaults() {
        assertEquals(VirtioConsole.guestAgent(Path.of("/tmp/qga.sock")),
                Device.fromJson("{\"kind\": \"virtioconsole\", \"socketPath\": \"/tmp/qga.sock\"}"));
        assertEquals(new VirtioConsole(Path.of("/tmp/qga.sock"), "org.qemu.guest_agent.0", Mode.LISTEN, false, 1),
                VirtioConsole.guestAgent(Path.of("/tmp/qga.sock")));
    }

    @Test
    void jsonIsCheckedByTheSameRulesNamingThePathTheDeviceAndTheOption() {
        String badIndex = FORK_JSON.replace("\"index\": 2", "\"index\": 40");
        ConfigException range = assertThrows(ConfigException.class, () -> VirtualMachine.fromJson(badIndex));
        assertTrue(range.component().startsWith("$.devices[1]"), range::getMessage);
        assertTrue(range.getMessage().contains("virtio-console: option 'index' = '40': out of range"),
                range::getMessage);

        String noSocket = FORK_JSON.replace("\"socketPath\": \"/tmp/qga.sock\", ", "");
        ConfigException missing = assertThrows(ConfigException.class, () -> VirtualMachine.fromJson(noSocket));
        assertTrue(missing.getMessage().contains("virtio-console: option 'socketPath': is required"),
                missing::getMessage);

        ConfigException hook = assertThrows(ConfigException.class, () -> Device.fromJson(
                "{\"kind\": \"virtioconsole\", \"socketPath\": \"/tmp/q.sock\", \"name\": \"a/b\"}"));
        assertTrue(hook.getMessage().contains("must not contain '/'"), hook::getMessage);
    }

    @Test
    void aValueTheCommandLineCannotCarryStillTravelsInJson() {
        // vfkit splits --device values at ','; its JSON has no such limit, so the device itself accepts one.
        VirtioConsole port = VirtioConsole.guestAgent(Path.of("/tmp/a,b.sock"));
        assertEquals(port, Device.fromJson(port.toJson()));
        assertThrows(ConfigException.class, port::toCmdLine);
    }

    @Test
    void theKindIsKnownToTheRegistryWithoutRegistrationCode() {
        assertEquals(List.of(VirtioConsole.class), List.of(Devices.byKind("virtioconsole").orElseThrow().type()));
    }
}
