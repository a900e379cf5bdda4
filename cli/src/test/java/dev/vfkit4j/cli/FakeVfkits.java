package dev.vfkit4j.cli;

import dev.vfkit4j.client.FakeVfkitExecutable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The client module's fake vfkit, as an executable, and VM files for it. */
final class FakeVfkits {
    private FakeVfkits() {
    }

    /** The fake vfkit in {@code directory}, misbehaving as {@code modes} says (FAKE_VFKIT_MODES), if any. */
    static Path create(Path directory, String modes) throws IOException {
        Path fake = FakeVfkitExecutable.create(Files.createDirectories(directory.resolve("fake")));
        if (modes.isEmpty()) {
            return fake;
        }
        Path wrapper = directory.resolve("vfkit-" + modes.replace(',', '-'));
        Files.writeString(wrapper, "#!/bin/sh\nFAKE_VFKIT_MODES=" + modes + " exec '" + fake + "' \"$@\"\n");
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
