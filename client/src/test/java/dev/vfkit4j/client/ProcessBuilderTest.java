package dev.vfkit4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Target;
import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioNet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@link VfkitLauncher#processBuilder} and {@link RestEndpoint#of(VfkitCommand)} make of a command. */
class ProcessBuilderTest {
    private static final Path VFKIT = Path.of("/opt/homebrew/bin/vfkit");
    /** A fixed target: the launcher would otherwise ask the (absent) executable for its version. */
    private static final VfkitLauncher LAUNCHER = VfkitLauncher.of(VFKIT).withTarget(Target.latest());
    private static final VirtualMachine VM = VirtualMachine.builder()
            .bootloader(EfiBootloader.of("/tmp/efi vars.fd", true))
            .device(VirtioBlk.of("/tmp/disk with spaces; and $HOME.raw"))
            .device(VirtioNet.withNat())
            .build();

    @Test
    void restEndpointIsReadAsVfkitReadsIt() {
        assertEquals(Optional.empty(), RestEndpoint.of(VfkitCommand.of(VM)));
        assertEquals(Optional.empty(), RestEndpoint.of(VfkitCommand.of(VM).withRestfulUri("none://")));
        assertEquals(Optional.of(RestEndpoint.tcp("localhost", 8081)),
                RestEndpoint.of(VfkitCommand.of(VM).withRestfulUri("tcp://localhost:8081")));
        assertEquals(Optional.of(RestEndpoint.unixSocket("/tmp/vfkit.sock")),
                RestEndpoint.of(VfkitCommand.of(VM).withRestfulUri("unix:///tmp/vfkit.sock")));
        ConfigException error = assertThrows(ConfigException.class,
                () -> RestEndpoint.of(VfkitCommand.of(VM).withRestfulUri("tcp://localhost")));
        assertEquals("--restful-uri", error.component());
    }

    @Test
    void theProcessRunsTheExecutableWithExactlyTheCommandLine() {
        VfkitCommand command = VfkitCommand.of(VM).withRestfulUri("unix:///tmp/vfkit.sock")
                .withLogLevel(VfkitCommand.LogLevel.DEBUG).withPidFile("/tmp/vfkit.pid");
        ProcessBuilder builder = LAUNCHER.processBuilder(command);

        List<String> expected = new ArrayList<>();
        expected.add(VFKIT.toString());
        expected.addAll(command.toCmdLine());
        assertEquals(expected, builder.command());
        // Spaces and shell characters stay inside their argument: there is no shell.
        assertTrue(builder.command().contains("virtio-blk,path=/tmp/disk with spaces; and $HOME.raw"));
        assertNull(builder.directory());
        assertEquals(System.getenv(), builder.environment());
        assertEquals(ProcessBuilder.Redirect.PIPE, builder.redirectError());
    }

    @Test
    void optionsSetTheWorkingDirectoryAndAddToTheEnvironment() {
        ProcessOptions options = ProcessOptions.INHERIT.withWorkingDirectory(Path.of("/tmp"))
                .withEnvironment("VFKIT4J_TEST", "yes");
        ProcessBuilder builder = LAUNCHER.withProcessOptions(options).processBuilder(VfkitCommand.of(VM));
        assertEquals(Path.of("/tmp").toFile(), builder.directory());
        assertEquals("yes", builder.environment().get("VFKIT4J_TEST"));
        assertEquals(System.getenv().size() + (System.getenv().containsKey("VFKIT4J_TEST") ? 0 : 1),
                builder.environment().size());
        assertThrows(ConfigException.class, () -> ProcessOptions.INHERIT.withEnvironment("A=B", "c"));
        assertThrows(ConfigException.class, () -> new ProcessOptions(null, Map.of("A", "b\0c")));
    }

    @Test
    void anInheritedDescriptorCannotBeLaunchedFromJava() {
        VirtualMachine vm = VM.toBuilder().clearDevices().device(VirtioNet.builder().fd(4).build()).build();
        VfkitCommand command = VfkitCommand.of(vm);
        // Describing and printing it still work.
        assertEquals(List.of("--device", "virtio-net,fd=4"), command.toCmdLine().subList(6, 8));
        ConfigException error = assertThrows(ConfigException.class, () -> LAUNCHER.processBuilder(command));
        assertEquals("virtio-net", error.component());
        assertEquals("fd", error.option());
        assertEquals("4", error.value());
        assertTrue(error.getMessage().contains("unixSocketPath"), error.getMessage());
    }

    @Test
    void aUriVfkitWouldRefuseIsRefusedBeforeLaunching() {
        VfkitCommand command = VfkitCommand.of(VM).withRestfulUri("unix://host/vfkit.sock");
        ConfigException error = assertThrows(ConfigException.class, () -> LAUNCHER.processBuilder(command));
        assertEquals("unix://host/vfkit.sock", error.value());
        assertThrows(ConfigException.class, () -> VfkitLauncher.of(Path.of("")));
    }
}
