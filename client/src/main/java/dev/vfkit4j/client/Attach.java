package dev.vfkit4j.client;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.client.VfkitProcessException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The checks of {@link VfkitLauncher#attach(Path, RestEndpoint)}: that a pid file names a running process, and that
 * the process is the vfkit or krunkit serving the endpoint, not whatever program got the pid since.
 */
final class Attach {
    private static final String RESTFUL_URI = "--restful-uri";

    private Attach() {
    }

    static ProcessHandle check(Path pidFile, RestEndpoint endpoint, Path launcherExecutable) {
        if (endpoint == null || endpoint.scheme() == RestEndpoint.Scheme.NONE) {
            throw new ConfigException(RESTFUL_URI, null, endpoint == null ? null : endpoint.toUri(),
                    "attaching needs the REST endpoint vfkit serves on");
        }
        long pid = readPid(pidFile);
        ProcessHandle handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).orElseThrow(() ->
                new VfkitProcessException(Reason.EXITED, "pid " + pid + " from " + pidFile + " is not running (the"
                        + " pid file is stale)", null, null, null));
        String refused = "pid " + pid + " from " + pidFile;
        ProcessHandle.Info info = handle.info();
        String command = info.command().orElseThrow(() -> new VfkitProcessException(Reason.ATTACH_REFUSED, refused
                + " runs a program this JVM cannot see (another user's?); it is left alone", null, null, null));
        if (!isVfkitOrKrunkit(command) && !sameFile(command, launcherExecutable)) {
            throw new VfkitProcessException(Reason.ATTACH_REFUSED, refused + " runs " + command + ", not vfkit,"
                    + " krunkit or " + launcherExecutable + ": the pid file is stale, and that process is left alone",
                    null, null, null);
        }
        Optional<String[]> arguments = info.arguments();
        if (arguments.isPresent()) {
            Optional<String> served = restfulUri(List.of(arguments.get()));
            if (served.isEmpty() || !endpoint.equals(parseOrNull(served.get()))) {
                throw new VfkitProcessException(Reason.ATTACH_REFUSED, refused + " (" + command + ") does not serve "
                        + endpoint.toUri() + " (its --restful-uri is " + served.orElse("not given") + "); it is left"
                        + " alone", null, null, null);
            }
        }
        return handle;
    }

    /** krunkit when the process's executable is named so, else what the launcher expects. */
    static RestApi apiOf(ProcessHandle handle, RestApi expected) {
        Optional<String> command = handle.info().command();
        if (command.isPresent() && fileName(command.get()).equals(RestApi.KRUNKIT.programName())) {
            return RestApi.KRUNKIT;
        }
        if (command.isPresent() && fileName(command.get()).equals(RestApi.VFKIT.programName())) {
            return RestApi.VFKIT;
        }
        return expected;
    }

    /** Whether {@code command}, an executable's path, names vfkit or krunkit. */
    static boolean isVfkitOrKrunkit(String command) {
        String name = fileName(command);
        return name.equals(RestApi.VFKIT.programName()) || name.equals(RestApi.KRUNKIT.programName());
    }

    /** The value of the last {@code --restful-uri} in {@code arguments}, as pflag and clap keep the last. */
    static Optional<String> restfulUri(List<String> arguments) {
        String value = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(RESTFUL_URI) && i + 1 < arguments.size()) {
                value = arguments.get(++i);
            } else if (argument.startsWith(RESTFUL_URI + "=")) {
                value = argument.substring(RESTFUL_URI.length() + 1);
            }
        }
        return Optional.ofNullable(value);
    }

    private static RestEndpoint parseOrNull(String uri) {
        try {
            return RestEndpoint.parse(uri);
        } catch (ConfigException e) {
            return null;
        }
    }

    private static long readPid(Path pidFile) {
        String text;
        try {
            text = Files.readString(pidFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new VfkitProcessException(Reason.ATTACH_REFUSED, "cannot read the pid file " + pidFile + " ("
                    + e.getMessage() + ")", null, null, e);
        }
        try {
            long pid = Long.parseLong(text);
            if (pid > 0) {
                return pid;
            }
        } catch (NumberFormatException e) {
            // Said below, with the text.
        }
        throw new VfkitProcessException(Reason.ATTACH_REFUSED, "the pid file " + pidFile + " holds no pid: '"
                + RestJson.excerpt(text) + "'", null, null, null);
    }

    private static boolean sameFile(String command, Path executable) {
        try {
            return Path.of(command).toRealPath().equals(executable.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String fileName(String command) {
        Path name = Path.of(command).getFileName();
        return name == null ? "" : name.toString();
    }
}
