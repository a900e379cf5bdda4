package dev.vfkit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every subcommand as a user runs it: {@code java -jar cli/target/vfkit4j.jar ...}, a separate process, judged by its
 * exit code, stdout and stderr. Runs after {@code package} (failsafe).
 */
class JarIT {
    private static final List<String> WORKLOAD = Shared.workloadArgv();

    @TempDir
    Path dir;

    private static String[] concat(List<String> first, List<String> rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    @Test
    void versionAndHelp() {
        Cli.Result version = Cli.jar("--version");
        assertEquals(0, version.exitCode(), version::toString);
        assertTrue(version.out().matches("vfkit4j \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), version.out());
        for (String subcommand : CliBasicsTest.SUBCOMMANDS) {
            Cli.Result help = Cli.jar(subcommand, "--help");
            assertEquals(0, help.exitCode(), help::toString);
            assertTrue(help.out().startsWith("Usage: vfkit4j " + subcommand), help.out());
        }
    }

    @Test
    void usageErrorsExitTwo() {
        Cli.Result result = Cli.jar("print");
        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertEquals("vfkit4j print: Missing required parameter: '<file>' (see 'vfkit4j print --help')\n",
                result.err());
    }

    @Test
    void parseThenPrintGivesBackTheWorkload() throws Exception {
        Cli.Result yaml = Cli.jar(concat(List.of("parse", "--yaml", "--"), WORKLOAD));
        assertEquals(0, yaml.exitCode(), yaml::toString);
        assertEquals("", yaml.err());
        Path file = Files.writeString(dir.resolve("vm.yaml"), yaml.out());

        Cli.Result printed = Cli.jar("print", file.toString());
        assertEquals(0, printed.exitCode(), printed::toString);
        assertEquals(WORKLOAD, printed.outLines());
        assertEquals("", printed.err());

        Cli.Result json = Cli.jar(concat(List.of("parse", "--"), WORKLOAD));
        Cli.Result fromStdin = Cli.jar(List.of(), json.out(), "print", "--shell", "-");
        assertEquals(0, fromStdin.exitCode(), fromStdin::toString);
        assertEquals("vfkit " + String.join(" ", WORKLOAD) + "\n", fromStdin.out());
    }

    @Test
    void theSampleInExamples() {
        Cli.Result printed = Cli.jar("print", "../examples/podman-machine.yaml");
        assertEquals(0, printed.exitCode(), printed::toString);
        assertEquals(WORKLOAD, printed.outLines());
    }

    @Test
    void invalidConfigurationExitsOneWithOneLine() {
        Cli.Result result = Cli.jar("parse", "--", "--bootloader", "efi,variable-store=/x", "--device",
                "virtio-gpu,width=0");
        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals("vfkit4j parse: virtio-gpu: option 'width' = '0': out of range (from 1 to 2147483647)\n",
                result.err());
    }

    @Test
    void checkListsEveryProblem() {
        Cli.Result result = Cli.jar("check", "--", "--bootloader", "efi,variable-store=/x", "--device",
                "virtio-blk,path=" + dir.resolve("a.raw"), "--device", "virtio-blk,path=" + dir.resolve("b.raw"));
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(List.of("vfkit4j check: virtio-blk: option 'path' = '" + dir.resolve("a.raw") + "': does not"
                + " exist", "vfkit4j check: virtio-blk: option 'path' = '" + dir.resolve("b.raw") + "': does not"
                + " exist"),
                result.errLines());
        Cli.Result ok = Cli.jar("check", "--no-host", "../examples/podman-machine.yaml");
        assertEquals(new Cli.Result(0, "ok: 4 vCPUs, 4 GiB, efi bootloader, 10 devices\n", ""), ok);
    }

    @Test
    void devicesAndSchemaFindYourOwnDevicesOnTheClassPath() {
        Path testClasses = Path.of("target", "test-classes");
        Cli.Result devices = Cli.jar(List.of(testClasses), "", "devices", "virtio-sound");
        assertEquals(0, devices.exitCode(), devices::toString);
        assertTrue(devices.out().contains("### `virtio-sound`"), devices.out());

        Cli.Result builtIn = Cli.jar("devices");
        assertEquals(0, builtIn.exitCode());
        assertTrue(builtIn.out().contains("### `virtio-vsock`") && !builtIn.out().contains("virtio-sound"));

        Cli.Result schema = Cli.jar(List.of(testClasses), "", "schema");
        assertEquals(0, schema.exitCode(), schema::toString);
        assertTrue(schema.out().startsWith("{\n  \"$schema\" : \"https://json-schema.org/draft/2020-12/schema\","),
                schema.out());
        assertTrue(schema.out().contains("\"device.virtiosound\""), "the class path's own device");
    }

    /** Ctrl-C on {@code vfkit4j run}: the VM is stopped politely and vfkit4j exits with vfkit's status. */
    @Test
    void runStopsTheVmOnCtrlCAndExitsWithVfkitsStatus() throws Exception {
        Path vfkit = FakeVfkits.vfkit(dir);
        Path pidFile = dir.resolve("vfkit.pid");
        Path vm = FakeVfkits.vmFile(dir, "\"pidFile\":\"" + pidFile + "\"");
        List<String> log = runUntilCtrlC(vm, vfkit, "vfkit",
                () -> assertEquals("VirtualMachineStateRunning\n", Cli.jar("state", "--pidfile", pidFile.toString())
                        .out()));
        assertTrue(log.get(0).matches("vfkit4j run: started .*/vfkit \\(vfkit 0\\.6\\.4, pid [0-9]+\\), REST API at"
                + " unix:///.*"), log::toString);
    }

    /** The same with krunkit, whose REST API answers differently and whose version run asks for. */
    @Test
    void runStartsKrunkitToo() throws Exception {
        Path krunkit = FakeVfkits.krunkit(dir);
        List<String> log = runUntilCtrlC(FakeVfkits.vmFile(dir, ""), krunkit, "krunkit", () -> { });
        assertTrue(log.get(0).matches("vfkit4j run: started .*/krunkit \\(krunkit 1\\.2\\.1, pid [0-9]+\\), REST API"
                + " at unix:///.*"), log::toString);
    }

    /** Starts {@code run}, waits until it says the VM runs, checks {@code whileRunning}, then sends it SIGINT. */
    private static List<String> runUntilCtrlC(Path vm, Path binary, String program, Runnable whileRunning)
            throws Exception {
        Process run = Cli.start(List.of(), "run", vm.toString(), "--vfkit", binary.toString());
        run.getOutputStream().close();
        BufferedReader stderr = new BufferedReader(new InputStreamReader(run.getErrorStream(),
                StandardCharsets.UTF_8));
        List<String> log = new ArrayList<>();
        try {
            String line;
            while ((line = stderr.readLine()) != null) {
                log.add(line);
                if (line.equals("vfkit4j run: the VM is running; Ctrl-C stops it")) {
                    break;
                }
            }
            whileRunning.run();
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).start();
            assertEquals(0, kill.waitFor());
            while ((line = stderr.readLine()) != null) {
                log.add(line);
            }
            assertTrue(run.waitFor(30, TimeUnit.SECONDS), log::toString);
        } finally {
            run.destroyForcibly();
        }
        assertEquals(0, run.exitValue(), log::toString);
        assertTrue(log.contains("vfkit4j run: stopping the VM (Ctrl-C again to kill " + program + ")"),
                log::toString);
        assertEquals("vfkit4j run: " + program + " exited with status 0", log.get(log.size() - 1));
        return log;
    }

    @Test
    void printForKrunkit() {
        Cli.Result result = Cli.jar("print", "--shell", "--target", "krunkit-1.2.1", "../examples/podman-machine.yaml");
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("vfkit4j print: krunkit 1.2.1: cannot run this command line: "),
                result.err());
    }

    @Test
    void restSubcommandsExitOneWhenNothingAnswers() {
        Cli.Result result = Cli.jar("inspect", "--endpoint", "tcp://127.0.0.1:9");
        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("vfkit4j inspect: "), result.err());
    }
}
