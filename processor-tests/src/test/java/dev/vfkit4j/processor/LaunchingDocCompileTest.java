package dev.vfkit4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet in {@code docs/launching.md} compiles, against the runtime and the client. Each follows a
 * {@code <!-- given: ... -->} comment that names what the snippet may use without declaring it; the snippet becomes
 * the body of a method taking those.
 */
class LaunchingDocCompileTest {
    private static final Path DOC = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().resolveSibling("docs").resolve("launching.md");
    private static final Pattern SNIPPET = Pattern.compile("<!-- given:([^\\n]*?)-->\\n```java\\n(.*?)```\\n",
            Pattern.DOTALL);

    @Test
    void everySnippetCompiles(@TempDir Path output) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> methods = new ArrayList<>();
        Matcher snippet = SNIPPET.matcher(doc);
        while (snippet.find()) {
            methods.add("    void snippet" + methods.size() + "(" + snippet.group(1).strip() + ") throws Exception {\n"
                    + snippet.group(2).indent(8) + "    }\n");
        }
        // None escapes the check: every java block has its given line.
        assertEquals(doc.split("```java\\n", -1).length - 1, methods.size(), "a java block without <!-- given -->");
        assertTrue(methods.size() >= 8, "the page lost its snippets: " + methods.size());

        String source = """
                package com.example;

                import dev.vfkit4j.*;
                import dev.vfkit4j.bootloaders.*;
                import dev.vfkit4j.client.*;
                import dev.vfkit4j.devices.*;
                import java.nio.file.Path;
                import java.time.Duration;
                import java.util.List;
                import java.util.Optional;

                class LaunchingSnippets {
                %s}
                """.formatted(String.join("\n", methods));
        assertEquals(List.of(), ProcessorCompiler.compileAgainstTestClassPath(output,
                JavaFileObjects.forSourceString("com.example.LaunchingSnippets", source)).errors(), source);
    }
}
