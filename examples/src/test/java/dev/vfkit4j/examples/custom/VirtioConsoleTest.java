package dev.vfkit4j.examples.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.Devices;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.VirtioRng;
import dev.vfkit4j.examples.custom.VirtioConsole.Mode;
import dev.vfkit4j.spi.ComponentDescriptor;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples' own device, end to end through vfkit4j's public API, as a user's device would be used. */
class VirtioConsoleTest {
    private static final String SERVICE_FILE = "META-INF/services/dev.vfkit4j.spi.ComponentDescriptor";
    private static final EfiBootloader EFI = EfiBootloader.withNewVariableStore("/tmp/efi-vars.fd");

    @Test
    void itIsFoundWithoutRegistrationCodeThroughTheServiceFileTheProcessorWrote() throws IOException {
        ComponentDescriptor<? extends Device> descriptor = Devices.byName("virtio-console").orElseThrow();
        assertEquals(VirtioConsole.class, descriptor.type());
        assertSame(descriptor, Devices.byKind("virtioconsole").orElseThrow());

        List<URL> listing = new ArrayList<>();
        for (URL file : Collections.list(getClass().getClassLoader().getResources(SERVICE_FILE))) {
            String text = new String(file.openStream().readAllBytes(), StandardCharsets.UTF_8);
            if (text.lines().anyMatch(line -> line.equals(VirtioConsoleDescriptor.class.getName()))) {
                listing.add(file);
            }
        }
        assertEquals(1, listing.size(), listing::toString);
        assertTrue(listing.get(0).getPath().contains("/target/classes/"), "written into the build, not the sources: "
                + listing.get(0));
        Path basedir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        assertTrue(Files.notExists(basedir.resolve("src/main/resources").resolve(SERVICE_FILE)),
                "no hand-written service file");
    }

    @Test
    void unsetOptionsTakeTheirDefaults() {
        assertEquals(new VirtioConsole(Path.of("/tmp/qga.sock"), "org.qemu.guest_agent.0", Mode.LISTEN, false, 1),
                Device.fromCmdLine("virtio-console,socketPath=/tmp/qga.sock"));
    }

    @Test
    void everyKindOfOptionParses() {
        assertEquals(new VirtioConsole(Path.of("/tmp/hvc.sock"), "console", Mode.CONNECT, true, 0),
                Device.fromCmdLine("virtio-console,socketPath=/tmp/hvc.sock,name=console,mode=connect,console,"
                        + "index=0"));
    }

    @Test
    void itPrintsWhatItParses() {
        Device port = Device.fromCmdLine("virtio-console,index=3,mode=connect,socketPath=/tmp/qga.sock");
        List<String> argv = port.toCmdLine();
        assertEquals("--device", argv.get(0));
        assertEquals(port, Device.fromCmdLine(argv.get(1)));
        // Options print in the record's order, whatever order they were given in.
        assertTrue(argv.get(1).startsWith("virtio-console,socketPath=/tmp/qga.sock,"), argv::toString);
    }

    @Test
    void aWholeVfkitCommandLineWithItParsesAndPrintsBack() {
        VirtualMachine vm = VirtualMachine.fromCmdLine(CustomDevice.FORK_ARGV);
        assertEquals(List.of(new VirtioConsole(Path.of("/tmp/qga.sock"), "org.qemu.guest_agent.0", Mode.CONNECT, false, 2),
                new VirtioConsole(Path.of("/tmp/hvc.sock"), "console", Mode.LISTEN, true, 0)), vm.devices(VirtioConsole.class));
        assertEquals(new VirtioRng(), vm.devices().get(0));
        assertEquals(vm, VirtualMachine.fromCmdLine(vm.toCmdLine()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            virtio-console,mode=connect                               | socketPath | is required
            virtio-console,socketPath=/tmp/q.sock,index=32            | index      | out of range (from 0 to 31)
            virtio-console,socketPath=/tmp/q.sock,index=+1            | index      | expected digits only
            virtio-console,socketPath=/tmp/q.sock,mode=dial           | mode       | expected one of listen, connect
            virtio-console,socketPath=/tmp/q.sock,console=yes         | console    | is a bare flag
            virtio-console,socketPath=/tmp/q.sock,indx=2              | indx       | did you mean 'index'?
            virtio-console,socketPath=/tmp/q.sock,name=org/qemu       | name       | must not contain '/'
            """)
    void mistakesAreRefusedNamingTheDeviceAndTheOption(String option, String key, String problem) {
        ConfigException error = assertThrows(ConfigException.class, () -> Device.fromCmdLine(option));
        assertEquals("virtio-console", error.component());
        assertEquals(key, error.option());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
        // The same mistake inside a whole command line is reported the same way.
        ConfigException inVm = assertThrows(ConfigException.class, () -> VirtualMachine.fromCmdLine(List.of(
                "--bootloader", "efi,variable-store=/tmp/efi-vars.fd", "--device", option)));
        assertEquals(error.getMessage(), inVm.getMessage());
    }

    @Test
    void theGeneratedBuilderAppliesDefaultsAndDerivesVariants() {
        VirtioConsole agent = VirtioConsole.guestAgent(Path.of("/tmp/qga.sock"));
        assertEquals(Device.fromCmdLine("virtio-console,socketPath=/tmp/qga.sock"), agent);
        VirtioConsole connecting = agent.toBuilder().mode(Mode.CONNECT).index(5).build();
        assertEquals(new VirtioConsole(Path.of("/tmp/qga.sock"), "org.qemu.guest_agent.0", Mode.CONNECT, false, 5),
                connecting);
        assertEquals(Mode.LISTEN, agent.mode(), "records are immutable");
    }

    @Test
    void theBuilderChecksTheSameRulesAsTheParser() {
        ConfigException range = assertThrows(ConfigException.class, () -> VirtioConsole.guestAgent(Path.of("/tmp/q.sock"))
                .toBuilder().index(40).build());
        assertEquals("index", range.option());
        ConfigException hook = assertThrows(ConfigException.class, () -> VirtioConsole.builder()
                .socketPath(Path.of("/tmp/q.sock")).name("a/b").build());
        assertEquals("name", hook.option());
    }

    @Test
    void theVmBuilderRefusesAValueTheCommandLineCannotCarryNamingDeviceAndOption() {
        VirtioConsole port = VirtioConsole.guestAgent(Path.of("/tmp/a,b.sock"));
        ConfigException error = assertThrows(ConfigException.class, () -> VirtualMachine.builder().bootloader(EFI)
                .device(port).build());
        assertEquals("virtio-console", error.component());
        assertEquals("socketPath", error.option());
    }

    @Test
    void preflightChecksItsHostPathLikeABuiltInsAndNamesIt() {
        String tooLong = "/tmp/" + "s".repeat(120) + ".sock";
        VirtualMachine vm = VirtualMachine.builder().bootloader(EFI).device(VirtioConsole.guestAgent(Path.of(tooLong)))
                .build();
        ConfigException error = assertThrows(ConfigException.class, vm::preflight);
        assertTrue(error.getMessage().contains("virtio-console: option 'socketPath' = '" + tooLong + "'"),
                error.getMessage());
    }
}
