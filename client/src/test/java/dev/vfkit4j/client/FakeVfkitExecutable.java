package dev.vfkit4j.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an executable named {@code vfkit} that runs {@link FakeVfkit} (or {@code krunkit}, running
 * {@link FakeKrunkit}) on this test's class path: a shell script that {@code exec}s java, so that the pid the launcher
 * sees is the fake's own and signals reach it.
 */
public final class FakeVfkitExecutable {
    private FakeVfkitExecutable() {
    }

    /** The line vfkit 0.6.4, built from its tag, prints for {@code --version} (cobra's template, with a ':'). */
    public static final String VFKIT_VERSION = "vfkit version: v0.6.4";
    /** The line krunkit 1.2.1 prints for {@code --version} (clap's). */
    public static final String KRUNKIT_VERSION = "krunkit 1.2.1";

    public static Path create(Path directory) throws IOException {
        return create(directory, "vfkit", FakeVfkit.class, VFKIT_VERSION);
    }

    /** An executable named {@code krunkit} that runs {@link FakeKrunkit}. */
    public static Path createKrunkit(Path directory) throws IOException {
        return createKrunkit(directory, "krunkit");
    }

    /** An executable named {@code name} that runs {@link FakeKrunkit}: krunkit under another name. */
    public static Path createKrunkit(Path directory, String name) throws IOException {
        return create(directory, name, FakeKrunkit.class, KRUNKIT_VERSION);
    }

    /**
     * The executable answers {@code --version} itself, as the real binaries do, with {@code FAKE_VERSION} from its
     * environment or else {@code version}; anything else goes to {@code main}.
     */
    private static Path create(Path directory, String name, Class<?> main, String version) throws IOException {
        // Surefire runs tests from a manifest-only jar and gives the real class path here.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String script = "#!/bin/sh\n"
                + "if [ $# -eq 1 ] && [ \"$1\" = --version ]; then\n"
                + "    printf '%s\\n' \"${FAKE_VERSION-" + version + "}\"\n"
                + "    exit 0\n"
                + "fi\n"
                + "exec " + quote(java.toString()) + " -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                + " -cp " + quote(classPath) + " " + main.getName() + " \"$@\"\n";
        Path executable = directory.resolve(name);
        Files.writeString(executable, script);
        Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwx------"));
        return executable;
    }

    /** Single quotes, inside which sh takes everything as written but a single quote. */
    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
