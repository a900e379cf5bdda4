package dev.vfkit4j;

import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.Components;
import dev.vfkit4j.spi.OptionDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The host checks of {@link VirtualMachine#preflight()}, driven by each option's {@link HostPath} kind so that a
 * user's own device is checked like the built-ins.
 */
final class Preflight {
    /** macOS's {@code sun_path} holds 104 bytes, its terminating NUL included. */
    static final int MAX_UNIX_SOCKET_PATH_BYTES = 103;
    private static final byte[] QCOW2_MAGIC = {'Q', 'F', 'I', (byte) 0xfb};

    private Preflight() {
    }

    static void check(VirtualMachine vm) {
        List<String> problems = new ArrayList<>();
        checkComponent(vm.bootloader(), problems);
        for (Device device : vm.devices()) {
            checkComponent(device, problems);
        }
        if (vm.ignition() != null) {
            String problem = checkPath(HostPath.Kind.EXISTING_FILE, vm.ignition().configPath());
            if (problem != null) {
                problems.add("--ignition: '" + vm.ignition().configPath() + "': " + problem);
            }
        }
        if (problems.size() == 1) {
            throw new ConfigException(null, null, null, problems.get(0));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(null, null, null, problems.size() + " problems:\n  " + String.join("\n  ",
                    problems));
        }
    }

    private static <T> void checkComponent(T component, List<String> problems) {
        ComponentDescriptor<T> descriptor = Components.registered().descriptorFor(component);
        for (OptionDescriptor<T, ?> option : descriptor.options()) {
            Object value = option.hostPath() == null ? null : option.valueIn(component);
            String path = value == null ? null : option.type().hostPath(value);
            if (path == null || path.isEmpty()) {
                continue;
            }
            String problem = checkPath(option.hostPath(), path);
            if (problem != null) {
                problems.add(descriptor.name() + ": option '" + option.key() + "' = '" + path + "': " + problem);
            }
        }
    }

    /** What is wrong with {@code text} as a path of {@code kind}, or null. */
    static String checkPath(HostPath.Kind kind, String text) {
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            return "not a valid path (" + e.getReason() + ")";
        }
        switch (kind) {
            case DISK_IMAGE:
                return checkReadableFile(path);
            case RAW_DISK_IMAGE:
                return checkRawDiskImage(path);
            case EXISTING_FILE:
                return Files.isRegularFile(path) ? null : Files.exists(path) ? "not a regular file" : "does not exist";
            case DIRECTORY:
                return Files.isDirectory(path) ? null : Files.exists(path) ? "not a directory" : "does not exist";
            case UNIX_SOCKET:
                int bytes = text.getBytes(StandardCharsets.UTF_8).length;
                return bytes <= MAX_UNIX_SOCKET_PATH_BYTES ? null : "is " + bytes + " bytes long; macOS allows at most "
                        + MAX_UNIX_SOCKET_PATH_BYTES + " in a Unix socket path";
            case OUTPUT_FILE:
                Path parent = path.toAbsolutePath().getParent();
                return parent == null || Files.isDirectory(parent) ? null : "its directory " + parent
                        + " does not exist";
            default:
                return null;
        }
    }

    /** vfkit passes nvme and usb-mass-storage images to macOS unread: only that it can open them is checked. */
    private static String checkReadableFile(Path path) {
        if (!Files.exists(path)) {
            return "does not exist";
        }
        if (Files.isDirectory(path)) {
            return "is a directory, not a disk image";
        }
        try (InputStream in = Files.newInputStream(path)) {
            return null;
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
    }

    /** vfkit's virtio-blk parser reads the image's first 4 bytes and refuses a qcow2 header. */
    private static String checkRawDiskImage(Path path) {
        String unreadable = checkReadableFile(path);
        if (unreadable != null) {
            return unreadable;
        }
        byte[] header = new byte[4];
        try (InputStream in = Files.newInputStream(path)) {
            int read = in.readNBytes(header, 0, 4);
            if (read < 4) {
                return "is too short to be a disk image (" + read + " bytes)";
            }
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        return Arrays.equals(header, QCOW2_MAGIC) ? "is a qcow2 image; vfkit needs a raw image (convert it with"
                + " 'qemu-img convert -O raw')" : null;
    }
}
