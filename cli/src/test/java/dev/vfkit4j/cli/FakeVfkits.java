package dev.vfkit4j.cli;

import dev.vfkit4j.client.FakeVfkitExecutable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The client module's fake vfkit and krunkit, as executables, and VM files for them. */
final class FakeVfkits {
    /** What vfkit 0.6.4 and 0.6.1 print for {@code --version}. */
    static final String VFKIT_0_6_4 = "vfkit version: v0.6.4";
    static final String VFKIT_0_6_1 = "vfkit version: v0.6.1";
    /** What krunkit 1.2.1 prints for {@code --version}. */
    static final String KRUNKIT_1_2_1 = "krunkit 1.2.1";

    private FakeVfkits() {
    }

    static Path vfkit(Path directory) throws IOException {
        return vfkit(directory, VFKIT_0_6_4, "");
    }

    /**
     * The fake vfkit in {@code directory}, answering {@code --version} with {@code version} as vfkit does (the fake
     * itself only runs VMs), misbehaving as {@code modes} says (FAKE_VFKIT_MODES), if any.
     */
    static Path vfkit(Path directory, String version, String modes) throws IOException {
        Path fake = FakeVfkitExecutable.create(Files.createDirectories(directory.resolve("fake")));
        return wrapper(directory.resolve("bin").resolve("vfkit"), fake, version, modes);
    }

    /** The fake krunkit, answering {@code --version} as krunkit 1.2.1 does. */
    static Path krunkit(Path directory) throws IOException {
        Path fake = FakeVfkitExecutable.createKrunkit(Files.createDirectories(directory.resolve("fake")));
        return wrapper(directory.resolve("bin").resolve("krunkit"), fake, KRUNKIT_1_2_1, "");
    }

    private static Path wrapper(Path wrapper, Path fake, String version, String modes) throws IOException {
        Files.createDirectories(wrapper.getParent());
        Files.writeString(wrapper, "#!/bin/sh\n"
                + "if [ \"$1\" = --version ]; then echo '" + version + "'; exit 0; fi\n"
                + (modes.isEmpty() ? "" : "FAKE_VFKIT_MODES=" + modes + " ")
                + "exec '" + fake + "' \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        return wrapper;
    }

    /** A small VM with its files in {@code directory}, and these launch options (JSON members), as a JSON file. */
    static Path vmFile(Path directory, String launchMembers) throws IOException {
        String launch = launchMembers.isEmpty() ? "" : ",\"launch\":{" + launchMembers + "}";
        return Files.writeString(directory.resolve("vm.json"), "{\"vcpus\":2,\"memoryBytes\":2147483648,"
                + "\"bootloader\":{\"kind\":\"efiBootloader\",\"efiVariableStorePath\":\"" + directory.resolve("efi.fd")
                + "\",\"createVariableStore\":true},\"devices\":[{\"kind\":\"virtiorng\"}]" + launch + "}");
    }
}
