package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.bootloaders.LinuxBootloader;
import dev.vfkit4j.bootloaders.MacosBootloader;
import dev.vfkit4j.devices.DiskType;
import dev.vfkit4j.devices.NetworkBlockDevice;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioFs;
import dev.vfkit4j.devices.VirtioGpu;
import dev.vfkit4j.devices.VirtioInput;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioSerial;
import dev.vfkit4j.devices.VirtioVsock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each device's options in both directions, and the errors that name device, option and value. */
class DevicesTest {

    private static ConfigException rejected(String option) {
        return assertThrows(ConfigException.class, () -> Device.fromCmdLine(option).toCmdLine());
    }

    @Nested
    class Disks {
        @Test
        void printsOptionsInVfkitsOrderWhateverTheGivenOrder() {
            Device disk = Device.fromCmdLine("virtio-blk,deviceId=root,readonly,type=dev,path=/dev/disk4");
            assertEquals(List.of("--device", "virtio-blk,path=/dev/disk4,type=dev,readonly,deviceId=root"),
                    disk.toCmdLine());
            assertEquals(new VirtioBlk("/dev/disk4", DiskType.BLOCK_DEVICE, true, "root"), disk);
        }

        @Test
        void anEmptyTypeMeansAnImageAndIsNotPrinted() {
            assertEquals(List.of("--device", "virtio-blk,path=/x"), Device.fromCmdLine("virtio-blk,path=/x,type=")
                    .toCmdLine());
        }

        @Test
        void aPathWithACommaCannotBePrinted() {
            VirtioBlk disk = new VirtioBlk("/images/a,readonly", null, false, null);
            ConfigException error = assertThrows(ConfigException.class, disk::toCmdLine);
            assertEquals("virtio-blk", error.component());
            assertEquals("path", error.option());
            assertEquals("/images/a,readonly", error.value());
        }

        @Test
        void theBuilderRefusesWhatCouldNotBePrinted() {
            ConfigException error = assertThrows(ConfigException.class,
                    () -> VirtualMachine.builder().bootloader(EfiBootloader.of("/efi", false))
                            .device(new VirtioFs("/My,Documents", "docs")).build());
            assertEquals("virtio-fs", error.component());
            assertEquals("sharedDir", error.option());
        }

        @Test
        void theBuilderNamesAMissingRequiredOption() {
            ConfigException error = assertThrows(ConfigException.class, () -> VirtioBlk.builder().readOnly(true)
                    .build());
            assertEquals("virtio-blk", error.component());
            assertEquals("path", error.option());
        }
    }

    @Nested
    class NetworkBlockDevices {
        @Test
        void defaultsToFifteenSecondsAndFullSync() {
            NetworkBlockDevice nbd = (NetworkBlockDevice) Device.fromCmdLine("nbd,uri=nbd://h/e");
            assertEquals(Duration.ofSeconds(15), nbd.timeout());
            assertEquals(NetworkBlockDevice.SyncMode.FULL, nbd.sync());
            assertEquals(List.of("--device", "nbd,uri=nbd://h/e,timeout=15000,sync=full"), nbd.toCmdLine());
        }

        @Test
        void aTimeoutThatIsNotWholeMillisecondsCannotBeBuilt() {
            ConfigException error = assertThrows(ConfigException.class, () -> NetworkBlockDevice.builder()
                    .uri("nbd://h/e").timeout(Duration.ofNanos(1_500_000)).build());
            assertEquals("timeout", error.option());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "2147483648", "0x10", "", "1.5"})
        void refusesTimeoutsVfkitWouldReplaceOrRefuse(String timeout) {
            ConfigException error = rejected("nbd,uri=nbd://h/e,timeout=" + timeout);
            assertEquals("timeout", error.option());
        }
    }

    @Nested
    class Networks {
        @Test
        void aSocketWithTheHandshakePrintsTheSpellingEveryVfkitReads() {
            Device net = Device.fromCmdLine("virtio-net,type=unixgram,path=/tmp/gv.sock,offloading=off");
            assertEquals(List.of("--device", "virtio-net,unixSocketPath=/tmp/gv.sock"), net.toCmdLine());
            assertEquals(Boolean.TRUE, ((VirtioNet) net).vfkitMagic());
        }

        @Test
        void aSocketWithoutTheHandshakePrintsKrunkitsSpelling() {
            Device net = Device.fromCmdLine("virtio-net,unixSocketPath=/tmp/gv.sock,vfkitMagic=off,mac=5A-94-EF-E4-0C-EE");
            assertEquals(List.of("--device", "virtio-net,type=unixgram,path=/tmp/gv.sock,vfkitMagic=off,"
                    + "mac=5a:94:ef:e4:0c:ee"), net.toCmdLine());
        }

        @Test
        void theHandshakeOnlyExistsWithASocket() {
            assertNull(((VirtioNet) Device.fromCmdLine("virtio-net,nat,vfkitMagic=on")).vfkitMagic());
            assertNull(new VirtioNet(true, null, null, null, true).vfkitMagic());
        }

        @Test
        void exactlyOneBackend() {
            ConfigException both = rejected("virtio-net,nat,unixSocketPath=/tmp/x.sock");
            assertTrue(both.getMessage().contains("'nat' and 'unixSocketPath' cannot be set at the same time"),
                    both.getMessage());
            ConfigException none = rejected("virtio-net,mac=5a:94:ef:e4:0c:ee");
            assertTrue(none.getMessage().contains("one of 'nat', 'fd', 'unixSocketPath' must be set"),
                    none.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"5a:94:ef:e4:0c", "5a:94:ef:e4:0c:ee:00:11", "5a94.efe4.0cee.0011", "zz:94:ef:e4:0c:ee",
            "5a:94-ef:e4:0c:ee", "５a:94:ef:e4:0c:ee"})
        void refusesMacAddressesThatAreNotSixBytes(String mac) {
            ConfigException error = rejected("virtio-net,nat,mac=" + mac);
            assertEquals("mac", error.option());
            assertEquals(mac, error.value());
        }

        @Test
        void readsEveryGoSpellingOfSixBytes() {
            MacAddress expected = MacAddress.parse("72:20:43:d4:38:62");
            assertEquals(expected, MacAddress.parse("72-20-43-D4-38-62"));
            assertEquals(expected, MacAddress.parse("7220.43d4.3862"));
            assertEquals("72:20:43:d4:38:62", expected.toString());
        }
    }

    @Nested
    class Displays {
        @Test
        void withoutDimensionsIs800By600() {
            assertEquals(new VirtioGpu(800, 600, false), Device.fromCmdLine("virtio-gpu"));
        }

        @Test
        void oneDimensionAloneIsAnError() {
            assertEquals("height", rejected("virtio-gpu,width=1920").option());
            assertEquals("width", rejected("virtio-gpu,height=1080").option());
        }

        @Test
        void readsNumbersAsGoAtoiDoes() {
            assertEquals(new VirtioGpu(800, 600, false), Device.fromCmdLine("virtio-gpu,width=+800,height=0600"));
            assertEquals("width", rejected("virtio-gpu,width=2147483648,height=1").option());
        }

        @Test
        void theGuiFlagAddsAWindowAndAKeyboard() {
            VirtualMachine vm = VirtualMachine.fromCmdLine(List.of("-b", "efi,variable-store=/e", "--gui",
                    "--device", "virtio-gpu,width=1024,height=768", "--device", "virtio-gpu"));
            List<VirtioGpu> gpus = vm.devices(VirtioGpu.class);
            assertTrue(gpus.get(0).usesGui());
            assertFalse(gpus.get(1).usesGui());
            assertEquals(List.of(VirtioInput.keyboard()), vm.devices(VirtioInput.class));
            assertTrue(vm.toCmdLine().contains("--gui"));
        }
    }

    @Nested
    class Others {
        @Test
        void vsockDefaultsToListenAndTheLastDirectionWins() {
            VirtioVsock vsock = (VirtioVsock) Device.fromCmdLine("virtio-vsock,connect,port=1025,socketURL=/s,listen");
            assertEquals(VirtioVsock.Direction.LISTEN, vsock.direction());
            assertEquals(VirtioVsock.Direction.LISTEN,
                    ((VirtioVsock) Device.fromCmdLine("virtio-vsock,port=1,socketURL=/s")).direction());
        }

        @Test
        void vsockPortsAreUnsignedAndWithoutSign() {
            assertEquals("port", rejected("virtio-vsock,port=+1,socketURL=/s").option());
            assertEquals("port", rejected("virtio-vsock,port=4294967296,socketURL=/s").option());
            assertEquals(4294967295L, ((VirtioVsock) Device.fromCmdLine("virtio-vsock,port=4294967295,socketURL=/s"))
                    .port());
        }

        @Test
        void aSerialConsoleHasExactlyOneTarget() {
            assertEquals(VirtioSerial.builder().pty(true).build(), Device.fromCmdLine("virtio-serial,pty"));
            assertTrue(rejected("virtio-serial,stdio,pty").getMessage().contains("cannot be set at the same time"));
            assertEquals("pty", rejected("virtio-serial,pty=yes").option());
        }

        @Test
        void unknownDevicesAndOptionsSuggestTheClosestName() {
            ConfigException device = rejected("virtio-rgn");
            assertTrue(device.getMessage().contains("did you mean 'virtio-rng'?"), device.getMessage());
            ConfigException option = rejected("virtio-fs,sharedDir=/x,mountTAG=t");
            assertTrue(option.getMessage().contains("did you mean 'mountTag'?"), option.getMessage());
        }

        @Test
        void nullAndEmptyAreErrorsNotCrashes() {
            assertThrows(ConfigException.class, () -> Device.fromCmdLine(null));
            assertThrows(ConfigException.class, () -> Device.fromCmdLine(""));
            assertThrows(ConfigException.class, () -> Device.fromCmdLine(","));
        }
    }

    @Nested
    class Bootloaders {
        @Test
        void linuxPrintsItsLegacyFlagsSoCommasAreSafe() {
            LinuxBootloader linux = LinuxBootloader.of("/k,x", "/i", "console=hvc0,115200");
            assertEquals(List.of("--kernel", "/k,x", "--initrd", "/i", "--kernel-cmdline", "console=hvc0,115200"),
                    linux.toCmdLine());
        }

        @Test
        void efiRefusesValuesVfkitWouldSplitOrMisquote() {
            assertEquals("variable-store", assertThrows(ConfigException.class,
                    () -> EfiBootloader.of("/a,b", true).toCmdLine()).option());
            assertThrows(ConfigException.class, () -> new EfiBootloader("/a\"b", false).toCmdLine());
            assertEquals(List.of("--bootloader", "efi,variable-store=\"/a b\""),
                    new EfiBootloader("\"/a b\"", false).toCmdLine());
        }

        @Test
        void macosPrintsOnlyWhatIsSet() {
            assertEquals(List.of("--bootloader", "macos,hardwareModelPath=/h"),
                    MacosBootloader.builder().hardwareModelPath("/h").build().toCmdLine());
        }
    }
}
