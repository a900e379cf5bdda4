package dev.vfkit4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's project as the README describes it, built with plain javac and run with plain java on vfkit4j's built
 * jars: the custom device of {@code docs/custom-devices.md}, the jars of the README's javac table, and on the module
 * path the README's {@code module-info.java}. Parsing the device back from the command line works only when
 * {@code ServiceLoader} found its descriptor, so this checks discovery on both paths.
 */
class ModulePathTest {
    private static final String MAIN = """
            package com.example;

            import dev.vfkit4j.Devices;
            import dev.vfkit4j.VirtualMachine;
            import dev.vfkit4j.bootloaders.EfiBootloader;
            import java.nio.file.Path;
            import java.util.List;

            public class Main {
                public static void main(String[] args) {
                    VirtualMachine vm = VirtualMachine.builder()
                            .bootloader(EfiBootloader.withNewVariableStore("/tmp/efi-vars.fd"))
                            .device(VirtioConsole.builder().socketPath(Path.of("/tmp/qga.sock")).build())
                            .build();
                    List<String> argv = vm.toCmdLine();
                    System.out.println(String.join(" ", argv));
                    System.out.println("parsed back: " + VirtualMachine.fromCmdLine(argv).equals(vm));
                    System.out.println("from JSON: " + VirtualMachine.fromJson(vm.toJson()).equals(vm));
                    System.out.println("described: " + Devices.byName("virtio-console").isPresent());
                    System.out.println("named module: " + Main.class.getModule().isNamed());
                }
            }
            """;

    @Test
    void onTheClassPath(@TempDir Path project) throws IOException, InterruptedException {
        List<String> output = buildAndRun(project, false);
        assertEquals(expected(false), output);
    }

    @Test
    void onTheModulePath(@TempDir Path project) throws IOException, InterruptedException {
        List<String> output = buildAndRun(project, true);
        assertEquals(expected(true), output);
    }

    private static List<String> expected(boolean named) {
        return List.of("--cpus 1 --memory 512 --bootloader efi,variable-store=/tmp/efi-vars.fd,create --device virtio-console,"
                        + "socketPath=/tmp/qga.sock,name=org.qemu.guest_agent.0,mode=listen,index=1",
                "parsed back: true", "from JSON: true", "described: true", "named module: " + named);
    }

    private static List<String> buildAndRun(Path project, boolean modular) throws IOException, InterruptedException {
        List<List<String>> paths = ReadmeDocTest.javacPaths();
        String libraries = jars(paths.get(0));
        String processorPath = jars(paths.get(1));
        Path sources = Files.createDirectories(project.resolve("src/com/example"));
        Files.writeString(sources.resolve("VirtioConsole.java"), DocBlocks.customDeviceRecord());
        Files.writeString(sources.resolve("Main.java"), MAIN);
        List<Path> files = new ArrayList<>(List.of(sources.resolve("VirtioConsole.java"), sources.resolve("Main.java")));
        if (modular) {
            Path moduleInfo = project.resolve("src/module-info.java");
            Files.writeString(moduleInfo, ReadmeDocTest.moduleDeclaration());
            files.add(moduleInfo);
        }
        Path classes = project.resolve("classes");
        compile(files, List.of(modular ? "--module-path" : "-classpath", libraries, "-processorpath", processorPath,
                "-d", classes.toString(), "-s", project.resolve("generated").toString()));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String path = classes + File.pathSeparator + libraries;
        // On the module path, also resolve the client module from the same jars: the README's list must be complete.
        List<String> command = modular
                ? List.of(java, "--module-path", path, "--add-modules", "dev.vfkit4j.client", "-m",
                        moduleName() + "/com.example.Main")
                : List.of(java, "-cp", path, "com.example.Main");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        return output.lines().toList();
    }

    private static String moduleName() throws IOException {
        String declaration = ReadmeDocTest.moduleDeclaration();
        return declaration.substring("module ".length(), declaration.indexOf(' ', "module ".length()));
    }

    private static void compile(List<Path> files, List<String> options) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> all = new ArrayList<>(List.of("--release", "17", "-Xlint:all,-processing", "-Werror"));
            all.addAll(options);
            boolean compiled = javac.getTask(null, fileManager, diagnostics, all, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                messages.add(diagnostic.toString());
            }
            assertTrue(compiled, () -> String.join("\n", messages));
            assertEquals(List.of(), messages, "warnings");
        }
    }

    /**
     * The built jars of these artifacts, found on this test's class path (the reactor's {@code target/} jars for
     * vfkit4j's own modules); each must be there.
     */
    private static String jars(List<String> artifacts) {
        List<String> found = new ArrayList<>();
        for (String artifact : artifacts) {
            String match = null;
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                String file = Path.of(entry).getFileName().toString();
                if (file.matches(java.util.regex.Pattern.quote(artifact) + "-[0-9].*\\.jar")
                        && !file.endsWith("-tests.jar")) {
                    match = entry;
                }
            }
            assertFalse(match == null, () -> artifact + " is not a jar on " + System.getProperty("java.class.path"));
            found.add(match);
        }
        return String.join(File.pathSeparator, found);
    }
}
