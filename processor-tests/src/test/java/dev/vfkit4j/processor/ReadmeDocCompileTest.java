package dev.vfkit4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.vfkit4j.examples.DocBlocks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java in {@code README.md} compiles as a reader would paste it: its imports, then its statements. */
class ReadmeDocCompileTest {

    @Test
    void theUsageSnippetsCompileWithTheirOwnImports(@TempDir Path output) throws IOException {
        List<String> blocks = DocBlocks.blocks(DocBlocks.README, "java");
        List<String> imports = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String block : blocks) {
            if (!block.contains("VirtualMachine vm =") && !block.contains("VfkitLauncher.of(")) {
                continue; // a record declaration or generated code: not statements
            }
            for (String line : block.split("\n")) {
                if (line.startsWith("import ")) {
                    imports.add(line);
                } else {
                    body.append("        ").append(line).append('\n');
                }
            }
        }
        assertTrue(body.indexOf("VfkitLauncher.of(") > 0 && body.indexOf("VirtualMachine vm =") > 0, body::toString);
        String source = "package com.example;\n\n" + String.join("\n", imports) + "\n\nclass Readme {\n"
                + "    void use() throws Exception {\n" + body + "    }\n}\n";
        assertEquals(List.of(), ProcessorCompiler.compileAgainstTestClassPath(output,
                JavaFileObjects.forSourceString("com.example.Readme", source)).errors(), source);
    }
}
