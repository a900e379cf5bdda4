package dev.vfkit4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vfkit4j.Device;
import dev.vfkit4j.Ignition;
import dev.vfkit4j.Size;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.devices.VirtioFs;
import dev.vfkit4j.devices.VirtioGpu;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioSerial;
import dev.vfkit4j.testing.RandomVms;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code fromJson(vm.toJson())} gives {@code vm} back, for seeded random VMs: those vfkit's command line can carry
 * ({@link RandomVms}), and the same with state that only JSON carries added (a pty name, a {@code ,} in a path, an
 * Ignition socket, every GPU in a window, any vCPU count and byte-exact memory).
 */
class JsonRoundTripTest {
    private static final int VMS_PER_SEED = 400;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 4242, 20_251_126, -7})
    void vmsTheCommandLineCanCarry(long seed) {
        for (VirtualMachine vm : RandomVms.of(seed, VMS_PER_SEED)) {
            assertRoundTrip(vm);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 4242, 20_251_126, -7})
    void vmsWithStateOnlyJsonCarries(long seed) {
        RandomVms vms = new RandomVms(seed);
        SplittableRandom random = new SplittableRandom(~seed);
        for (int i = 0; i < VMS_PER_SEED; i++) {
            assertRoundTrip(withJsonOnlyState(vms.next(), random));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 7})
    void devicesAlone(long seed) {
        RandomVms vms = new RandomVms(seed);
        for (int i = 0; i < VMS_PER_SEED; i++) {
            Device device = vms.device();
            assertEquals(device, Device.fromJson(device.toJson()), device.toJson());
        }
    }

    private static void assertRoundTrip(VirtualMachine vm) {
        String json = vm.toJson();
        VirtualMachine read = VirtualMachine.fromJson(json);
        assertEquals(vm, read, json);
        // Writing is a function of the VM: what was read writes the same text.
        assertEquals(json, read.toJson());
    }

    /** {@code vm} with values its command line could not carry, built without the printing check. */
    private static VirtualMachine withJsonOnlyState(VirtualMachine vm, SplittableRandom random) {
        List<Device> devices = new ArrayList<>();
        for (Device device : vm.devices()) {
            devices.add(device instanceof VirtioGpu gpu && random.nextBoolean()
                    ? gpu.toBuilder().usesGui(true).build() : device);
        }
        if (random.nextBoolean()) {
            devices.add(random.nextInt(devices.size() + 1), VirtioSerial.builder().pty(true)
                    .ptyName("/dev/ttys" + random.nextInt(1000)).build());
        }
        if (random.nextBoolean()) {
            devices.add(random.nextInt(devices.size() + 1), VirtioFs.of("/shared,dir " + random.nextInt(),
                    random.nextBoolean() ? null : "tag,with,commas"));
        }
        if (random.nextBoolean()) {
            devices.add(random.nextInt(devices.size() + 1), VirtioNet.builder().unixSocketPath("/tmp/a,b.sock")
                    .vfkitMagic(random.nextBoolean()).build());
        }
        Ignition ignition = random.nextBoolean() ? vm.ignition()
                : new Ignition("/ign,ition " + random.nextInt(), random.nextBoolean() ? null : "/tmp/ign.sock");
        long vcpus = random.nextInt(4) == 0 ? 0 : random.nextLong();
        Size memory = Size.ofBytes(random.nextInt(4) == 0 ? 0 : random.nextLong(0, Size.MAX.bytes() >>> 1) * 2);
        return new VirtualMachine(vcpus, memory, vm.bootloader(), devices, vm.timeSync(), ignition, vm.nested());
    }
}
