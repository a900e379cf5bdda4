package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generated files that {@code docs/generated-code.md} shows are what the processor writes now, byte for byte,
 * so the page cannot describe code that no longer exists. Same switch as the reference to copy them in again.
 */
class GeneratedCodeDocTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().normalize();
    private static final Path DOC = MODULE.resolveSibling("docs").resolve("generated-code.md");
    private static final Path GENERATED = MODULE.resolve("target/generated-sources/annotations");
    /** What rewrites the page (the same property as docs/reference.md's, in this module). */
    private static final String UPDATE_COMMAND = "./mvnw -B -o verify -pl runtime -am"
            + " -Dvfkit4j.reference.update=true";

    /** {@code <!-- generated-file: path -->}, then the file in a java code block. */
    private static final Pattern EXCERPT = Pattern.compile(
            "<!-- generated-file: (\\S+) -->\n```java\n(.*?)```\n", Pattern.DOTALL);

    @Test
    void theExcerptsAreTheFilesTheProcessorWritesNow() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher excerpt = EXCERPT.matcher(doc);
        StringBuilder current = new StringBuilder();
        List<String> stale = new ArrayList<>();
        int excerpts = 0;
        while (excerpt.find()) {
            excerpts++;
            String file = excerpt.group(1);
            String generated = Files.readString(GENERATED.resolve(file), StandardCharsets.UTF_8);
            if (!generated.equals(excerpt.group(2))) {
                stale.add(file);
            }
            excerpt.appendReplacement(current, Matcher.quoteReplacement(
                    "<!-- generated-file: " + file + " -->\n```java\n" + generated + "```\n"));
        }
        excerpt.appendTail(current);
        assertTrue(excerpts >= 2, "the page shows a generated descriptor and builder");
        if (Boolean.getBoolean("vfkit4j.reference.update")) {
            Files.writeString(DOC, current.toString(), StandardCharsets.UTF_8);
            System.out.println("Rewrote " + DOC);
            return;
        }
        if (!stale.isEmpty()) {
            fail(DOC + " shows an old version of " + stale + " (under " + GENERATED + ").\nIf the processor's"
                    + " output changed on purpose, copy the files in again with: " + UPDATE_COMMAND);
        }
    }
}
