package dev.vfkit4j.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The golden cases: annotated records under {@code src/test/resources/fixtures/<case>/} that together use the whole
 * annotation vocabulary. Each case is compiled once per test run and shared by every test that looks at it.
 */
enum Fixture {
    /** A required unsigned {@code long} with a {@code @Range}, a required host path, a {@code @Choice} with a default. */
    VSOCK("vsock", "TestVsock.java"),
    /** {@code jsonDevName}, a {@code @Flag}, an enum option whose empty value unsets it, {@code omitEmpty}, a duration. */
    DISK("disk", "TestDisk.java"),
    /** {@code @Exclusive}, an alias, {@code @Syntax}, {@code @Requires}, on/off with a conditional default, hooks. */
    NET("net", "TestNet.java"),
    /** Two required ints whose defaults apply only together, and JSON-only state. */
    GPU("gpu", "TestGpu.java"),
    /** A bootloader with {@code @TrimQuotes} and a {@code @Printer} that returns the whole argv. */
    BOOTLOADER("bootloader", "TestLinux.java");

    private static final Map<Fixture, Compilation> COMPILED = new EnumMap<>(Fixture.class);

    final String directory;
    private final List<String> files;

    Fixture(String directory, String... files) {
        this.directory = directory;
        this.files = List.of(files);
    }

    /** The annotated record's simple name: the fixture's first file without {@code .java}. */
    String recordName() {
        return files.get(0).substring(0, files.get(0).length() - ".java".length());
    }

    /** The fixture's sources, read from the test class path. */
    List<JavaFileObject> sources() {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String file : files) {
            String resource = "fixtures/" + directory + "/" + file;
            URL url = Fixture.class.getClassLoader().getResource(resource);
            if (url == null) {
                throw new AssertionError("missing fixture " + resource);
            }
            sources.add(JavaFileObjects.forResource(url));
        }
        return sources;
    }

    /** The fixture compiled with the processor: once, then shared (javac is the slow part of these tests). */
    synchronized Compilation compilation() {
        return COMPILED.computeIfAbsent(this, fixture -> fixture.compileAgain());
    }

    /** A fresh compilation, for tests that compare two runs. */
    Compilation compileAgain() {
        return ProcessorCompiler.compile(sources().toArray(JavaFileObject[]::new));
    }
}
