package dev.vfkit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.VfkitCommand;
import dev.vfkit4j.VirtualMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parse} and {@code print}, in this JVM: the documents they read and write, and their round trip. */
class ParsePrintTest {
    private static final List<String> WORKLOAD = Shared.workloadArgv();

    @TempDir
    Path dir;

    private static String[] parse(List<String> vfkitArgs, String... options) {
        List<String> args = new ArrayList<>(List.of("parse"));
        args.addAll(List.of(options));
        args.add("--");
        args.addAll(vfkitArgs);
        return args.toArray(String[]::new);
    }

    @Test
    void parseThenPrintGivesBackTheWorkloadArgvExactly() throws Exception {
        Cli.Result parsed = Cli.inProcess(parse(WORKLOAD));
        assertEquals(0, parsed.exitCode(), parsed::toString);
        assertEquals("", parsed.err());
        Path json = Files.writeString(dir.resolve("vm.json"), parsed.out());

        Cli.Result printed = Cli.inProcess("print", json.toString());
        assertEquals(0, printed.exitCode(), printed::toString);
        assertEquals(WORKLOAD, printed.outLines());
        assertEquals("", printed.err());
    }

    @Test
    void theYamlFormRoundTripsToo() throws Exception {
        Cli.Result parsed = Cli.inProcess(parse(WORKLOAD, "--yaml"));
        assertEquals(0, parsed.exitCode(), parsed::toString);
        assertTrue(parsed.out().startsWith("vcpus: 4\nmemoryBytes: 4294967296\nbootloader:\n"), parsed.out());
        Path yaml = Files.writeString(dir.resolve("vm.yaml"), parsed.out());

        assertEquals(WORKLOAD, Cli.inProcess("print", yaml.toString()).outLines());
        // From stdin, YAML is recognised by its content.
        assertEquals(WORKLOAD, Cli.withStdin(parsed.out(), "print", "-").outLines());
    }

    @Test
    void parseWritesVfkitsJsonOfTheVm() {
        Cli.Result parsed = Cli.inProcess(parse(WORKLOAD));
        VirtualMachine expected = VirtualMachine.fromCmdLine(WORKLOAD);
        assertEquals(expected, VirtualMachine.fromJson(parsed.out()));
        assertTrue(parsed.out().endsWith("}\n"));
    }

    @Test
    void theSampleInExamplesPrintsTheWorkload() {
        Cli.Result printed = Cli.inProcess("print", "../examples/podman-machine.yaml");
        assertEquals(0, printed.exitCode(), printed::toString);
        assertEquals(WORKLOAD, printed.outLines());
    }

    @Test
    void launchOptionsTravelInTheirOwnMember() throws Exception {
        List<String> argv = new ArrayList<>(WORKLOAD.subList(0, 6));
        argv.addAll(List.of("--restful-uri", "unix:///tmp/vm.sock", "--log-level", "debug", "--pidfile",
                "/tmp/vm.pid", "--cloud-init", "/tmp/ci/user-data,/tmp/ci/meta-data"));
        Cli.Result parsed = Cli.inProcess(parse(argv));
        assertEquals(0, parsed.exitCode(), parsed::toString);
        assertTrue(parsed.out().contains("\"launch\" : {\n    \"restfulUri\" : \"unix:///tmp/vm.sock\",\n"
                + "    \"logLevel\" : \"debug\",\n    \"pidFile\" : \"/tmp/vm.pid\",\n    \"cloudInit\" : ["
                + " \"/tmp/ci/user-data\", \"/tmp/ci/meta-data\" ]\n  }"), parsed.out());
        // vfkit's own reader ignores the member; vfkit4j's reads it back.
        assertEquals(VirtualMachine.fromCmdLine(argv), VirtualMachine.fromJson(parsed.out()));
        assertEquals(VfkitCommand.fromCmdLine(argv), VmDocument.parse(parsed.out(), false));
        assertEquals(argv, Cli.withStdin(parsed.out(), "print", "-").outLines());
    }

    @Test
    void aPodmanMachineFileIsReadWithTheEndpointPodmanGivesVfkit() {
        Path machine = Cli.resource("podman-machine-default.json");
        Cli.Result printed = Cli.inProcess("print", machine.toString());
        assertEquals(0, printed.exitCode(), printed::toString);
        List<String> argv = printed.outLines();
        assertEquals(List.of("--cpus", "6", "--memory", "8192"), argv.subList(0, 4));
        assertEquals(List.of("--restful-uri", "tcp://localhost:54623"), argv.subList(argv.size() - 2, argv.size()));
        assertTrue(argv.contains("virtio-net,unixSocketPath=/var/folders/7q/0v5x_qmd3r1cb8k6m0xv4q1h0000gn/T/podman/"
                + "podman-machine-default-gvproxy.sock,mac=5a:94:ef:e4:0c:ee"), argv::toString);
    }

    @Test
    void errorsInAFileNameTheFileAndTheJsonPath() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "vcpus: 2\nbootloader:\n  kind: efiBootloader\n"
                + "  efiVariableStorePath: /x\ndevices:\n- kind: virtiosock\n  port: 0\n  socketURL: /tmp/s\n");
        Cli.Result result = Cli.inProcess("print", bad.toString());
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("vfkit4j print: " + bad + ": $.devices[0].port"), result.err());
        assertTrue(result.err().contains("out of range (from 1 to 4294967295)"), result.err());

        Cli.Result missing = Cli.inProcess("print", dir.resolve("nope.json").toString());
        assertEquals(1, missing.exitCode());
        assertEquals("vfkit4j print: " + dir.resolve("nope.json") + ": no such file\n", missing.err());

        Cli.Result notJson = Cli.withStdin("{\"vcpus\": 1,", "print", "-");
        assertEquals(1, notJson.exitCode());
        assertEquals(1, notJson.errLines().size(), notJson::toString);
        assertTrue(notJson.err().startsWith("vfkit4j print: <stdin>: "), notJson.err());
    }

    @Test
    void parseRefusesWhatVfkitRefuses() {
        Cli.Result result = Cli.inProcess("parse", "--", "--cpus", "2", "--bootloader", "efi,variable-store=/x",
                "--device", "virtio-vsock,port=0,socketURL=/tmp/s");
        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals("vfkit4j parse: virtio-vsock: option 'port' = '0': out of range (from 1 to 4294967295)\n",
                result.err());
    }

    @Test
    void shellLineQuotesWhatTheShellWouldSplit() throws Exception {
        Path json = Files.writeString(dir.resolve("vm.json"), Cli.inProcess(parse(List.of("--bootloader",
                "efi,variable-store=/Users/me/VM's vars.fd", "--device",
                "virtio-fs,sharedDir=/tmp/$HOME,mountTag=t"))).out());
        Cli.Result shell = Cli.inProcess("print", "--shell", json.toString());
        assertEquals(0, shell.exitCode(), shell::toString);
        assertEquals("vfkit --cpus 1 --memory 512 --bootloader 'efi,variable-store=/Users/me/VM'\\''s vars.fd' --device"
                + " 'virtio-fs,sharedDir=/tmp/$HOME,mountTag=t'\n", shell.out());
    }

    @Test
    void nulSeparatedOutputKeepsLineBreaksInArguments() throws Exception {
        Path json = Files.writeString(dir.resolve("vm.json"), Cli.inProcess(parse(List.of("--bootloader",
                "efi,variable-store=/tmp/a\nb"))).out());
        Cli.Result lines = Cli.inProcess("print", json.toString());
        assertEquals(1, lines.exitCode());
        assertTrue(lines.err().contains("use --shell or --null"), lines.err());
        assertEquals("--cpus\0001\0--memory\000512\0--bootloader\0efi,variable-store=/tmp/a\nb\0",
                Cli.inProcess("print", "-0", json.toString()).out());
    }

    @Test
    void printForATarget() throws Exception {
        Path json = Files.writeString(dir.resolve("vm.json"), Cli.inProcess(parse(List.of("--cpus", "2", "--memory",
                "2048", "--bootloader", "efi,variable-store=/tmp/efi,create", "--device", "virtio-rng", "--log-level",
                "debug"))).out());
        Cli.Result krunkit = Cli.inProcess("print", "--target", "krunkit-1.2.1", "--shell", json.toString());
        assertEquals(0, krunkit.exitCode(), krunkit::toString);
        assertEquals("krunkit --cpus 2 --memory 2048 --bootloader efi,variable-store=/tmp/efi,create --device"
                + " virtio-rng --krun-log-level 4\n", krunkit.out());

        Cli.Result nested = Cli.withStdin(Cli.inProcess(parse(List.of("--bootloader", "efi,variable-store=/tmp/efi",
                "--nested"))).out(), "print", "--target", "vfkit-0.6.1", "-");
        assertEquals(List.of("vfkit4j print: vfkit 0.6.1: cannot run this command line: --nested needs vfkit 0.6.2"),
                nested.errLines());
        assertEquals(2, Cli.inProcess("print", "--target", "vfkit-0.6", json.toString()).exitCode());
        Cli.Result bad = Cli.inProcess("print", "--target", "qemu-8", json.toString());
        assertEquals(2, bad.exitCode());
        assertEquals(List.of("vfkit4j print: Invalid value for option '--target': 'qemu-8': expected vfkit-<version>,"
                + " krunkit-<version> or latest, such as vfkit-0.6.1 or krunkit-1.2.1 (see 'vfkit4j print --help')"),
                bad.errLines());
    }
}
