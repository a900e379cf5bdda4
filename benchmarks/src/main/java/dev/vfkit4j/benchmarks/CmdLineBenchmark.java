package dev.vfkit4j.benchmarks;

import dev.vfkit4j.VirtualMachine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * vfkit's argv to a {@link VirtualMachine} and back, on the workload of {@code ../shared/bench/workload.md}, the
 * operations vfkit's {@code go test -bench} figures measure: parsing (flags, bootloader, every device's options and
 * checks) and {@code toCmdLine()}.
 *
 * <p>The defaults (one fork, 3 × 1 s warm-up, 5 × 1 s measurement) keep a full run near two minutes on a 2-core
 * machine; command-line options override them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CmdLineBenchmark {

    /** How many times the ten {@code --device} pairs are given: 1 is the workload, 100 is 1 000 devices. */
    @Param({"1", "10", "100", "1000"})
    public int repetitions;

    private List<String> argv;
    private VirtualMachine vm;

    @Setup
    public void setUp() {
        argv = Workload.argv(repetitions);
        vm = VirtualMachine.fromCmdLine(argv);
    }

    /** argv → VirtualMachine: vfkit's "parse: bootloader + 10 devices" (and "parse with 1 000 devices"). */
    @Benchmark
    public VirtualMachine parse() {
        return VirtualMachine.fromCmdLine(argv);
    }

    /** VirtualMachine → argv: vfkit's {@code ToCmdLine}. */
    @Benchmark
    public List<String> print() {
        return vm.toCmdLine();
    }
}
