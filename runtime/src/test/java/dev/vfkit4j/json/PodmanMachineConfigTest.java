package dev.vfkit4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Ignition;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.Size;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.devices.Rosetta;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioFs;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioRng;
import dev.vfkit4j.devices.VirtioSerial;
import dev.vfkit4j.devices.VirtioVsock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A podman machine file (podman 5, Apple hypervisor), which embeds vfkit's VM under
 * {@code AppleHypervisor.Vfkit.VirtualMachine}, read into the user's own records through {@link VfkitJson#mapper()}.
 */
class PodmanMachineConfigTest {
    private static final String MACHINE = "/Users/jdoe/.local/share/containers/podman/machine/applehv";
    private static final String CONFIG = "/Users/jdoe/.config/containers/podman/machine/applehv";
    private static final String RUNTIME = "/var/folders/7q/0v5x_qmd3r1cb8k6m0xv4q1h0000gn/T/podman";

    /** The part of podman's MachineConfig an application cares about; the rest is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PodmanMachineConfig(
            @JsonProperty("Name") String name,
            @JsonProperty("Created") OffsetDateTime created,
            @JsonProperty("Resources") Resources resources,
            @JsonProperty("Mounts") List<Mount> mounts,
            @JsonProperty("SSH") Ssh ssh,
            @JsonProperty("AppleHypervisor") AppleHypervisor appleHypervisor,
            @JsonProperty("Rosetta") boolean rosetta) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Resources(@JsonProperty("CPUs") int cpus, @JsonProperty("DiskSize") int diskSizeGiB,
            @JsonProperty("Memory") long memoryMiB) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Mount(@JsonProperty("Source") String source, @JsonProperty("Tag") String tag,
            @JsonProperty("Target") String target, @JsonProperty("ReadOnly") boolean readOnly) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ssh(@JsonProperty("IdentityPath") String identityPath, @JsonProperty("Port") int port,
            @JsonProperty("RemoteUsername") String user) {
    }

    record AppleHypervisor(@JsonProperty("Vfkit") VfkitHelper vfkit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VfkitHelper(@JsonProperty("Endpoint") String endpoint,
            @JsonProperty("VirtualMachine") VirtualMachine virtualMachine) {
    }

    private static String machineFile() {
        try (InputStream in = PodmanMachineConfigTest.class.getResourceAsStream("podman-machine-default.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PodmanMachineConfig read(String json) {
        return VfkitJson.mapper().readValue(json, PodmanMachineConfig.class);
    }

    /** The VM podman describes, built by hand. */
    private static VirtualMachine expectedVm() {
        return VirtualMachine.builder()
                .cpus(6)
                .memory(Size.ofGiB(8))
                .bootloader(EfiBootloader.of(MACHINE + "/efi-bl-podman-machine-default", true))
                .device(VirtioBlk.of(MACHINE + "/podman-machine-default-arm64.raw"))
                .device(new VirtioRng())
                .device(VirtioSerial.logFile(RUNTIME + "/podman-machine-default.log"))
                .device(VirtioVsock.builder().port(1025).socketUrl(RUNTIME + "/podman-machine-default.sock")
                        .direction(VirtioVsock.Direction.LISTEN).build())
                .device(VirtioNet.unixSocket(RUNTIME + "/podman-machine-default-gvproxy.sock",
                        MacAddress.parse("5a:94:ef:e4:0c:ee")))
                .device(Rosetta.builder().mountTag("rosetta").install(true).ignoreIfMissing(true).build())
                .device(VirtioFs.of("/Users", "a2a0ee2c717462feb1de2f5afd59de5fd2d8"))
                .device(VirtioFs.of("/private", "71708eb255bc230cd7c91dd26f7667a7b938"))
                .device(VirtioFs.of("/var/folders", "a0bb3a2c8b0b02ba5958b0576f0d6530e104"))
                .ignition(new Ignition(CONFIG + "/podman-machine-default.ign",
                        MACHINE + "/podman-machine-default-ignition.sock"))
                .build();
    }

    @Test
    void theEmbeddedVmIsRead() {
        PodmanMachineConfig config = read(machineFile());
        assertEquals("podman-machine-default", config.name());
        assertEquals(OffsetDateTime.parse("2025-03-14T09:26:53.589793+01:00").toInstant(),
                config.created().toInstant());
        assertEquals("http://localhost:54623", config.appleHypervisor().vfkit().endpoint());
        assertEquals(expectedVm(), config.appleHypervisor().vfkit().virtualMachine());
    }

    @Test
    void theVmAgreesWithTheRestOfTheFile() {
        PodmanMachineConfig config = read(machineFile());
        VirtualMachine vm = config.appleHypervisor().vfkit().virtualMachine();
        assertEquals(config.resources().cpus(), vm.vcpus());
        assertEquals(Size.ofMiB(config.resources().memoryMiB()), vm.memory());
        List<VirtioFs> shares = vm.devices(VirtioFs.class);
        assertEquals(config.mounts().size(), shares.size());
        for (int i = 0; i < shares.size(); i++) {
            assertEquals(config.mounts().get(i).source(), shares.get(i).sharedDir());
            assertEquals(config.mounts().get(i).tag(), shares.get(i).mountTag());
        }
        assertEquals(config.rosetta(), vm.device(Rosetta.class).isPresent());
    }

    @Test
    void theVmStartsAsPodmanDescribesIt() {
        VirtualMachine vm = read(machineFile()).appleHypervisor().vfkit().virtualMachine();
        // The Ignition socket is the one value vfkit's command line does not carry.
        VirtualMachine printable = vm.toBuilder().ignition(vm.ignition().configPath()).build();
        assertEquals(printable, VirtualMachine.fromCmdLine(vm.toCmdLine()));
    }

    @Test
    void writingTheRecordKeepsVfkitsPartIntact() {
        String original = machineFile();
        String written = VfkitJson.mapper().writeValueAsString(read(original));
        String pointer = "/AppleHypervisor/Vfkit/VirtualMachine";
        JsonNode before = VfkitJson.mapper().readTree(original).at(pointer);
        JsonNode after = VfkitJson.mapper().readTree(written).at(pointer);
        assertTrue(JsonConformanceTest.sameJson(before, after), () -> before + "\n" + after);
        assertEquals(read(original), read(written));
    }

    @Test
    void errorsNameThePathInThePodmanFile() {
        String broken = machineFile().replace("\"port\": 1025", "\"port\": 0");
        ConfigException error = assertThrows(ConfigException.class, () -> read(broken));
        assertEquals("$.AppleHypervisor.Vfkit.VirtualMachine.devices[3].port", error.component());
    }
}
