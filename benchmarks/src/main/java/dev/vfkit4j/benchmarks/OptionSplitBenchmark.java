package dev.vfkit4j.benchmarks;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
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
 * One {@code --device} value holding a growing number of options, accepted and refused: splitting on {@code ,} and
 * {@code =}, and everything after it, must cost time linear in the number of options (issue 9: it was quadratic,
 * 75 s for 1.1 million options). The figures in docs/benchmarks.md show time per option staying flat from 10^3 to
 * 10^6.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class OptionSplitBenchmark {

    /** How many {@code ,readonly} options follow {@code virtio-blk,path=/x}. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int options;

    private String accepted;
    private String refused;

    @Setup
    public void setUp() {
        accepted = argument(options);
        refused = accepted + ",bogus=1";
    }

    /** The input: {@code virtio-blk,path=/x} and {@code options} times {@code ,readonly}. */
    static String argument(int options) {
        return "virtio-blk,path=/x" + ",readonly".repeat(options);
    }

    /** Parsing a device with every option valid. */
    @Benchmark
    public Device accepted() {
        return Device.fromCmdLine(accepted);
    }

    /** The same options and an unknown one at the end: a refused input pays for everything before its error. */
    @Benchmark
    public ConfigException refused() {
        try {
            Device.fromCmdLine(refused);
        } catch (ConfigException expected) {
            return expected;
        }
        throw new IllegalStateException("an unknown option was accepted");
    }
}
