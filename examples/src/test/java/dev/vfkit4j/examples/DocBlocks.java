package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fenced code blocks of the project's Markdown pages, for the tests that run them (here) and the tests that compile
 * them (processor-tests, through this module's test jar): one reading of the pages for both.
 */
public final class DocBlocks {
    private static final Path PROJECT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().getParent();
    /** The README at the project's root. */
    public static final Path README = PROJECT.resolve("README.md");
    /** The custom-devices guide. */
    public static final Path CUSTOM_DEVICES = PROJECT.resolve("docs").resolve("custom-devices.md");

    private DocBlocks() {
    }

    /** The page's {@code ```language} blocks, in order. */
    public static List<String> blocks(Path page, String language) {
        String text = read(page);
        List<String> blocks = new ArrayList<>();
        String fence = "```" + language + "\n";
        for (int start = text.indexOf(fence); start >= 0; start = text.indexOf(fence, start)) {
            start += fence.length();
            int end = text.indexOf("```\n", start);
            blocks.add(text.substring(start, end));
            start = end;
        }
        return blocks;
    }

    /** The first {@code ```java} block after the line {@code heading}. */
    public static String javaBlockAfter(Path page, String heading) {
        String text = read(page);
        int section = text.indexOf("\n" + heading + "\n");
        assertTrue(section >= 0, heading + " in " + page);
        int start = text.indexOf("```java\n", section) + "```java\n".length();
        return text.substring(start, text.indexOf("```\n", start));
    }

    /** The custom-devices guide's record, in package {@code com.example} with the imports it needs. */
    public static String customDeviceRecord() {
        String record = javaBlockAfter(CUSTOM_DEVICES, "## Write the record");
        assertTrue(record.startsWith("package com.example;\n"), record);
        return record;
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
