package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's module declaration and javac table name the real modules. (That its usage snippets compile as a reader
 * would paste them is checked in the processor-tests module, with the project's one javac harness:
 * {@code ReadmeDocCompileTest}.)
 */
class ReadmeDocTest {
    static final Path README = DocBlocks.README;

    @Test
    void theModuleDeclarationNamesTheRealModules() throws IOException {
        String declaration = moduleDeclaration();
        assertTrue(declaration.contains("requires dev.vfkit4j;"), declaration);
        assertTrue(declaration.contains("provides dev.vfkit4j.spi.ComponentDescriptor with"), declaration);
    }

    /** The README's {@code module-info.java} example; ModulePathTest compiles and runs it. */
    static String moduleDeclaration() throws IOException {
        for (String block : DocBlocks.blocks(README, "java")) {
            if (block.startsWith("module ")) {
                return block;
            }
        }
        throw new AssertionError("no module declaration in " + README);
    }

    /**
     * The artifacts the README's table puts on the class or module path (first column) and on the processor path
     * (second column): {@code vfkit4j-runtime}, {@code jackson-core}, ...
     */
    static List<List<String>> javacPaths() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int header = readme.indexOf("| `-cp` or `--module-path`");
        assertTrue(header >= 0, "the javac table");
        int row = readme.indexOf("\n|---|---|\n", header) + "\n|---|---|\n".length();
        String[] cells = readme.substring(row, readme.indexOf('\n', row)).split("\\|");
        return List.of(artifacts(cells[1]), artifacts(cells[2]));
    }

    private static List<String> artifacts(String cell) {
        List<String> names = new ArrayList<>();
        for (String part : cell.split("`")) {
            if (part.matches("[a-z][a-z0-9-]*")) {
                names.add(part);
            }
        }
        return names;
    }
}
