package dev.vfkit4j.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an executable named {@code vfkit} that runs {@link FakeVfkit} on this test's class path: a shell script that
 * {@code exec}s java, so that the pid the launcher sees is the fake's own and signals reach it.
 */
public final class FakeVfkitExecutable {
    private FakeVfkitExecutable() {
    }

    public static Path create(Path directory) throws IOException {
        // Surefire runs tests from a manifest-only jar and gives the real class path here.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String script = "#!/bin/sh\n"
                + "exec " + quote(java.toString()) + " -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                + " -cp " + quote(classPath) + " " + FakeVfkit.class.getName() + " \"$@\"\n";
        Path executable = directory.resolve("vfkit");
        Files.writeString(executable, script);
        Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwx------"));
        return executable;
    }

    /** Single quotes, inside which sh takes everything as written but a single quote. */
    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
