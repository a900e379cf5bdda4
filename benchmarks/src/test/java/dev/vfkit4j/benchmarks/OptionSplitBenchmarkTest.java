package dev.vfkit4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.devices.VirtioBlk;
import org.junit.jupiter.api.Test;

/** The split benchmark's inputs mean what it claims: one read-only disk, and the same with an unknown option. */
class OptionSplitBenchmarkTest {

    @Test
    void theInputsParseAndAreRefusedAsClaimed() {
        OptionSplitBenchmark benchmark = new OptionSplitBenchmark();
        benchmark.options = 1000;
        benchmark.setUp();
        assertEquals(VirtioBlk.builder().path("/x").readOnly(true).build(), benchmark.accepted());
        ConfigException error = benchmark.refused();
        assertEquals("virtio-blk", error.component());
        assertEquals("bogus", error.option());
        assertTrue(OptionSplitBenchmark.argument(3).endsWith("/x,readonly,readonly,readonly"));
    }
}
