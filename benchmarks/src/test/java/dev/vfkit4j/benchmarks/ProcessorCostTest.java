package dev.vfkit4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ProcessorCost compiles what it claims: device records that javac takes both without and with the processor. */
class ProcessorCostTest {

    @Test
    void copiesAreRenamedDevicesWithoutBuilderMethods() {
        String copy = DeviceRecords.copy("VirtioVsock", "Vsock007", 7);
        assertTrue(copy.startsWith("package " + DeviceRecords.PACKAGE + ";"), copy);
        assertTrue(copy.contains("@VfkitDevice(name = \"virtio-vsock-007\", kind = \"virtiosock007\""), copy);
        assertTrue(copy.contains("public record Vsock007("), copy);
        assertTrue(copy.contains("public enum Direction {"), copy);
        assertFalse(copy.contains("VirtioVsock"), copy);
        assertFalse(copy.contains("builder()"), copy);
        assertFalse(copy.contains("listen(long port"), copy);
    }

    @Test
    void recordsCompileWithoutAndWithTheProcessor(@TempDir Path work) throws Exception {
        List<Path> sources = DeviceRecords.write(work.resolve("src"), 3);
        assertEquals(List.of("Blk000.java", "Vsock001.java", "Nbd002.java"),
                sources.stream().map(source -> source.getFileName().toString()).toList());

        ProcessorCost.Compilation without = ProcessorCost.compile(sources, ProcessorCost.Mode.WITHOUT,
                work.resolve("without"), ProcessorCost.path("processor-path.txt"), List.of());
        // The three records and the two nested enums; nothing generated.
        assertEquals(5, without.classFiles());
        assertEquals(0, without.generatedFiles());

        ProcessorCost.Compilation with = ProcessorCost.compile(sources, ProcessorCost.Mode.WITH,
                work.resolve("with"), ProcessorCost.path("processor-path.txt"), List.of());
        Path classes = work.resolve("with/classes/" + DeviceRecords.PACKAGE.replace('.', '/'));
        for (String record : List.of("Blk000", "Vsock001", "Nbd002")) {
            assertTrue(Files.exists(classes.resolve(record + "Builder.class")), record);
            assertTrue(Files.exists(classes.resolve(record + "Descriptor.class")), record);
        }
        assertTrue(with.generatedFiles() >= 6, "generated " + with.generatedFiles());
        assertTrue(with.generatedLines() > 0);
        assertTrue(with.processorNanos() > 0 && with.processorNanos() < with.nanos(), with.toString());
        assertTrue(with.processorCpuNanos() > 0, with.toString());
        assertEquals(without.classFiles() + with.generatedFiles(), with.classFiles());
        String services = Files.readString(work.resolve(
                "with/classes/META-INF/services/dev.vfkit4j.spi.ComponentDescriptor"));
        assertTrue(services.contains(DeviceRecords.PACKAGE + ".Vsock001Descriptor"), services);
    }
}
