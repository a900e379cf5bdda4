package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.spi.ComponentDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runtime's {@code module-info.java} provides exactly the descriptors that the processor lists in the services
 * file (the two ways {@code ServiceLoader} finds them, on the module path and on the class path), uses the service,
 * and exports the SPI that generated code compiles against.
 */
class ModuleDescriptorTest {
    private static final String SERVICE = ComponentDescriptor.class.getName();

    @Test
    void providesWhatTheServicesFileLists() throws IOException, URISyntaxException {
        Path classes = Path.of(Devices.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        List<String> listed = new ArrayList<>();
        for (String line : Files.readAllLines(classes.resolve("META-INF/services/" + SERVICE),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.add(line.strip());
            }
        }
        List<String> provided = module.provides().stream().filter(p -> p.service().equals(SERVICE))
                .flatMap(p -> p.providers().stream()).sorted().toList();
        assertEquals(listed.stream().sorted().toList(), provided,
                "module-info.java's 'provides " + SERVICE + " with ...' and the services file differ");
        assertEquals(Set.of(SERVICE), module.uses());
        assertTrue(module.exports().stream().anyMatch(e -> e.source().equals("dev.vfkit4j.spi") && !e.isQualified()));
    }
}
