package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/launching.md} covers what it must. (That every Java snippet in it compiles is checked in the
 * processor-tests module, with the project's one javac harness: {@code LaunchingDocCompileTest}.)
 */
class LaunchingDocTest {
    private static final Path DOC = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().resolveSibling("docs").resolve("launching.md");

    @Test
    void thePageCoversKrunkitAttachingAndWrappers() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String section : List.of("## krunkit", "## Attach to a vfkit started earlier",
                "## Wrappers: vmnet-helper and `virtio-net,fd=N`", "## Logging")) {
            assertTrue(doc.contains("\n" + section + "\n"), section);
        }
        assertFalse(doc.contains("toProcessBuilder"), "the page names the old, moved API");
    }
}
