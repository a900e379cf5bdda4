package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.devices.VirtioNet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * krunkit's virtio-net spellings vfkit lacks (krunkit 1.0.0, read in krunkit 1.2.1's {@code src/virtio.rs}):
 * {@code type=unixstream} and {@code offloading=on}.
 */
class KrunkitNetTest {
    private static final Target KRUNKIT = Target.krunkit("1.2.1");
    private static final String EFI = "efi,variable-store=/vm/efi.fd,create";
    private static final String STREAM = "virtio-net,type=unixstream,path=/tmp/s.sock,mac=5a:94:ef:e4:0c:ee";

    private static List<String> argv(String net) {
        return List.of("--cpus", "2", "--memory", "2048", "--bootloader", EFI, "--device", net);
    }

    private static List<String> reasons(ConfigException error) {
        String prefix = "cannot run this command line: ";
        assertTrue(error.problem().startsWith(prefix), error.problem());
        return Arrays.asList(error.problem().substring(prefix.length()).split("; "));
    }

    @ParameterizedTest
    @ValueSource(strings = {STREAM, STREAM + ",offloading=on",
            "virtio-net,type=unixgram,path=/tmp/g.sock,vfkitMagic=on,mac=5a:94:ef:e4:0c:ee,offloading=on",
            "virtio-net,type=unixgram,path=/tmp/g.sock,vfkitMagic=off,mac=5a:94:ef:e4:0c:ee,offloading=on"})
    void krunkitsSpellingParsesAndPrintsBackForKrunkit(String net) {
        VirtualMachine vm = VirtualMachine.fromCmdLine(argv(net), KRUNKIT);
        assertEquals(argv(net), vm.toCmdLine(KRUNKIT));
        VirtioNet device = (VirtioNet) vm.devices().get(0);
        assertTrue(device.krunkitOnly());
        assertEquals(VirtualMachine.fromCmdLine(vm.toCmdLine(KRUNKIT)), vm);
    }

    @Test
    void theModelHoldsWhatKrunkitReads() {
        VirtioNet stream = (VirtioNet) VirtualMachine.fromCmdLine(argv(STREAM), KRUNKIT).devices().get(0);
        assertEquals(VirtioNet.SocketType.UNIXSTREAM, stream.socketType());
        assertEquals("/tmp/s.sock", stream.unixSocketPath());
        assertNull(stream.offloading());
        assertNull(stream.vfkitMagic(), "krunkit has no handshake on a stream socket");
        VirtioNet offloaded = (VirtioNet) VirtualMachine.fromCmdLine(argv(STREAM + ",offloading=on"), KRUNKIT)
                .devices().get(0);
        assertEquals(Boolean.TRUE, offloaded.offloading());
        // unixgram and offloading=off are what unixSocketPath always meant: one value, vfkit's spelling.
        VirtioNet datagram = VirtioNet.builder().unixSocketPath("/tmp/g.sock").socketType(VirtioNet.SocketType.UNIXGRAM)
                .offloading(false).build();
        assertEquals(VirtioNet.unixSocket("/tmp/g.sock", null), datagram);
        assertFalse(datagram.krunkitOnly());
    }

    @Test
    void everyVfkitRefusesThemNamingTheFeature() {
        VirtualMachine vm = VirtualMachine.fromCmdLine(argv(STREAM + ",offloading=on"), KRUNKIT);
        for (Target vfkit : List.of(Target.latest(), Target.vfkit("0.6.4"))) {
            ConfigException error = assertThrows(ConfigException.class, () -> vm.toCmdLine(vfkit));
            assertTrue(error.getMessage().startsWith(vfkit + ": "), error.getMessage());
            assertEquals(List.of(
                    "virtio-net option 'type=unixstream' (a Unix stream socket) is not supported by vfkit (krunkit"
                            + " 1.0.0 reads it)",
                    "virtio-net option 'offloading=on' (offloading) is not supported by vfkit (krunkit 1.0.0 reads"
                            + " it)"), reasons(error));
        }
        // 0.6.1 also lacks the keys themselves: every reason in one exception.
        List<String> old = reasons(assertThrows(ConfigException.class, () -> vm.toCmdLine(Target.vfkit("0.6.1"))));
        assertEquals(4, old.size(), old.toString());
        assertTrue(old.contains("virtio-net option 'type' needs vfkit 0.6.2"), old.toString());
        assertTrue(old.contains("virtio-net option 'offloading' needs vfkit 0.6.2"), old.toString());

        // toCmdLine() prints for vfkit, the default target, and refuses the same.
        ConfigException plain = assertThrows(ConfigException.class, vm::toCmdLine);
        assertTrue(plain.getMessage().contains("not supported by vfkit"), plain.getMessage());
        assertThrows(ConfigException.class, () -> VfkitCommand.of(vm).toCmdLine());
        assertThrows(ConfigException.class, () -> Target.latest().check(vm));
        // Parsing for a vfkit target is refused too.
        assertTrue(reasons(assertThrows(ConfigException.class, () -> VirtualMachine.fromCmdLine(argv(STREAM),
                Target.latest()))).get(0).contains("'type=unixstream'"));
    }

    @Test
    void anOlderKrunkitRefusesThemNamingTheRelease() {
        for (String net : List.of(STREAM, STREAM + ",offloading=on")) {
            VirtualMachine vm = VirtualMachine.fromCmdLine(argv(net), KRUNKIT);
            List<String> reasons = reasons(assertThrows(ConfigException.class,
                    () -> vm.toCmdLine(Target.krunkit("0.2.2"))));
            assertTrue(reasons.contains("virtio-net option 'type' needs krunkit 1.0.0"), reasons.toString());
            assertEquals(net.endsWith("offloading=on"),
                    reasons.contains("virtio-net option 'offloading' needs krunkit 1.0.0"), reasons.toString());
            assertEquals(argv(net), vm.toCmdLine(Target.krunkit("1.0.0")));
        }
    }

    @Test
    void krunkitRefusesTheHandshakeOnAStreamSocket() {
        List<String> reasons = reasons(assertThrows(ConfigException.class,
                () -> VirtualMachine.fromCmdLine(argv(STREAM + ",vfkitMagic=off"), KRUNKIT)));
        assertEquals(List.of("krunkit reads virtio-net option 'vfkitMagic' only with type=unixgram"), reasons);
    }

    @Test
    void vfkitsJsonCannotHoldThem() {
        VirtualMachine vm = VirtualMachine.fromCmdLine(argv(STREAM), KRUNKIT);
        ConfigException stream = assertThrows(ConfigException.class, vm::toJson);
        assertEquals("virtio-net: option 'type' = 'unixstream': vfkit's JSON has no member for it (only krunkit"
                + " reads it, on the command line)", stream.getMessage());
        VirtioNet offloaded = VirtioNet.builder().unixSocketPath("/tmp/g.sock").socketType(
                VirtioNet.SocketType.UNIXGRAM).offloading(true).build();
        assertTrue(assertThrows(ConfigException.class, offloaded::toJson).getMessage()
                .contains("option 'offloading'"));
        // Go ignores members it has no field for: so does reading.
        VirtioNet read = (VirtioNet) Device.fromJson("{\"kind\":\"virtionet\",\"unixSocketPath\":\"/tmp/g.sock\","
                + "\"type\":\"unixstream\",\"offloading\":true}");
        assertEquals(VirtioNet.unixSocket("/tmp/g.sock", null), read);
        assertEquals(read, Device.fromJson(read.toJson()));
    }

    private static VirtioNet net(VirtualMachine vm) {
        return (VirtioNet) vm.devices().get(0);
    }

    /** krunkit reads type=unixgram without vfkitMagic as no handshake, and prints it back so. */
    @Test
    void krunkitsDatagramSocketHasNoHandshakeUnlessTold() {
        VirtualMachine vm = VirtualMachine.fromCmdLine(argv("virtio-net,type=unixgram,path=/tmp/n.sock,"
                + "mac=5a:94:ef:e4:0c:ee"), KRUNKIT);
        assertEquals(Boolean.FALSE, net(vm).vfkitMagic());
        assertNull(net(vm).offloading());
        assertEquals("virtio-net,type=unixgram,path=/tmp/n.sock,vfkitMagic=off,mac=5a:94:ef:e4:0c:ee",
                vm.toCmdLine(KRUNKIT).get(7));
        assertEquals(vm, VirtualMachine.fromCmdLine(vm.toCmdLine(KRUNKIT), KRUNKIT));
        // vfkit's default is the handshake: without a target or for vfkit nothing changes.
        VirtualMachine vfkit = VirtualMachine.fromCmdLine(argv("virtio-net,type=unixgram,path=/tmp/n.sock,"
                + "mac=5a:94:ef:e4:0c:ee"), Target.latest());
        assertEquals(Boolean.TRUE, net(vfkit).vfkitMagic());
        assertEquals(vfkit, VirtualMachine.fromCmdLine(argv("virtio-net,type=unixgram,path=/tmp/n.sock,"
                + "mac=5a:94:ef:e4:0c:ee")));
        // --device=... is the same flag.
        assertEquals(vm, VirtualMachine.fromCmdLine(List.of("--cpus", "2", "--memory", "2048", "--bootloader", EFI,
                "--device=virtio-net,type=unixgram,path=/tmp/n.sock,mac=5a:94:ef:e4:0c:ee"), KRUNKIT));
    }

    /** krunkit reads unixSocketPath= as the handshake and offloading on; vfkit never offloads. */
    @Test
    void krunkitsUnixSocketPathOffloads() {
        List<String> argv = argv("virtio-net,unixSocketPath=/tmp/n.sock,mac=5a:94:ef:e4:0c:ee");
        VirtualMachine vm = VirtualMachine.fromCmdLine(argv, KRUNKIT);
        assertEquals(Boolean.TRUE, net(vm).offloading());
        assertEquals(Boolean.TRUE, net(vm).vfkitMagic());
        assertEquals("virtio-net,type=unixgram,path=/tmp/n.sock,vfkitMagic=on,mac=5a:94:ef:e4:0c:ee,offloading=on",
                vm.toCmdLine(KRUNKIT).get(7));
        assertEquals(vm, VirtualMachine.fromCmdLine(vm.toCmdLine(KRUNKIT), KRUNKIT));
        // krunkit before 1.0.0 reads unixSocketPath= alone, and offloads on it too.
        assertEquals(net(vm), net(VirtualMachine.fromCmdLine(argv, Target.krunkit("0.2.2"))));
        VirtualMachine vfkit = VirtualMachine.fromCmdLine(argv, Target.latest());
        assertNull(net(vfkit).offloading());
        assertEquals(VirtualMachine.fromCmdLine(argv), vfkit);
        // krunkit refuses the socket options beside unixSocketPath.
        assertEquals(List.of("krunkit reads virtio-net option 'vfkitMagic' only with type="), reasons(assertThrows(
                ConfigException.class, () -> VirtualMachine.fromCmdLine(argv("virtio-net,unixSocketPath=/tmp/n.sock,"
                        + "vfkitMagic=off,mac=5a:94:ef:e4:0c:ee"), KRUNKIT))));
    }

    /** A VM built with vfkit's handshake and no offloading: krunkit 1.0.0 runs it only in the explicit spelling. */
    @Test
    void aBuiltDatagramSocketPrintsExplicitlyForKrunkit() {
        VirtualMachine vm = TargetTest.podmanLibkrun().vm();
        String expected = "virtio-net,type=unixgram,path=/var/folders/xy/T/podman/podman-machine-default-gvproxy.sock,"
                + "vfkitMagic=on,mac=5a:94:ef:e4:0c:ee";
        assertTrue(vm.toCmdLine(Target.krunkit("1.0.0")).contains(expected));
        assertTrue(vm.toCmdLine().contains("virtio-net,unixSocketPath=/var/folders/xy/T/podman/"
                + "podman-machine-default-gvproxy.sock,mac=5a:94:ef:e4:0c:ee"), "vfkit's spelling is unchanged");
        VirtualMachine parsed = VirtualMachine.fromCmdLine(vm.toCmdLine(KRUNKIT), KRUNKIT);
        assertEquals(vm, parsed);
        VirtualMachine noMagic = VirtualMachine.builder().bootloader(vm.bootloader()).device(VirtioNet.builder()
                .unixSocketPath("/tmp/n.sock").vfkitMagic(false).mac(MacAddress.parse("5a:94:ef:e4:0c:ee")).build()).build();
        assertTrue(noMagic.toCmdLine(KRUNKIT).contains("virtio-net,type=unixgram,path=/tmp/n.sock,vfkitMagic=off,"
                + "mac=5a:94:ef:e4:0c:ee"));
        // Before 1.0.0 krunkit offloads on its only spelling: no faithful argv.
        ConfigException old = assertThrows(ConfigException.class, () -> vm.toCmdLine(Target.krunkit("0.2.2")));
        assertEquals(List.of("virtio-net on a datagram socket without offloading needs krunkit 1.0.0 (older krunkit"
                + " always offloads)"), reasons(old));
        assertThrows(ConfigException.class, () -> Target.krunkit("0.2.2").check(vm));
    }

    /** podman's libkrun provider's VM on a stream-socket network (passt, socket_vmnet), as krunkit's docs spell it. */
    @Test
    void aLibkrunStyleMachineOnAStreamSocketRoundTrips() {
        List<String> argv = new ArrayList<>(TargetTest.podmanLibkrun().toCmdLine(KRUNKIT));
        int net = argv.indexOf("virtio-net,type=unixgram,path=/var/folders/xy/T/podman/podman-machine-default-gvproxy"
                + ".sock,vfkitMagic=on,mac=5a:94:ef:e4:0c:ee");
        assertTrue(net > 0, argv.toString());
        argv.set(net, "virtio-net,type=unixstream,path=/var/folders/xy/T/podman/passt.sock,mac=5a:94:ef:e4:0c:ee,"
                + "offloading=on");
        VfkitCommand command = VfkitCommand.fromCmdLine(argv, KRUNKIT);
        assertEquals(argv, command.toCmdLine(KRUNKIT));
        assertEquals(command, VfkitCommand.fromCmdLine(command.toCmdLine(KRUNKIT), KRUNKIT));
        assertEquals(2, reasons(assertThrows(ConfigException.class, () -> command.toCmdLine(Target.latest())))
                .size());
    }
}
