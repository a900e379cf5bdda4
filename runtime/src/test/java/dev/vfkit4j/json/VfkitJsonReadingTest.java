package dev.vfkit4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.Ignition;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.Size;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.bootloaders.MacosBootloader;
import dev.vfkit4j.devices.NetworkBlockDevice;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioBlkDescriptor;
import dev.vfkit4j.devices.VirtioFs;
import dev.vfkit4j.devices.VirtioGpu;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioNetDescriptor;
import dev.vfkit4j.devices.VirtioRng;
import dev.vfkit4j.devices.VirtioSerial;
import dev.vfkit4j.devices.VirtioVsock;
import dev.vfkit4j.spi.OptionException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;

/**
 * How vfkit4j reads vfkit's JSON: as Go's {@code encoding/json} reads vfkit's structs, except where the conformance
 * README says vfkit4j does better, and with errors that name the JSON path.
 */
class VfkitJsonReadingTest {
    private static final String EFI = "\"bootloader\":{\"kind\":\"efiBootloader\",\"efiVariableStorePath\":\"/efi\"}";

    private static VirtualMachine vm(String members) {
        return VirtualMachine.fromJson("{" + EFI + (members.isEmpty() ? "" : "," + members) + "}");
    }

    private static Device device(String members) {
        return vm("\"devices\":[{" + members + "}]").devices().get(0);
    }

    private static ConfigException refused(String json) {
        return assertThrows(ConfigException.class, () -> VirtualMachine.fromJson(json));
    }

    private static ConfigException refusedDevice(String members) {
        return refused("{" + EFI + ",\"devices\":[{\"kind\":\"virtiorng\"},{" + members + "}]}");
    }

    @Nested
    class MemberNames {
        @Test
        void topLevelNamesMatchExactly() {
            VirtualMachine vm = vm("\"vcpus\":2,\"VCPUS\":8,\"Nested\":true");
            assertEquals(2, vm.vcpus());
            assertFalse(vm.nested());
        }

        @Test
        void nestedNamesMatchIgnoringAsciiCase() {
            VirtualMachine vm = VirtualMachine.fromJson("{\"bootloader\":{\"KIND\":\"efiBootloader\","
                    + "\"EfiVariableStorePATH\":\"/upper\",\"createvariablestore\":true},"
                    + "\"timesync\":{\"VSOCKPORT\":7},\"ignition\":{\"ConfigPath\":\"/ign\"}}");
            assertEquals(EfiBootloader.of("/upper", true), vm.bootloader());
            assertEquals(7, vm.timeSync().vsockPort());
            assertEquals(Ignition.of("/ign"), vm.ignition());
        }

        @Test
        void anExactNameIsPreferredOnlyByBeingLast() {
            // Go applies members in document order: the last spelling that matches wins.
            assertEquals(VirtioFs.of("/exact", "t"), device("\"kind\":\"virtiofs\",\"SHAREDDIR\":\"/upper\","
                    + "\"sharedDir\":\"/exact\",\"mountTag\":\"t\""));
            assertEquals(VirtioFs.of("/upper", "t"), device("\"kind\":\"virtiofs\",\"sharedDir\":\"/exact\","
                    + "\"SHAREDDIR\":\"/upper\",\"mountTag\":\"t\""));
        }

        @Test
        void unknownMembersAreIgnored() {
            assertEquals(new VirtioRng(), device("\"kind\":\"virtiorng\",\"extra\":{\"a\":[1,2,{}]},\"x\":null"));
            assertEquals(0, vm("\"unknownField\":{\"a\":1}").devices().size());
        }

        @Test
        void nonAsciiFoldingIsNotGos() {
            // Go folds the long s (ſ) to s; vfkit4j does not (rule R18), so socketURL is missing.
            ConfigException error = refusedDevice("\"kind\":\"virtiosock\",\"port\":1024,\"ſocketURL\":\"/v.sock\"");
            assertEquals("$.devices[1].socketURL", error.component());
        }
    }

    @Nested
    class ErrorsOfChecks {
        @Test
        void aCheckedOptionIsNamedByItsJsonMemberFromTheDescriptorItCarries() {
            // virtio-blk's "path" is "imagePath" in JSON: the check's error carries the option, not just a name.
            ConfigException error = refusedDevice("\"kind\":\"virtioblk\"");
            assertEquals("$.devices[1].imagePath", error.component());
            OptionException check = assertInstanceOf(OptionException.class, error.getCause());
            assertSame(VirtioBlkDescriptor.PATH, check.descriptor());
            assertEquals("path", check.option());
            assertEquals("virtio-blk: option 'path': is required", check.getMessage());
        }

        @Test
        void anExclusiveGroupsErrorIsAtTheMemberThatClashes() {
            ConfigException error = refusedDevice("\"kind\":\"virtionet\",\"nat\":true,\"fd\":4");
            assertEquals("$.devices[1].fd", error.component());
            assertSame(VirtioNetDescriptor.FD, ((OptionException) error.getCause()).descriptor());
        }

        @Test
        void aRuleOnNoSingleOptionIsAtTheComponent() {
            ConfigException error = refusedDevice("\"kind\":\"virtionet\"");
            assertEquals("$.devices[1]", error.component());
            assertFalse(error.getCause() instanceof OptionException, error::getMessage);
        }
    }

    @Nested
    class Duplicates {
        @Test
        void lastTopLevelMemberWins() {
            assertEquals(2, vm("\"vcpus\":1,\"vcpus\":2").vcpus());
        }

        @Test
        void earlierTopLevelDuplicatesAreNotRead() {
            // vfkit reads the top level into a Go map: only the last value of a name is ever decoded.
            assertEquals(2, vm("\"vcpus\":\"x\",\"vcpus\":2").vcpus());
        }

        @Test
        void nestedDuplicatesAreEachCheckedAndTheLastWins() {
            assertEquals(VirtioGpu.of(640, 480), device("\"kind\":\"virtiogpu\",\"width\":1,\"width\":640,"
                    + "\"height\":480"));
            ConfigException error = refusedDevice("\"kind\":\"virtiogpu\",\"width\":\"x\",\"width\":640,"
                    + "\"height\":480");
            assertEquals("$.devices[1].width", error.component());
        }

        @Test
        void theLastKindInAnyCaseWins() {
            assertInstanceOf(VirtioGpu.class, device("\"kind\":\"virtiorng\",\"Kind\":\"virtiogpu\",\"width\":1,"
                    + "\"height\":1"));
            assertInstanceOf(VirtioRng.class, device("\"kind\":\"virtiogpu\",\"Kind\":\"virtiorng\""));
        }
    }

    @Nested
    class NullsAndMissingMembers {
        @Test
        void nullTopLevelMembersLeaveZeroValues() {
            VirtualMachine vm = vm("\"vcpus\":null,\"memoryBytes\":null,\"devices\":null,\"timesync\":null,"
                    + "\"ignition\":null,\"nested\":null");
            assertEquals(new VirtualMachine(0, Size.ofBytes(0), EfiBootloader.of("/efi", false), List.of(), null,
                    null, false), vm);
        }

        @Test
        void aNullMemberLeavesTheFieldAsItIs() {
            assertEquals(VirtioGpu.of(640, 480), device("\"kind\":\"virtiogpu\",\"width\":640,\"width\":null,"
                    + "\"height\":480"));
        }

        @Test
        void aMissingNumberIsZeroNotTheCommandLineDefault() {
            // vfkit reads a virtio-gpu without width as 0 pixels wide; vfkit4j refuses it rather than make it 800.
            ConfigException error = refusedDevice("\"kind\":\"virtiogpu\",\"height\":480");
            assertEquals("$.devices[1].width", error.component());
            assertTrue(error.getMessage().contains("missing, which vfkit reads as 0"), error::getMessage);
        }

        @Test
        void aMissingTimeoutIsNotSet() {
            // Issue 9: Go's zero value, which vfkit reads as "not set" (R11), no longer refused.
            NetworkBlockDevice nbd = (NetworkBlockDevice) device("\"kind\":\"nbd\",\"uri\":\"nbd://h/e\"");
            assertEquals(Duration.ZERO, nbd.timeout());
            assertEquals(List.of("--device", "nbd,uri=nbd://h/e,sync=full"), nbd.toCmdLine());
        }

        @Test
        void aMissingSyncModeIsVfkitsDefault() {
            // vfkit runs an empty mode as full.
            NetworkBlockDevice nbd = (NetworkBlockDevice) device("\"kind\":\"nbd\",\"uri\":\"nbd://h/e\","
                    + "\"Timeout\":5000000000,\"SynchronizationMode\":\"\"");
            assertEquals(NetworkBlockDevice.SyncMode.FULL, nbd.sync());
        }

        @Test
        void aMissingListenConnects() {
            VirtioVsock missing = (VirtioVsock) device("\"kind\":\"virtiosock\",\"port\":5,\"socketURL\":\"/v\"");
            VirtioVsock refused = (VirtioVsock) device("\"kind\":\"virtiosock\",\"port\":5,\"socketURL\":\"/v\","
                    + "\"listen\":false");
            VirtioVsock listening = (VirtioVsock) device("\"kind\":\"virtiosock\",\"port\":5,\"socketURL\":\"/v\","
                    + "\"listen\":true");
            assertEquals(VirtioVsock.Direction.CONNECT, missing.direction());
            assertEquals(VirtioVsock.Direction.CONNECT, refused.direction());
            assertEquals(VirtioVsock.Direction.LISTEN, listening.direction());
        }

        @Test
        void aMissingDevNameIsTakenFromTheKind() {
            assertEquals(VirtioBlk.of("/d"), device("\"kind\":\"virtioblk\",\"imagePath\":\"/d\""));
            assertEquals(VirtioBlk.of("/d"), device("\"kind\":\"virtioblk\",\"devName\":\"\",\"imagePath\":\"/d\""));
        }

        @Test
        void anEmptyTextIsUnsetAndWrittenBackAsEmpty() {
            VirtioFs fs = (VirtioFs) device("\"kind\":\"virtiofs\",\"sharedDir\":\"/x\",\"mountTag\":\"\"");
            assertNull(fs.mountTag());
            assertTrue(fs.toJson().contains("\"mountTag\":\"\""), fs::toJson);
        }

        @Test
        void theDevicesMayNotHoldNull() {
            ConfigException error = refused("{" + EFI + ",\"devices\":[{\"kind\":\"virtiorng\"},null]}");
            assertEquals("$.devices[1]", error.component());
        }
    }

    @Nested
    class Numbers {
        @Test
        void vcpusAreUnsigned64Bit() {
            VirtualMachine vm = vm("\"vcpus\":18446744073709551615");
            assertEquals(-1L, vm.vcpus());
            assertTrue(vm.toJson().contains("\"vcpus\":18446744073709551615"), vm::toJson);
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1", "-0", "1.0", "1e3", "\"2\"", "true", "18446744073709551616", "{}"})
        void vcpusRefuseWhatGoRefusesForAUint(String vcpus) {
            assertEquals("$.vcpus", refused("{" + EFI + ",\"vcpus\":" + vcpus + "}").component());
        }

        @Test
        void memoryIsBoundedByWhatVfkitCanHoldInMib() {
            assertEquals(Size.MAX, vm("\"memoryBytes\":18446744073708503040").memory());
            assertEquals("$.memoryBytes", refused("{" + EFI + ",\"memoryBytes\":18446744073708503041}").component());
            assertEquals("$.memoryBytes", refused("{" + EFI + ",\"memoryBytes\":18446744073709551616}").component());
        }

        @Test
        void timeoutsAreGoNanosecondsOfWholeMilliseconds() {
            NetworkBlockDevice nbd = (NetworkBlockDevice) device("\"kind\":\"nbd\",\"uri\":\"nbd://h/e\","
                    + "\"Timeout\":2147483647000000");
            assertEquals(Duration.ofMillis(Integer.MAX_VALUE), nbd.timeout());
            assertEquals(Duration.ZERO, ((NetworkBlockDevice) device("\"kind\":\"nbd\",\"uri\":\"nbd://h/e\","
                    + "\"Timeout\":0")).timeout());
            for (String timeout : List.of("1500000", "-1000000", "2147483648000000", "9223372036854775808",
                    "1.5e9")) {
                ConfigException error = refusedDevice("\"kind\":\"nbd\",\"uri\":\"nbd://h/e\",\"Timeout\":" + timeout);
                assertEquals("$.devices[1].Timeout", error.component(), timeout);
            }
        }

        @Test
        void gpuSizesAboveTheIntRangeAreRefused() {
            ConfigException error = refusedDevice("\"kind\":\"virtiogpu\",\"width\":2147483648,\"height\":1");
            assertEquals("$.devices[1].width", error.component());
            assertTrue(error.getMessage().contains("2147483647"), error::getMessage);
        }

        @Test
        void integersReadTheSameWhetherShortOrLong() {
            // Up to 18 characters are read as a long directly, longer ones as a BigInteger: the same values and errors.
            assertEquals(999_999_999_999_999_999L, vm("\"vcpus\":999999999999999999").vcpus());
            assertEquals(1_000_000_000_000_000_000L, vm("\"vcpus\":1000000000000000000").vcpus());
            assertEquals(Long.MIN_VALUE, vm("\"vcpus\":9223372036854775808").vcpus()); // 2^63, as a uint's bits
            for (String vcpus : List.of("-99999999999999999", "-999999999999999999")) {
                assertEquals("$.vcpus", refused("{" + EFI + ",\"vcpus\":" + vcpus + "}").component(), vcpus);
            }
            for (String width : List.of("-2147483649", "9223372036854775807", "99999999999999999999",
                    "-99999999999999999999")) {
                ConfigException error = refusedDevice("\"kind\":\"virtiogpu\",\"width\":" + width + ",\"height\":1");
                assertEquals("$.devices[1].width", error.component(), width);
                assertTrue(error.getMessage().contains("out of range (from "), error::getMessage);
            }
        }

        @Test
        void timeSyncPortsAreUint32AndNotZero() {
            assertEquals(4294967295L, vm("\"timesync\":{\"vsockPort\":4294967295}").timeSync().vsockPort());
            for (String port : List.of("0", "4294967296", "-1")) {
                assertEquals("$.timesync.vsockPort", refused("{" + EFI + ",\"timesync\":{\"vsockPort\":" + port
                        + "}}").component(), port);
            }
            assertEquals("$.timesync.vsockPort", refused("{" + EFI + ",\"timesync\":{}}").component());
        }
    }

    @Nested
    class Values {
        @Test
        void macAddressesInAnyGoSpellingOfSixBytes() {
            for (String mac : List.of("72:20:43:d4:38:62", "72-20-43-D4-38-62", "7220.43d4.3862")) {
                VirtioNet net = (VirtioNet) device("\"kind\":\"virtionet\",\"nat\":true,\"macAddress\":\"" + mac
                        + "\"");
                assertEquals(MacAddress.parse("72:20:43:d4:38:62"), net.mac());
                assertTrue(net.toJson().contains("\"macAddress\":\"72:20:43:d4:38:62\""), net::toJson);
            }
            ConfigException error = refusedDevice("\"kind\":\"virtionet\",\"nat\":true,"
                    + "\"macAddress\":\"00:00:00:00:00:00:00:01\"");
            assertEquals("$.devices[1].macAddress", error.component());
        }

        @Test
        void anInheritedSocketIsWrittenAsItsDescriptor() {
            VirtioNet net = VirtioNet.builder().fd(0).build();
            assertTrue(net.toJson().contains("\"fd\":0"), net::toJson);
            assertEquals(net, Device.fromJson(net.toJson()));
        }

        @Test
        void vfkitsSocketMemberIsRefused() {
            ConfigException error = refusedDevice("\"kind\":\"virtionet\",\"nat\":false,\"socket\":{}");
            assertEquals("$.devices[1].socket", error.component());
            assertTrue(error.getMessage().contains("\"fd\""), error::getMessage);
        }

        @Test
        void aDevNameThatContradictsTheKindIsRefused() {
            ConfigException error = refusedDevice("\"kind\":\"virtioblk\",\"devName\":\"nvme\",\"imagePath\":\"/d\"");
            assertEquals("$.devices[1].devName", error.component());
        }

        @Test
        void ptyNameIsJsonOnlyStateThatRoundTrips() {
            VirtioSerial serial = VirtioSerial.builder().pty(true).ptyName("/dev/ttys003").build();
            assertEquals(serial, Device.fromJson(serial.toJson()));
        }

        @Test
        void theMacosBootloaderWritesEveryPath() {
            VirtualMachine vm = VirtualMachine.builder().bootloader(MacosBootloader.builder()
                    .machineIdentifierPath("/m").build()).build();
            assertTrue(vm.toJson().contains("{\"kind\":\"macosBootloader\",\"machineIdentifierPath\":\"/m\","
                    + "\"hardwareModelPath\":\"\",\"auxImagePath\":\"\"}"), vm::toJson);
            assertEquals(vm, VirtualMachine.fromJson(vm.toJson()));
        }

        @Test
        void ignitionMustBeAnObjectWithAConfigPath() {
            assertEquals(new Ignition("/c", "/s"), vm("\"ignition\":{\"configPath\":\"/c\",\"socketPath\":\"/s\"}")
                    .ignition());
            assertEquals("$.ignition.configPath", refused("{" + EFI + ",\"ignition\":{\"socketPath\":\"/s\"}}")
                    .component());
            assertEquals("$.ignition.kind", refused("{" + EFI + ",\"ignition\":{\"kind\":\"virtiorng\","
                    + "\"configPath\":\"/c\"}}").component());
            assertEquals("$.ignition", refused("{" + EFI + ",\"ignition\":\"/c\"}").component());
        }

        @Test
        void nestedIsRead() {
            assertTrue(vm("\"nested\":true").nested());
            assertEquals("$.nested", refused("{" + EFI + ",\"nested\":1}").component());
        }
    }

    @Nested
    class Documents {
        @ParameterizedTest
        @ValueSource(strings = {"", " ", "null", "[]", "\"vm\"", "{", "{\"vcpus\":1", "{}"})
        void whatIsNotAVirtualMachineIsRefused(String json) {
            ConfigException error = refused(json);
            assertTrue(error.component().startsWith("$"), error::getMessage);
        }

        @Test
        void nothingMayFollowTheDocument() {
            ConfigException error = refused("{" + EFI + "} trailing");
            assertInstanceOf(JacksonException.class, error.getCause());
            assertTrue(error.getMessage().contains("line 1"), error::getMessage);
            refused("{" + EFI + "}{}");
        }

        @Test
        void syntaxErrorsSayWhere() {
            ConfigException error = refused("{" + EFI + ",\n\"devices\":[{\"kind\":\"virtiorng\",}]}");
            assertTrue(error.getMessage().contains("line 2"), error::getMessage);
            // The parser stands after the member "kind" of the first device.
            assertTrue(error.component().startsWith("$.devices[0]"), error::getMessage);
        }

        @Test
        void unknownKindsSuggestTheClosest() {
            ConfigException error = refusedDevice("\"kind\":\"virtio-net\",\"nat\":true");
            assertEquals("$.devices[1].kind", error.component());
            assertTrue(error.getMessage().contains("did you mean 'virtionet'"), error::getMessage);
        }

        @Test
        void devicesAndBootloadersReadAlone() {
            assertEquals(VirtioNet.withNat(), Device.fromJson("{\"kind\":\"virtionet\",\"nat\":true}"));
            assertEquals(EfiBootloader.of("/e", true), VfkitJson.readBootloader("{\"kind\":\"efiBootloader\","
                    + "\"efiVariableStorePath\":\"/e\",\"createVariableStore\":true}"));
            assertEquals("$", assertThrows(ConfigException.class, () -> Device.fromJson("{\"nat\":true}"))
                    .component());
            assertEquals("$", assertThrows(ConfigException.class, () -> Device.fromJson("null")).component());
        }

        @Test
        void aValueOnlyJsonCanCarryIsReadButNotPrinted() {
            VirtualMachine vm = vm("\"devices\":[{\"kind\":\"virtiofs\",\"sharedDir\":\"/a,b\",\"mountTag\":\"t\"}]");
            assertEquals(vm, VirtualMachine.fromJson(vm.toJson()));
            ConfigException error = assertThrows(ConfigException.class, vm::toCmdLine);
            assertEquals("virtio-fs", error.component());
        }
    }
}
