package dev.vfkit4j.benchmarks;

import dev.vfkit4j.VirtualMachine;
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
 * The workload's VM to vfkit's JSON and back: vfkit's {@code json.Marshal} and {@code json.Unmarshal} figures. The VM
 * is the one {@link CmdLineBenchmark} parses, so the JSON is exactly what vfkit writes for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonBenchmark {

    /** How many times the ten devices are repeated: 1 is the workload, 100 is 1 000 devices. */
    @Param({"1", "100"})
    public int repetitions;

    private VirtualMachine vm;
    private String json;

    @Setup
    public void setUp() {
        vm = VirtualMachine.fromCmdLine(Workload.argv(repetitions));
        json = vm.toJson();
    }

    /** VirtualMachine → JSON: vfkit's {@code json.Marshal}. */
    @Benchmark
    public String write() {
        return vm.toJson();
    }

    /** JSON → VirtualMachine, checked as strictly as the command line: vfkit's {@code json.Unmarshal}. */
    @Benchmark
    public VirtualMachine read() {
        return VirtualMachine.fromJson(json);
    }
}
