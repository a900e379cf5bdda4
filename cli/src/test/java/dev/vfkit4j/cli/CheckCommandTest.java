package dev.vfkit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: every problem listed, one per line; exit 0 only when there is none. */
class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void aVmWhoseFilesExistIsOk() throws Exception {
        Path disk = Files.write(dir.resolve("disk.raw"), new byte[] {0, 0, 0, 0});
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Cli.Result result = Cli.inProcess("check", "--", "--cpus", "2", "--memory", "2048", "--bootloader",
                "efi,variable-store=" + dir.resolve("efi.fd") + ",create", "--device", "virtio-blk,path=" + disk,
                "--device", "virtio-fs,sharedDir=" + shared + ",mountTag=shared");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("ok: 2 vCPUs, 2 GiB, efi bootloader, 2 devices\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void everyProblemIsListed() throws Exception {
        Path qcow2 = Files.write(dir.resolve("disk.qcow2"), new byte[] {'Q', 'F', 'I', (byte) 0xfb, 0, 0, 0, 3});
        Path vm = Files.writeString(dir.resolve("vm.yaml"), String.join("\n",
                "vcpus: 2",
                "memoryBytes: 2147483648",
                "bootloader: {kind: efiBootloader, efiVariableStorePath: " + dir.resolve("efi.fd") + "}",
                "devices:",
                "- {kind: virtioblk, imagePath: " + qcow2 + "}",
                "- {kind: virtioblk, imagePath: " + dir.resolve("missing.raw") + "}",
                "- {kind: virtiofs, sharedDir: '/tmp/a,b', mountTag: t}",
                "- {kind: virtioserial, logFile: '/tmp/x,y'}",
                ""));
        Cli.Result result = Cli.inProcess("check", vm.toString());
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        List<String> problems = result.errLines();
        assertEquals(5, problems.size(), result::toString);
        assertTrue(problems.get(0).startsWith("vfkit4j check: virtio-fs: option 'sharedDir' = '/tmp/a,b'"),
                problems.get(0));
        assertTrue(problems.get(1).startsWith("vfkit4j check: virtio-serial: option 'logFilePath' = '/tmp/x,y'"),
                problems.get(1));
        assertTrue(problems.get(2).startsWith("vfkit4j check: virtio-blk: option 'path' = '" + qcow2 + "'")
                && problems.get(2).contains("qcow2"), problems.get(2));
        assertTrue(problems.get(3).startsWith("vfkit4j check: virtio-blk: option 'path' = '"
                + dir.resolve("missing.raw") + "'"), problems.get(3));
        assertEquals("vfkit4j check: virtio-fs: option 'sharedDir' = '/tmp/a,b': does not exist", problems.get(4));
    }

    @Test
    void hostChecksCanBeSkippedForAVmMeantForAnotherMachine() {
        Cli.Result result = Cli.inProcess("check", "--no-host", "--", "--bootloader", "efi,variable-store=/x",
                "--device", "virtio-blk,path=/nowhere/disk.raw");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("ok: 1 vCPUs, 512 MiB, efi bootloader, 1 device\n", result.out());
    }

    @Test
    void aVmThatDoesNotParseIsOneProblem() {
        Cli.Result result = Cli.inProcess("check", "--", "--bootloader", "efi,variable-store=/x", "--device",
                "virtio-net,nat,mac=5a:94:ef");
        assertEquals(1, result.exitCode());
        assertEquals(List.of("vfkit4j check: virtio-net: option 'mac' = '5a:94:ef': not a 6-byte MAC address"
                + " (expected e.g. 5a:94:ef:e4:0c:ee)"), result.errLines());
    }

    @Test
    void aTargetJudgesTheSpellingsGiven() {
        Cli.Result result = Cli.inProcess("check", "--no-host", "--target", "vfkit-0.6.1", "--", "--bootloader",
                "efi,variable-store=/x", "--nested", "--device", "virtio-net,unixSocketPath=/tmp/n.sock,type=unixgram");
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("vfkit4j check: vfkit 0.6.1: cannot run this command line: --nested needs"
                + " vfkit 0.6.2; "), result.err());
        assertTrue(result.err().contains("type"), result.err());
        assertEquals(0, Cli.inProcess("check", "--no-host", "--target", "latest", "--", "--bootloader",
                "efi,variable-store=/x", "--nested").exitCode());
    }

    @Test
    void aFileAndArgumentsTogetherAreAUsageError() {
        Cli.Result result = Cli.inProcess("check", "vm.json", "--", "--cpus", "2");
        assertEquals(2, result.exitCode());
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("vfkit4j check: give a file or vfkit's arguments after --, not both"),
                result.err());
    }
}
