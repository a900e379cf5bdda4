package dev.vfkit4j.testing;

import dev.vfkit4j.Bootloader;
import dev.vfkit4j.Device;
import dev.vfkit4j.Ignition;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.Size;
import dev.vfkit4j.TimeSync;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.bootloaders.LinuxBootloader;
import dev.vfkit4j.bootloaders.MacosBootloader;
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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random VMs that vfkit can be given: every device and bootloader, every option set or unset, values drawn
 * from the awkward corners (spaces, {@code =}, quotes, Unicode, range bounds). Same seed, same VMs. Only what vfkit's
 * command line can carry back: no {@code ,} in values, no JSON-only state except the first GPU's window, which
 * {@code --gui} restores.
 */
public final class RandomVms {
    private static final String[] PIECES = {"/Users/me", "/var/folders/xy/T", "disk", "a b", "eq=sign", "ünïcödé",
        "日本", "quote\"d", "-dash", "x", ".img", "/tmp", "tag_1", "$HOME", "semi;colon"};

    private final SplittableRandom random;

    public RandomVms(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public VirtualMachine next() {
        VirtualMachine.Builder vm = VirtualMachine.builder()
                .cpus(random.nextBoolean() ? 1 + random.nextInt(64) : random.nextLong(1, Long.MAX_VALUE) * 2 - 1)
                .memory(random.nextBoolean() ? Size.ofMiB(1 + random.nextInt(65536))
                        : Size.ofMiB(random.nextLong(1, Size.MAX.bytes() >>> 20)))
                .bootloader(bootloader())
                .nested(random.nextBoolean());
        int devices = random.nextInt(12);
        boolean gui = random.nextInt(4) == 0;
        boolean hasGpu = false;
        boolean hasInput = false;
        for (int i = 0; i < devices; i++) {
            Device device = device();
            if (device instanceof VirtioGpu gpu) {
                // --gui marks only the first GPU: later ones never carry the flag on a command line.
                device = gpu.toBuilder().usesGui(gui && !hasGpu).build();
                hasGpu = true;
            }
            hasInput |= device instanceof VirtioInput;
            vm.device(device);
        }
        if (gui && !hasGpu) {
            vm.device(VirtioGpu.builder().usesGui(true).build());
        }
        if (gui && !hasInput) {
            vm.device(VirtioInput.keyboard());
        }
        if (random.nextBoolean()) {
            vm.timeSync(new TimeSync(random.nextLong(1, 0x1_0000_0000L)));
        }
        if (random.nextBoolean()) {
            vm.ignition(Ignition.of(text()));
        }
        return vm.build();
    }

    private Bootloader bootloader() {
        return switch (random.nextInt(3)) {
            case 0 -> EfiBootloader.of(text(), random.nextBoolean());
            case 1 -> LinuxBootloader.of(text(), text(), random.nextBoolean() ? text() : "console=hvc0,115200 rw");
            default -> MacosBootloader.builder().machineIdentifierPath(maybe()).hardwareModelPath(maybe())
                    .auxImagePath(maybe()).build();
        };
    }

    public Device device() {
        return switch (random.nextInt(13)) {
            case 0 -> VirtioBlk.builder().path(text()).type(diskType()).readOnly(random.nextBoolean())
                    .deviceId(maybe()).build();
            case 1 -> Nvme.builder().path(text()).type(diskType()).readOnly(random.nextBoolean()).build();
            case 2 -> UsbMassStorage.builder().path(text()).type(diskType()).readOnly(random.nextBoolean()).build();
            case 3 -> NetworkBlockDevice.builder().uri("nbd://" + text()).readOnly(random.nextBoolean())
                    .deviceId(maybe())
                    .timeout(random.nextBoolean() ? null : Duration.ofMillis(random.nextLong(1, Integer.MAX_VALUE)))
                    .sync(random.nextBoolean() ? null : NetworkBlockDevice.SyncMode.values()[random.nextInt(2)])
                    .build();
            case 4 -> VirtioFs.of(text(), maybe());
            case 5 -> Rosetta.builder().mountTag(text()).install(random.nextBoolean())
                    .ignoreIfMissing(random.nextBoolean()).build();
            case 6 -> network();
            case 7 -> new VirtioRng();
            case 8 -> new VirtioBalloon();
            case 9 -> switch (random.nextInt(3)) {
                case 0 -> VirtioSerial.logFile(text());
                case 1 -> VirtioSerial.builder().stdio(true).build();
                default -> VirtioSerial.builder().pty(true).build();
            };
            case 10 -> VirtioVsock.builder().port(random.nextLong(1, 0x1_0000_0000L)).socketUrl(text())
                    .direction(VirtioVsock.Direction.values()[random.nextInt(2)]).build();
            case 11 -> random.nextBoolean() ? VirtioInput.keyboard() : VirtioInput.pointing();
            default -> random.nextBoolean() ? VirtioGpu.builder().build()
                    : VirtioGpu.of(random.nextInt(1, Integer.MAX_VALUE), random.nextInt(1, Integer.MAX_VALUE));
        };
    }

    private VirtioNet network() {
        MacAddress mac = random.nextBoolean() ? null : MacAddress.of(bytes(6));
        return switch (random.nextInt(3)) {
            case 0 -> VirtioNet.builder().nat(true).mac(mac).build();
            case 1 -> VirtioNet.builder().unixSocketPath(text()).mac(mac)
                    .vfkitMagic(random.nextBoolean() ? null : random.nextBoolean()).build();
            default -> VirtioNet.builder().fd(random.nextInt(0, Integer.MAX_VALUE)).mac(mac).build();
        };
    }

    private DiskType diskType() {
        return random.nextBoolean() ? null : DiskType.values()[random.nextInt(2)];
    }

    private String maybe() {
        return random.nextBoolean() ? null : text();
    }

    /** A non-empty value without ',' and with balanced quotes (what --bootloader can carry). */
    private String text() {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            text.append(piece.contains("\"") ? piece + "\"" : piece);
        }
        return text.toString();
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** {@code count} VMs from {@code seed}. */
    public static List<VirtualMachine> of(long seed, int count) {
        RandomVms vms = new RandomVms(seed);
        List<VirtualMachine> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(vms.next());
        }
        return result;
    }
}
