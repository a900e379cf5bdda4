package dev.vfkit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.VirtualMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} and the REST subcommands, in this JVM, against the client module's fake vfkit (its own process). */
class RunAndRestTest {
    private static final String RUNNING = "VirtualMachineStateRunning\n";

    @TempDir
    Path dir;

    private static CompletableFuture<Cli.Result> runInBackground(String... args) {
        return CompletableFuture.supplyAsync(() -> Cli.inProcess(args));
    }

    /** Asks {@code state} until the VM runs (or {@code run} ended, which the caller then sees). */
    private static void awaitRunning(CompletableFuture<Cli.Result> run, String... target) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !run.isDone()) {
            String[] args = new String[target.length + 1];
            args[0] = "state";
            System.arraycopy(target, 0, args, 1, target.length);
            if (Cli.inProcess(args).out().equals(RUNNING)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the VM did not run: " + (run.isDone() ? run.get() : "still waiting"));
    }

    @Test
    void runStartsVfkitWaitsAndExitsWithItsStatusOnceTheVmIsStopped() throws Exception {
        Path vfkit = FakeVfkits.vfkit(dir);
        String endpoint = "unix://" + dir.resolve("rest.sock");
        Path vm = FakeVfkits.vmFile(dir, "\"restfulUri\":\"" + endpoint + "\"");

        CompletableFuture<Cli.Result> run = runInBackground("run", vm.toString(), "--vfkit", vfkit.toString());
        awaitRunning(run, "--endpoint", endpoint);

        Cli.Result inspect = Cli.inProcess("inspect", "--endpoint", endpoint);
        assertEquals(0, inspect.exitCode(), inspect::toString);
        assertEquals(VirtualMachine.fromJson(Files.readString(vm)), VirtualMachine.fromJson(inspect.out()));

        assertEquals(new Cli.Result(0, "", ""), Cli.inProcess("pause", "--endpoint", endpoint));
        assertEquals("VirtualMachineStatePaused\n", Cli.inProcess("state", "--endpoint", endpoint).out());
        assertEquals(new Cli.Result(0, "", ""), Cli.inProcess("resume", "--endpoint", endpoint));
        assertEquals(RUNNING, Cli.inProcess("state", "--endpoint", endpoint).out());
        assertEquals(new Cli.Result(0, "", ""), Cli.inProcess("stop", "--endpoint", endpoint));

        Cli.Result result = run.get(30, TimeUnit.SECONDS);
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.out());
        List<String> log = result.errLines();
        assertTrue(log.get(0).startsWith("vfkit4j run: started " + vfkit + " (vfkit 0.6.4, pid "), log.get(0));
        assertTrue(log.get(0).endsWith("), REST API at " + endpoint), log.get(0));
        assertEquals("vfkit4j run: the VM is running; Ctrl-C stops it", log.get(1));
        assertEquals("vfkit4j run: vfkit exited with status 0", log.get(log.size() - 1));
    }

    @Test
    void withoutAnEndpointRunServesOneOfItsOwnWhichThePidFileFinds() throws Exception {
        Path vfkit = FakeVfkits.vfkit(dir);
        Path pidFile = dir.resolve("vfkit.pid");
        Path vm = FakeVfkits.vmFile(dir, "\"pidFile\":\"" + pidFile + "\"");

        CompletableFuture<Cli.Result> run = runInBackground("run", vm.toString(), "--vfkit", vfkit.toString());
        awaitRunning(run, "--pidfile", pidFile.toString());
        Cli.Result hardStop = Cli.inProcess("hardstop", "--pidfile", pidFile.toString());
        assertEquals(new Cli.Result(0, "", ""), hardStop, () -> hardStop + "\nrun: " + run.join());

        Cli.Result result = run.get(30, TimeUnit.SECONDS);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.errLines().get(0).matches("vfkit4j run: started .* REST API at unix:///.*/rest\\.sock"),
                result.err());
    }

    @Test
    void whenVfkitFailsRunExitsWithItsStatus() throws Exception {
        Path vfkit = FakeVfkits.vfkit(dir, FakeVfkits.VFKIT_0_6_4, "exit-at-once");
        Cli.Result result = Cli.inProcess("run", FakeVfkits.vmFile(dir, "").toString(), "--vfkit", vfkit.toString());
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("vfkit4j run: vfkit exited with status 1", result.errLines().get(result.errLines().size() - 1));
    }

    /** vfkit 0.6.1 (podman's) has no --pidfile: run asks the binary its version and refuses before starting it. */
    @Test
    void runPrintsForTheVersionOfTheBinary() throws Exception {
        Path vfkit = FakeVfkits.vfkit(dir, FakeVfkits.VFKIT_0_6_1, "");
        Path vm = FakeVfkits.vmFile(dir, "\"pidFile\":\"" + dir.resolve("vfkit.pid") + "\"");
        Cli.Result result = Cli.inProcess("run", vm.toString(), "--vfkit", vfkit.toString());
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(List.of("vfkit4j run: vfkit 0.6.1: cannot run this command line: --pidfile needs vfkit 0.6.2"),
                result.errLines());
        assertTrue(Files.notExists(dir.resolve("vfkit.pid")), "nothing was started");

        Cli.Result printed = Cli.inProcess("print", "--target", "vfkit-0.6.1", vm.toString());
        assertEquals(List.of("vfkit4j print: vfkit 0.6.1: cannot run this command line: --pidfile needs vfkit 0.6.2"),
                printed.errLines());
    }

    @Test
    void hostChecksComeFirst() throws Exception {
        Path vm = Files.writeString(dir.resolve("vm.yaml"), "bootloader: {kind: efiBootloader, efiVariableStorePath: "
                + dir.resolve("efi.fd") + "}\ndevices:\n- {kind: virtioblk, imagePath: " + dir.resolve("none.raw")
                + "}\n");
        Cli.Result result = Cli.inProcess("run", vm.toString(), "--vfkit", "/nonexistent/vfkit");
        assertEquals(1, result.exitCode());
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().contains("virtio-blk: option 'path' = '" + dir.resolve("none.raw") + "'"),
                result.err());
    }

    @Test
    void restCommandsSayWhenNothingAnswers() {
        Cli.Result result = Cli.inProcess("state", "--endpoint", "unix://" + dir.resolve("nobody.sock"));
        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("vfkit4j state: "), result.err());

        Cli.Result noPid = Cli.inProcess("stop", "--pidfile", dir.resolve("none.pid").toString());
        assertEquals(1, noPid.exitCode());
        assertTrue(noPid.err().startsWith("vfkit4j stop: --pidfile: '" + dir.resolve("none.pid") + "': cannot be"
                + " read"), noPid.err());
    }
}
