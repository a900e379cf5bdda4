package dev.vfkit4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.Bootloader;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.Ignition;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.Size;
import dev.vfkit4j.TimeSync;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.bootloaders.LinuxBootloader;
import dev.vfkit4j.devices.DiskType;
import dev.vfkit4j.devices.NetworkBlockDevice;
import dev.vfkit4j.devices.Nvme;
import dev.vfkit4j.devices.Rosetta;
import dev.vfkit4j.devices.UsbMassStorage;
import dev.vfkit4j.devices.VirtioBalloon;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioFs;
import dev.vfkit4j.devices.VirtioGpu;
import dev.vfkit4j.devices.VirtioInput;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioRng;
import dev.vfkit4j.devices.VirtioSerial;
import dev.vfkit4j.devices.VirtioVsock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * vfkit's own JSON tests (pkg/config/json_test.go), ported: the shapes of its VMs, its invalid documents, and its
 * stability cases, where every field of every type is set to a non-empty value so that no member may be renamed or
 * lost. Where vfkit4j refuses a value vfkit accepts (nat and a socket at once, an unknown sync mode), the case checks
 * what vfkit4j writes for the record and that reading it back is refused.
 */
class VfkitJsonStabilityTest {
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    /** vfkit's test VM: 3 vCPUs, 4000 MiB, a Linux kernel. */
    private static VirtualMachine.Builder linuxVm() {
        return VirtualMachine.builder().cpus(3).memory(Size.ofMiB(4000))
                .bootloader(LinuxBootloader.of("/vmlinuz", "/initrd", "console=hvc0"));
    }

    private static final String LINUX = "\"vcpus\":3,\"memoryBytes\":4194304000,\"bootloader\":{\"kind\":"
            + "\"linuxBootloader\",\"vmlinuzPath\":\"/vmlinuz\",\"initrdPath\":\"/initrd\","
            + "\"kernelCmdLine\":\"console=hvc0\"}";

    /** Writes {@code vm} as {@code expected} (semantically) and reads {@code expected} back as {@code vm}. */
    private static void assertBothWays(VirtualMachine vm, String expected) {
        assertSame(expected, vm.toJson());
        assertEquals(vm, VirtualMachine.fromJson(expected));
    }

    private static void assertSame(String expected, String actual) {
        JsonNode want = PLAIN.readTree(expected);
        JsonNode got = PLAIN.readTree(actual);
        assertTrue(JsonConformanceTest.sameJson(want, got), () -> "expected " + want + "\n     got " + got);
    }

    @Nested
    class VirtualMachines {
        @Test
        void linuxVm() {
            assertBothWays(VfkitJsonStabilityTest.linuxVm().build(), "{" + LINUX + "}");
        }

        @Test
        void uefiVm() {
            VirtualMachine vm = VirtualMachine.builder().cpus(3).memory(Size.ofMiB(4000))
                    .bootloader(EfiBootloader.of("/variable-store", false)).build();
            assertBothWays(vm, "{\"vcpus\":3,\"memoryBytes\":4194304000,\"bootloader\":{\"kind\":\"efiBootloader\","
                    + "\"efiVariableStorePath\":\"/variable-store\",\"createVariableStore\":false}}");
        }

        @Test
        void timeSync() {
            assertBothWays(VfkitJsonStabilityTest.linuxVm().timeSync(1234).build(),
                    "{" + LINUX + ",\"timesync\":{\"vsockPort\":1234}}");
        }

        @Test
        void ignition() {
            assertBothWays(VfkitJsonStabilityTest.linuxVm().ignition("config").build(),
                    "{" + LINUX + ",\"ignition\":{\"kind\":\"ignition\",\"configPath\":\"config\"}}");
        }

        @Test
        void virtioRng() {
            assertBothWays(VfkitJsonStabilityTest.linuxVm().device(new VirtioRng()).build(),
                    "{" + LINUX + ",\"devices\":[{\"kind\":\"virtiorng\"}]}");
        }

        @Test
        void virtioBalloon() {
            assertBothWays(VfkitJsonStabilityTest.linuxVm().device(new VirtioBalloon()).build(),
                    "{" + LINUX + ",\"devices\":[{\"kind\":\"virtioballoon\"}]}");
        }

        @Test
        void twoVirtioBlks() {
            VirtualMachine vm = VfkitJsonStabilityTest.linuxVm().device(VirtioBlk.of("/virtioblk1"))
                    .device(VirtioBlk.builder().path("/virtioblk2").deviceId("virtio-blk2").build()).build();
            assertBothWays(vm, "{" + LINUX + ",\"devices\":["
                    + "{\"kind\":\"virtioblk\",\"devName\":\"virtio-blk\",\"imagePath\":\"/virtioblk1\"},"
                    + "{\"kind\":\"virtioblk\",\"devName\":\"virtio-blk\",\"imagePath\":\"/virtioblk2\","
                    + "\"deviceIdentifier\":\"virtio-blk2\"}]}");
        }

        @Test
        void everyDevice() {
            VirtualMachine vm = VfkitJsonStabilityTest.linuxVm()
                    .device(VirtioSerial.logFile("/virtioserial"))
                    .device(VirtioInput.keyboard())
                    .device(VirtioGpu.builder().build())
                    .device(VirtioNet.builder().nat(true).mac(MacAddress.parse("00:11:22:33:44:55")).build())
                    .device(new VirtioRng())
                    .device(VirtioBlk.of("/virtioblk"))
                    .device(VirtioVsock.builder().port(1234).socketUrl("/virtiovsock")
                            .direction(VirtioVsock.Direction.CONNECT).build())
                    .device(VirtioFs.of("/virtiofs", "tag"))
                    .device(UsbMassStorage.builder().path("/usbmassstorage").readOnly(true).build())
                    .device(Rosetta.builder().mountTag("vz-rosetta").build())
                    .device(NetworkBlockDevice.builder().uri("uri").timeout(Duration.ofMillis(1))
                            .sync(NetworkBlockDevice.SyncMode.FULL).build())
                    .build();
            assertBothWays(vm, "{" + LINUX + ",\"devices\":["
                    + "{\"kind\":\"virtioserial\",\"logFile\":\"/virtioserial\"},"
                    + "{\"kind\":\"virtioinput\",\"inputType\":\"keyboard\"},"
                    + "{\"kind\":\"virtiogpu\",\"usesGUI\":false,\"width\":800,\"height\":600},"
                    + "{\"kind\":\"virtionet\",\"nat\":true,\"macAddress\":\"00:11:22:33:44:55\"},"
                    + "{\"kind\":\"virtiorng\"},"
                    + "{\"kind\":\"virtioblk\",\"devName\":\"virtio-blk\",\"imagePath\":\"/virtioblk\"},"
                    + "{\"kind\":\"virtiosock\",\"port\":1234,\"socketURL\":\"/virtiovsock\"},"
                    + "{\"kind\":\"virtiofs\",\"mountTag\":\"tag\",\"sharedDir\":\"/virtiofs\"},"
                    + "{\"kind\":\"usbmassstorage\",\"devName\":\"usb-mass-storage\",\"imagePath\":\"/usbmassstorage\","
                    + "\"readOnly\":true},"
                    + "{\"kind\":\"rosetta\",\"mountTag\":\"vz-rosetta\",\"installRosetta\":false,"
                    + "\"ignoreIfMissing\":false},"
                    + "{\"kind\":\"nbd\",\"devName\":\"nbd\",\"uri\":\"uri\",\"DeviceIdentifier\":\"\","
                    + "\"SynchronizationMode\":\"full\",\"Timeout\":1000000}]}");
        }
    }

    /** vfkit's invalid documents: a bootloader or device kind that is empty, unknown or missing. */
    @ParameterizedTest
    @ValueSource(strings = {
        // vfkit's own cases also lack a quote before vmlinuzPath; they are refused as JSON first.
        "{\"vcpus\":3,\"memoryBytes\":4194304000,\"bootloader\":{\"kind\":\"empty\",vmlinuzPath\":\"/vmlinuz\"}}",
        "{\"vcpus\":3,\"memoryBytes\":4194304000,\"bootloader\":{\"kind\":\"\",\"vmlinuzPath\":\"/vmlinuz\","
                + "\"initrdPath\":\"/initrd\",\"kernelCmdLine\":\"console=hvc0\"}}",
        "{\"vcpus\":3,\"memoryBytes\":4194304000,\"bootloader\":{\"kind\":\"invalid\",\"vmlinuzPath\":\"/vmlinuz\","
                + "\"initrdPath\":\"/initrd\",\"kernelCmdLine\":\"console=hvc0\"}}",
        "{\"vcpus\":3,\"memoryBytes\":4194304000,\"bootloader\":{\"vmlinuzPath\":\"/vmlinuz\","
                + "\"initrdPath\":\"/initrd\",\"kernelCmdLine\":\"console=hvc0\"}}",
        "{" + LINUX + ",\"devices\":[{\"kind\":\"\",\"devName\":\"virtio-blk\",\"imagePath\":\"/virtioblk1\"}]}",
        "{" + LINUX + ",\"devices\":[{\"kind\":\"invalid\",\"devName\":\"virtio-blk\",\"imagePath\":\"/virtioblk1\"}]}",
        "{" + LINUX + ",\"devices\":[{\"devName\":\"virtio-blk\",\"imagePath\":\"/virtioblk1\"}]}"})
    void invalidKinds(String json) {
        ConfigException error = assertThrows(ConfigException.class, () -> VirtualMachine.fromJson(json));
        assertTrue(error.component().startsWith("$"), error::getMessage);
    }

    /** Every field set, as vfkit's stability test does with {@code fillStruct}. */
    @Nested
    class EveryField {
        @Test
        void virtualMachine() {
            VirtualMachine vm = new VirtualMachine(3, Size.ofBytes(3),
                    LinuxBootloader.of("/vmlinuz", "/initrd", "console=hvc0"), List.of(new VirtioRng()),
                    new TimeSync(1234), null, false);
            assertBothWays(vm, "{\"vcpus\":3,\"memoryBytes\":3,\"bootloader\":{\"kind\":\"linuxBootloader\","
                    + "\"vmlinuzPath\":\"/vmlinuz\",\"kernelCmdLine\":\"console=hvc0\",\"initrdPath\":\"/initrd\"},"
                    + "\"devices\":[{\"kind\":\"virtiorng\"}],\"timesync\":{\"vsockPort\":1234}}");
        }

        @Test
        void rosetta() {
            assertDevice(Rosetta.builder().mountTag("MountTag").install(true).ignoreIfMissing(true).build(),
                    "{\"kind\":\"rosetta\",\"mountTag\":\"MountTag\",\"installRosetta\":true,\"ignoreIfMissing\":true}");
        }

        @Test
        void virtioFs() {
            assertDevice(VirtioFs.of("SharedDir", "MountTag"),
                    "{\"kind\":\"virtiofs\",\"mountTag\":\"MountTag\",\"sharedDir\":\"SharedDir\"}");
        }

        @Test
        void virtioGpu() {
            assertDevice(VirtioGpu.builder().width(2).height(2).usesGui(true).build(),
                    "{\"kind\":\"virtiogpu\",\"usesGUI\":true,\"width\":2,\"height\":2}");
        }

        /** vfkit fills nat and the socket at once; vfkit4j writes the same members and refuses to read them. */
        @Test
        void virtioNet() {
            String json = "{\"kind\":\"virtionet\",\"nat\":true,\"unixSocketPath\":\"UnixSocketPath\","
                    + "\"vfkitMagic\":true,\"macAddress\":\"00:11:22:33:44:55\"}";
            Device everyField = new VirtioNet(true, "UnixSocketPath", null, MacAddress.parse("00:11:22:33:44:55"),
                    true);
            assertSame(json, everyField.toJson());
            assertThrows(ConfigException.class, () -> Device.fromJson(json));
        }

        @Test
        void virtioRng() {
            assertDevice(new VirtioRng(), "{\"kind\":\"virtiorng\"}");
        }

        /** Again every member of vfkit; the three console kinds at once are refused when read. */
        @Test
        void virtioSerial() {
            String json = "{\"kind\":\"virtioserial\",\"logFile\":\"LogFile\",\"ptyName\":\"PtyName\","
                    + "\"usesPty\":true,\"usesStdio\":true}";
            assertSame(json, new VirtioSerial("LogFile", true, true, "PtyName").toJson());
            assertThrows(ConfigException.class, () -> Device.fromJson(json));
        }

        @Test
        void virtioVsock() {
            assertDevice(VirtioVsock.builder().port(3).socketUrl("SocketURL").build(),
                    "{\"kind\":\"virtiosock\",\"port\":3,\"socketURL\":\"SocketURL\",\"listen\":true}");
        }

        @Test
        void virtioInput() {
            assertDevice(VirtioInput.keyboard(), "{\"kind\":\"virtioinput\",\"inputType\":\"keyboard\"}");
            assertDevice(VirtioInput.pointing(), "{\"kind\":\"virtioinput\",\"inputType\":\"pointing\"}");
        }

        @Test
        void virtioBlk() {
            assertDevice(VirtioBlk.builder().path("ImagePath").readOnly(true).type(DiskType.IMAGE)
                    .deviceId("DeviceIdentifier").build(), "{\"kind\":\"virtioblk\",\"devName\":\"virtio-blk\","
                    + "\"imagePath\":\"ImagePath\",\"readOnly\":true,\"type\":\"image\","
                    + "\"deviceIdentifier\":\"DeviceIdentifier\"}");
        }

        @Test
        void usbMassStorage() {
            assertDevice(UsbMassStorage.builder().path("ImagePath").readOnly(true).type(DiskType.IMAGE).build(),
                    "{\"kind\":\"usbmassstorage\",\"devName\":\"usb-mass-storage\",\"imagePath\":\"ImagePath\","
                            + "\"readOnly\":true,\"type\":\"image\"}");
        }

        @Test
        void nvme() {
            assertDevice(Nvme.builder().path("ImagePath").readOnly(true).type(DiskType.IMAGE).build(),
                    "{\"kind\":\"nvme\",\"devName\":\"nvme\",\"imagePath\":\"ImagePath\",\"readOnly\":true,"
                            + "\"type\":\"image\"}");
        }

        @Test
        void linuxBootloader() {
            assertBootloader(LinuxBootloader.of("VmlinuzPath", "InitrdPath", "KernelCmdLine"),
                    "{\"kind\":\"linuxBootloader\",\"vmlinuzPath\":\"VmlinuzPath\",\"kernelCmdLine\":\"KernelCmdLine\","
                            + "\"initrdPath\":\"InitrdPath\"}");
        }

        @Test
        void efiBootloader() {
            assertBootloader(EfiBootloader.of("EFIVariableStorePath", true), "{\"kind\":\"efiBootloader\","
                    + "\"efiVariableStorePath\":\"EFIVariableStorePath\",\"createVariableStore\":true}");
        }

        @Test
        void timeSync() {
            assertEquals("{\"vsockPort\":3}", VfkitJson.mapper().writeValueAsString(new TimeSync(3)));
            assertEquals(new TimeSync(3), VfkitJson.mapper().readValue("{\"vsockPort\":3}", TimeSync.class));
        }

        @Test
        void ignition() {
            Ignition ignition = new Ignition("ConfigPath", "SocketPath");
            String json = "{\"kind\":\"ignition\",\"configPath\":\"ConfigPath\",\"socketPath\":\"SocketPath\"}";
            assertSame(json, VfkitJson.mapper().writeValueAsString(ignition));
            assertEquals(ignition, VfkitJson.mapper().readValue(json, Ignition.class));
        }

        /**
         * vfkit fills the sync mode with an arbitrary string and the timeout with 2 ns; vfkit4j refuses both (an
         * unknown mode, a timeout that is not whole milliseconds), so the members are checked with valid values.
         */
        @Test
        void networkBlockDevice() {
            assertDevice(NetworkBlockDevice.builder().uri("URI").readOnly(true).deviceId("DeviceIdentifier")
                    .timeout(Duration.ofMillis(2)).sync(NetworkBlockDevice.SyncMode.NONE).build(),
                    "{\"kind\":\"nbd\",\"DeviceIdentifier\":\"DeviceIdentifier\",\"devName\":\"nbd\",\"uri\":\"URI\","
                            + "\"readOnly\":true,\"SynchronizationMode\":\"none\",\"Timeout\":2000000}");
            assertThrows(ConfigException.class, () -> Device.fromJson("{\"kind\":\"nbd\",\"uri\":\"URI\","
                    + "\"SynchronizationMode\":\"SynchronizationMode\",\"Timeout\":2000000}"));
            assertThrows(ConfigException.class, () -> Device.fromJson("{\"kind\":\"nbd\",\"uri\":\"URI\","
                    + "\"SynchronizationMode\":\"full\",\"Timeout\":2}"));
        }

        private void assertDevice(Device device, String expected) {
            assertSame(expected, device.toJson());
            assertEquals(device, Device.fromJson(expected));
        }

        private void assertBootloader(Bootloader bootloader, String expected) {
            assertSame(expected, VfkitJson.toJson(bootloader));
            assertEquals(bootloader, VfkitJson.readBootloader(expected));
        }
    }

    /** vfkit's TestVirtioNetBackwardsCompat: vfkitMagic defaults to true beside a socket and can be overridden. */
    @Nested
    class VfkitMagic {
        private static final String SOCKET = "{\"kind\":\"virtionet\",\"nat\":false,"
                + "\"unixSocketPath\":\"/some/path/to/socket\",\"macAddress\":\"00:11:22:33:44:55\"";

        private VirtioNet read(String device) {
            return (VirtioNet) VirtualMachine.fromJson("{" + LINUX + ",\"devices\":[" + device + "]}").devices().get(0);
        }

        private VirtioNet built(Boolean vfkitMagic) {
            return VirtioNet.builder().unixSocketPath("/some/path/to/socket")
                    .mac(MacAddress.parse("00:11:22:33:44:55")).vfkitMagic(vfkitMagic).build();
        }

        @Test
        void missingMeansTrue() {
            assertEquals(built(null), read(SOCKET + "}"));
            assertEquals(Boolean.TRUE, read(SOCKET + "}").vfkitMagic());
        }

        @Test
        void falseOverrides() {
            assertEquals(built(false), read(SOCKET + ",\"vfkitMagic\":false}"));
        }

        @Test
        void trueIsTrue() {
            assertEquals(built(true), read(SOCKET + ",\"vfkitMagic\":true}"));
        }

        /** Rule R5: vfkit drops a false vfkitMagic when writing; vfkit4j writes it so that it survives. */
        @Test
        void falseIsWritten() {
            assertSame(SOCKET + ",\"vfkitMagic\":false}", built(false).toJson());
            assertSame(SOCKET + ",\"vfkitMagic\":true}", built(null).toJson());
        }
    }
}
