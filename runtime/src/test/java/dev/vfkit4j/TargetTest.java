package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.bootloaders.LinuxBootloader;
import dev.vfkit4j.devices.DiskType;
import dev.vfkit4j.devices.Nvme;
import dev.vfkit4j.devices.Rosetta;
import dev.vfkit4j.devices.VirtioBalloon;
import dev.vfkit4j.devices.VirtioBlk;
import dev.vfkit4j.devices.VirtioFs;
import dev.vfkit4j.devices.VirtioGpu;
import dev.vfkit4j.devices.VirtioInput;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioRng;
import dev.vfkit4j.devices.VirtioSerial;
import dev.vfkit4j.devices.VirtioVsock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetTest {
    private static final String DIR = "/Users/user/.local/share/containers/podman/machine/applehv";
    private static final String RUN = "/var/folders/xy/T/podman";
    private static final MacAddress MAC = MacAddress.parse("5a:94:ef:e4:0c:ee");

    /** The VM podman's applehv provider starts (pkg/machine/apple): what podman runs on vfkit 0.6.1. */
    static VfkitCommand podmanApplehv() {
        return VfkitCommand.of(VirtualMachine.builder()
                .cpus(4)
                .memory(Size.ofGiB(4))
                .bootloader(EfiBootloader.withNewVariableStore(DIR + "/efi-bl-podman-machine-default"))
                .device(Nvme.of(DIR + "/podman-machine-default-arm64.raw"))
                .device(new VirtioRng())
                .device(VirtioSerial.logFile(RUN + "/podman-machine-default.log"))
                .device(VirtioVsock.listen(1025, RUN + "/podman-machine-default.sock"))
                .device(Rosetta.builder().mountTag("rosetta").install(true).build())
                .device(VirtioNet.unixSocket(RUN + "/podman-machine-default-gvproxy.sock", MAC))
                .device(VirtioFs.of("/Users", "a2a0ee2c717462feb1de2f5afd59de5fd2d8"))
                .ignition(DIR + "/podman-machine-default.ign")
                .build()).withRestfulUri("tcp://localhost:49573");
    }

    /**
     * The VM podman's libkrun provider starts on krunkit: the same devices without Rosetta, a virtio-blk disk, the
     * Ignition vsock on first boot, --nested always, and the debug GUI devices.
     */
    static VfkitCommand podmanLibkrun() {
        return VfkitCommand.of(VirtualMachine.builder()
                .cpus(4)
                .memory(Size.ofGiB(4))
                .bootloader(EfiBootloader.withNewVariableStore(DIR + "/efi-bl-podman-machine-default"))
                .device(VirtioBlk.of(DIR + "/podman-machine-default-arm64.raw"))
                .device(new VirtioRng())
                .device(VirtioVsock.listen(1025, RUN + "/podman-machine-default.sock"))
                .device(VirtioSerial.logFile(RUN + "/podman-machine-default.log"))
                .device(VirtioNet.unixSocket(RUN + "/podman-machine-default-gvproxy.sock", MAC))
                .device(VirtioFs.of("/Users", "a2a0ee2c717462feb1de2f5afd59de5fd2d8"))
                .device(VirtioGpu.of(800, 600))
                .device(VirtioInput.pointing())
                .device(VirtioInput.keyboard())
                .device(VirtioVsock.listen(1024, RUN + "/podman-machine-default-ignition.sock"))
                .nested(true)
                .build()).withRestfulUri("tcp://localhost:49573");
    }

    /** Every feature vfkit 0.6.2 added, once. */
    static VfkitCommand vfkit062Features() {
        return VfkitCommand.of(VirtualMachine.builder()
                .bootloader(EfiBootloader.of("/vm/efi.fd", true))
                .device(VirtioBlk.builder().path("/dev/disk4").type(DiskType.BLOCK_DEVICE).build())
                .device(VirtioSerial.pseudoTerminal())
                .device(VirtioNet.builder().unixSocketPath("/vm/net.sock").vfkitMagic(false).build())
                .nested(true)
                .build()).withPidFile("/vm/vfkit.pid");
    }

    static Stream<Arguments> targets() {
        List<String> podman = podmanApplehv().toCmdLine();
        List<String> libkrun = podmanLibkrun().toCmdLine();
        // krunkit offloads on unixSocketPath=: the handshake-on socket prints explicitly for it.
        List<String> libkrunForKrunkit = libkrun.stream().map(arg -> arg.startsWith("virtio-net,unixSocketPath=")
                ? arg.replace("unixSocketPath=", "type=unixgram,path=").replace(",mac=", ",vfkitMagic=on,mac=")
                : arg).toList();
        List<String> recent = vfkit062Features().toCmdLine();
        return Stream.of(
                // vfkit 0.6.1, as podman and CRC ship it: podman's VM prints as for the latest vfkit.
                Arguments.of("podman applehv", podmanApplehv(), Target.vfkit("0.6.1"), podman, List.of()),
                Arguments.of("podman applehv", podmanApplehv(), Target.latest(), podman, List.of()),
                Arguments.of("podman applehv", podmanApplehv(), Target.vfkit("0.5.1"), null, List.of(
                        "--ignition needs vfkit 0.6.0", "device nvme needs vfkit 0.6.0")),
                Arguments.of("podman applehv", podmanApplehv(), Target.krunkit("1.2.1"), null, List.of(
                        "--ignition is not supported by krunkit", "device nvme is not supported by krunkit",
                        "device rosetta is not supported by krunkit")),
                Arguments.of("vfkit 0.6.2 features", vfkit062Features(), Target.vfkit("0.6.2"), recent, List.of()),
                Arguments.of("vfkit 0.6.2 features", vfkit062Features(), Target.vfkit("0.7.0"), recent, List.of()),
                Arguments.of("vfkit 0.6.2 features", vfkit062Features(), Target.vfkit("0.6.1"), null, List.of(
                        "--nested needs vfkit 0.6.2", "--pidfile needs vfkit 0.6.2",
                        "virtio-blk option 'type' needs vfkit 0.6.2", "virtio-serial option 'pty' needs vfkit 0.6.2",
                        "virtio-net option 'type' needs vfkit 0.6.2",
                        "virtio-net option 'vfkitMagic' needs vfkit 0.6.2")),
                Arguments.of("podman libkrun", podmanLibkrun(), Target.krunkit("1.2.1"), libkrunForKrunkit,
                        List.of()),
                Arguments.of("podman libkrun", podmanLibkrun(), Target.krunkit("0.1.4"), null, List.of(
                        "--nested needs krunkit 0.2.0", "virtio-net on a datagram socket without offloading needs"
                                + " krunkit 1.0.0 (older krunkit always offloads)")),
                Arguments.of("podman libkrun", podmanLibkrun(), Target.vfkit("0.6.1"), null, List.of(
                        "--nested needs vfkit 0.6.2")),
                Arguments.of("podman libkrun", podmanLibkrun(), Target.vfkit("0.0.4"), null, List.of(
                        "--bootloader needs vfkit 0.1.0", "--restful-uri needs vfkit 0.1.0",
                        "--nested needs vfkit 0.6.2", "bootloader efi needs vfkit 0.1.0",
                        "device virtio-gpu needs vfkit 0.1.0", "device virtio-input needs vfkit 0.1.0",
                        "virtio-net option 'unixSocketPath' needs vfkit 0.1.0")));
    }

    @ParameterizedTest(name = "{0} for {2}")
    @MethodSource("targets")
    void printsWhatTheTargetAcceptsOrRefusesWithEveryReason(String name, VfkitCommand command, Target target,
            List<String> expected, List<String> refusals) {
        if (expected != null) {
            assertEquals(expected, command.toCmdLine(target));
            target.check(command);
            return;
        }
        ConfigException error = assertThrows(ConfigException.class, () -> command.toCmdLine(target));
        assertEquals(target.toString(), error.component());
        assertEquals(refusals.stream().sorted().toList(), reasons(error).stream().sorted().toList());
        assertThrows(ConfigException.class, () -> target.check(command));
    }

    private static List<String> reasons(ConfigException error) {
        String prefix = "cannot run this command line: ";
        assertTrue(error.problem().startsWith(prefix), error.problem());
        return Arrays.asList(error.problem().substring(prefix.length()).split("; "));
    }

    @Test
    void aPodmanMachinePrintsTheSameForVfkit061AndLatest() {
        VfkitCommand podman = podmanApplehv();
        assertEquals(podman.toCmdLine(Target.latest()), podman.toCmdLine(Target.vfkit("0.6.1")));
        assertTrue(podman.toCmdLine(Target.vfkit("0.6.1")).contains("virtio-net,unixSocketPath=" + RUN
                + "/podman-machine-default-gvproxy.sock,mac=5a:94:ef:e4:0c:ee"));
        assertEquals(podman.vm().toCmdLine(), podman.vm().toCmdLine(Target.vfkit("0.6.1")));
    }

    /** Checked against krunkit 1.2.1's parser by hand: each device's keys, mac on virtio-net, efi with create. */
    @Test
    void podmansLibkrunMachinePrintsWhatKrunkitReads() {
        assertEquals(List.of("--cpus", "4", "--memory", "4096",
                "--bootloader", "efi,variable-store=" + DIR + "/efi-bl-podman-machine-default,create",
                "--device", "virtio-blk,path=" + DIR + "/podman-machine-default-arm64.raw",
                "--device", "virtio-rng",
                "--device", "virtio-vsock,port=1025,socketURL=" + RUN + "/podman-machine-default.sock,listen",
                "--device", "virtio-serial,logFilePath=" + RUN + "/podman-machine-default.log",
                // krunkit offloads on unixSocketPath= and has no handshake on type=unixgram unless told.
                "--device", "virtio-net,type=unixgram,path=" + RUN + "/podman-machine-default-gvproxy.sock,"
                        + "vfkitMagic=on,mac=5a:94:ef:e4:0c:ee",
                "--device", "virtio-fs,sharedDir=/Users,mountTag=a2a0ee2c717462feb1de2f5afd59de5fd2d8",
                "--device", "virtio-gpu,width=800,height=600",
                "--device", "virtio-input,pointing",
                "--device", "virtio-input,keyboard",
                "--device", "virtio-vsock,port=1024,socketURL=" + RUN + "/podman-machine-default-ignition.sock,listen",
                "--nested",
                "--restful-uri", "tcp://localhost:49573"), podmanLibkrun().toCmdLine(Target.krunkit("1.2.1")));
    }

    @Test
    void aFeatureOfVfkit062IsNamedWithItsVersionFor061() {
        VirtualMachine vm = VirtualMachine.builder().bootloader(EfiBootloader.of("/vm/efi.fd", true))
                .device(VirtioSerial.pseudoTerminal()).build();
        ConfigException error = assertThrows(ConfigException.class, () -> vm.toCmdLine(Target.vfkit("0.6.1")));
        assertEquals("vfkit 0.6.1: cannot run this command line: virtio-serial option 'pty' needs vfkit 0.6.2",
                error.getMessage());
        assertEquals(List.of("--bootloader", "efi,variable-store=/vm/efi.fd,create", "--device", "virtio-serial,pty"),
                vm.toCmdLine(Target.vfkit("0.6.2")).subList(4, 8));
    }

    @Test
    void theBalloonCameIn061() {
        VirtualMachine vm = VirtualMachine.builder().bootloader(EfiBootloader.of("/vm/efi.fd", true))
                .device(new VirtioBalloon()).build();
        assertEquals(vm.toCmdLine(), vm.toCmdLine(Target.vfkit("0.6.1")));
        assertEquals(List.of("device virtio-balloon needs vfkit 0.6.1"), reasons(assertThrows(ConfigException.class,
                () -> vm.toCmdLine(Target.vfkit("0.6.0")))));
    }

    @Test
    void theHandshakeOnPrintsTheSpellingEveryVfkitReads() {
        // vfkit 0.6.2 printed type=unixgram,path=...,vfkitMagic=on, which 0.6.1 refuses (podman issue 27873).
        List<String> krunkitStyle = List.of("--bootloader", "efi,variable-store=/vm/efi.fd", "--device",
                "virtio-net,type=unixgram,path=/vm/net.sock,vfkitMagic=on,mac=5a:94:ef:e4:0c:ee");
        ConfigException refused = assertThrows(ConfigException.class,
                () -> VirtualMachine.fromCmdLine(krunkitStyle, Target.vfkit("0.6.1")));
        assertEquals(List.of("virtio-net option 'type' needs vfkit 0.6.2",
                "virtio-net option 'vfkitMagic' needs vfkit 0.6.2"), reasons(refused));

        VirtualMachine vm = VirtualMachine.fromCmdLine(krunkitStyle, Target.vfkit("0.6.2"));
        assertEquals("virtio-net,unixSocketPath=/vm/net.sock,mac=5a:94:ef:e4:0c:ee",
                vm.toCmdLine(Target.vfkit("0.6.1")).get(7));
        assertEquals(vm.toCmdLine(Target.vfkit("0.1.0")), vm.toCmdLine(Target.vfkit("0.6.1")));
        assertEquals(List.of("virtio-net option 'unixSocketPath' needs vfkit 0.1.0", "--bootloader needs vfkit 0.1.0",
                "bootloader efi needs vfkit 0.1.0").stream().sorted().toList(), reasons(assertThrows(
                        ConfigException.class, () -> vm.toCmdLine(Target.vfkit("0.0.4")))).stream().sorted()
                .toList());
    }

    @Test
    void parsingIsCheckedAgainstTheTargetToo() {
        List<String> args = List.of("--bootloader", "efi,variable-store=/vm/efi.fd", "--pidfile", "/vm/pid",
                "--device", "virtio-blk,path=/vm/disk.img,type=image", "--device", "nbd,uri=nbd://host/export");
        assertEquals(List.of("--pidfile needs vfkit 0.6.2", "virtio-blk option 'type' needs vfkit 0.6.2",
                "device nbd needs vfkit 0.6.0"), reasons(assertThrows(ConfigException.class,
                        () -> VfkitCommand.fromCmdLine(args, Target.vfkit("0.5.1")))));
        assertEquals("/vm/pid", VfkitCommand.fromCmdLine(args, Target.vfkit("0.6.2")).pidFile());
        // A value added later than its option: none of vfkit's enums has one yet, a custom device's may.
        assertEquals(2, VirtualMachine.fromCmdLine(args, Target.latest()).devices().size());
    }

    @Test
    void krunkitPrintsItsOwnSpellingOfTheLogLevelAndAnInheritedSocket() {
        VfkitCommand command = VfkitCommand.of(VirtualMachine.builder()
                .bootloader(EfiBootloader.of("/vm/efi.fd", true))
                .device(VirtioNet.fileDescriptor(4, MAC))
                .build()).withLogLevel(VfkitCommand.LogLevel.DEBUG).withRestfulUri("unix:///vm/rest.sock");
        assertEquals(List.of("--cpus", "1", "--memory", "512", "--bootloader", "efi,variable-store=/vm/efi.fd,create",
                "--device", "virtio-net,type=unixgram,fd=4,mac=5a:94:ef:e4:0c:ee", "--restful-uri",
                "unix:///vm/rest.sock", "--krun-log-level", "4"), command.toCmdLine(Target.krunkit("1.2.1")));
        assertEquals(List.of("virtio-net option 'fd' needs krunkit 1.0.0", "--krun-log-level needs krunkit 0.1.4",
                "--restful-uri unix:// needs krunkit 0.2.2").stream().sorted().toList(), reasons(assertThrows(
                        ConfigException.class, () -> command.toCmdLine(Target.krunkit("0.1.0")))).stream().sorted()
                .toList());
    }

    @Test
    void krunkitRefusesAVmItCannotRunWithEveryReasonAtOnce() {
        VfkitCommand command = VfkitCommand.of(VirtualMachine.builder()
                .cpus(256)
                .memory(Size.ofGiB(61))
                .bootloader(EfiBootloader.of("/vm/efi.fd", false))
                .device(VirtioBlk.builder().path("/vm/disk=1.img").readOnly(true).build())
                .device(VirtioNet.withNat())
                .device(VirtioFs.of("/Users", null))
                .device(VirtioSerial.standardIo())
                .device(Nvme.of("/vm/data.img"))
                .ignition("/vm/config.ign")
                .build())
                .withRestfulUri("tcp://[::1]:8081")
                .withCloudInit(List.of("/vm/user-data"));
        assertEquals(List.of(
                "--cloud-init is not supported by krunkit",
                "--ignition is not supported by krunkit",
                "--restful-uri 'tcp://[::1]:8081': krunkit needs tcp://<IPv4 address or localhost>:<port>",
                "device nvme is not supported by krunkit",
                "krunkit needs --cpus from 1 to 255",
                "krunkit needs --memory from 1 to 61440 MiB",
                "krunkit needs the efi bootloader's 'create'",
                "krunkit needs virtio-fs option 'mountTag'",
                "krunkit needs virtio-net option 'mac'",
                "krunkit needs virtio-serial option 'logFilePath'",
                "virtio-blk option 'path': krunkit refuses '=' inside a value",
                "virtio-blk option 'readonly' is not supported by krunkit",
                "virtio-net,nat is not supported by krunkit (use a socket: unixSocketPath=...)",
                "virtio-serial option 'stdio' is not supported by krunkit"),
                reasons(assertThrows(ConfigException.class, () -> command.toCmdLine(Target.krunkit("1.2.1"))))
                        .stream().sorted().toList());
    }

    @Test
    void krunkitReadsNoQuotes() {
        List<String> quoted = List.of("--cpus", "1", "--memory", "512", "--bootloader",
                "efi,variable-store=\"/vm/a,b.fd\",create");
        VfkitCommand.fromCmdLine(quoted, Target.latest());
        assertEquals(List.of(
                "bootloader efi: krunkit splits at every ',' and reads no quotes: 'variable-store=\"/vm/a,b.fd\"'",
                "bootloader efi option 'b.fd\"' is not supported by krunkit"),
                reasons(assertThrows(ConfigException.class, () -> Target.krunkit("1.2.1").checkCmdLine(quoted))));
    }

    @Test
    void krunkitRulesForBootloadersFlagsAndVsock() {
        VirtualMachine linux = VirtualMachine.builder()
                .bootloader(LinuxBootloader.of("/vm/vmlinuz", "/vm/initrd", "console=hvc0"))
                .device(VirtioVsock.connect(1024, "/vm/vsock.sock"))
                .timeSync(1234)
                .build();
        assertEquals(List.of("the linux bootloader (--kernel, --initrd, --kernel-cmdline) is not supported by krunkit",
                "--timesync needs krunkit 1.2.0", "virtio-vsock option 'connect' needs krunkit 1.2.0"),
                reasons(assertThrows(ConfigException.class, () -> linux.toCmdLine(Target.krunkit("1.1.1")))));
        VirtualMachine efi = linux.toBuilder().bootloader(EfiBootloader.of("/vm/efi.fd", true)).build();
        List<String> args = efi.toCmdLine(Target.krunkit("1.2.0"));
        assertTrue(args.containsAll(List.of("virtio-vsock,port=1024,socketURL=/vm/vsock.sock,connect", "--timesync",
                "vsockPort=1234")), args.toString());
        ConfigException restful = assertThrows(ConfigException.class, () -> VfkitCommand.of(efi)
                .withRestfulUri("tcp://myhost:8081").toCmdLine(Target.krunkit("1.2.1")));
        assertTrue(reasons(restful).contains(
                "--restful-uri 'tcp://myhost:8081': krunkit needs tcp://<IPv4 address or localhost>:<port>"));
        assertEquals(List.of("tcp://127.0.0.1:8081", "tcp://localhost:65535", "none://"), Stream.of(
                "tcp://127.0.0.1:8081", "tcp://localhost:65535", "none://").filter(uri -> {
                    VfkitCommand.of(efi).withRestfulUri(uri).toCmdLine(Target.krunkit("1.2.1"));
                    return true;
                }).toList());
    }

    @Test
    void targetsNameThemselvesAndCompareByRelease() {
        assertEquals("vfkit 0.6.1", Target.vfkit("v0.6.1").toString());
        assertEquals("vfkit (latest)", Target.latest().toString());
        assertEquals("krunkit 1.2.1", Target.krunkit("1.2.1").toString());
        assertEquals(Target.vfkit("0.6.1"), Target.vfkit("v0.6.1"));
        assertTrue(Target.vfkit("0.10.0").hasVfkitFeature("0.6.2"));
        assertFalse(Target.vfkit("0.6.10").hasVfkitFeature("0.10.0"));
        assertFalse(Target.krunkit("1.2.1").hasVfkitFeature(""));
        for (String bad : new String[] {"0.6", "0.6.1.2", "latest", "", "06.1.0", "0.6.x"}) {
            ConfigException error = assertThrows(ConfigException.class, () -> Target.vfkit(bad), bad);
            assertEquals(bad, error.value());
        }
        assertThrows(ConfigException.class, () -> Target.vfkit(null));
    }

    @Test
    void everyFlagHasItsRelease() {
        List<String> flags = new ArrayList<>(VfkitCommand.FLAG_SINCE.keySet());
        assertEquals(17, flags.size());
        assertEquals("0.6.2", VfkitCommand.flagSince("nested"));
        assertEquals("", VfkitCommand.flagSince("cpus"));
        assertThrows(IllegalArgumentException.class, () -> VfkitCommand.flagSince("krun-log-level"));
    }
}
