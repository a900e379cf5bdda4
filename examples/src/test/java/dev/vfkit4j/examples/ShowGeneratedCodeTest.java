package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.Devices;
import dev.vfkit4j.examples.custom.VirtioConsole;
import dev.vfkit4j.spi.OptionDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The generated sources are where the docs say, and read as the docs say. */
class ShowGeneratedCodeTest {

    @Test
    void theProcessorWroteTwoClassesBesideTheRecordUnderTargetGeneratedSources() throws IOException {
        Path root = ShowGeneratedCode.generatedSourcesDirectory(VirtioConsole.class);
        assertTrue(root.endsWith(Path.of("target", "generated-sources", "annotations")), root::toString);
        List<Path> sources = ShowGeneratedCode.generatedSources(VirtioConsole.class);
        assertEquals(2, sources.size());
        for (Path source : sources) {
            assertTrue(Files.isRegularFile(source), () -> source + " is missing");
            String code = Files.readString(source, StandardCharsets.UTF_8);
            String simpleName = source.getFileName().toString().replace(".java", "");
            assertTrue(code.startsWith("package dev.vfkit4j.examples.custom;\n"), source::toString);
            assertTrue(code.contains("public final class " + simpleName + " "), source::toString);
            // Stable across builds: the marker names the processor and nothing that changes (no date, no version).
            assertTrue(code.contains("\n@Generated(\"dev.vfkit4j.processor.VfkitProcessor\")\n"), source::toString);
        }
    }

    @Test
    void theDescriptorHasAParserCaseAndAPrinterCallForEveryOptionKey() throws IOException {
        List<Path> sources = ShowGeneratedCode.generatedSources(VirtioConsole.class);
        String parser = Files.readString(sources.get(0), StandardCharsets.UTF_8);
        String printer = parser;
        for (OptionDescriptor<VirtioConsole, ?> option : Devices.descriptorOf(VirtioConsole.class).options()) {
            assertTrue(parser.contains("case \"" + option.key() + "\" ->"), option.key());
            // The printer hands each option's descriptor constant its value: socketPath is SOCKET_PATH, and name
            // NAME_OPTION, as the descriptor's NAME is taken.
            String constant = "out.option(" + option.name().replaceAll("([a-z0-9])([A-Z])",
                    "$1_$2").toUpperCase(Locale.ROOT);
            assertTrue(printer.contains(constant + ", ") || printer.contains(constant + "_OPTION, "), option.key());
        }
    }

    @Test
    void theServiceFileListsTheDescriptor() throws IOException {
        Path serviceFile = ShowGeneratedCode.classesDirectory(VirtioConsole.class)
                .resolve(ShowGeneratedCode.SERVICE_FILE);
        assertTrue(Files.readAllLines(serviceFile).contains(VirtioConsole.class.getName() + "Descriptor"));
    }

    @Test
    void mainShowsThePathsAndTheDescriptorAndBuilder() {
        String printed = Stdout.of(() -> ShowGeneratedCode.main(new String[0]));
        assertTrue(printed.contains(ShowGeneratedCode.generatedSourcesDirectory(VirtioConsole.class).toString()));
        assertTrue(printed.contains("public final class VirtioConsoleDescriptor "));
        assertTrue(printed.contains("public final class VirtioConsoleBuilder "));
        assertFalse(printed.contains("(missing!)"));
    }
}
