package dev.vfkit4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The binary a command line is printed for: a vfkit release, the latest vfkit, or krunkit. podman and CRC ship vfkit
 * 0.6.1, minikube runs whatever Homebrew installs, podman's libkrun provider and lima run krunkit, which reads a
 * subset of vfkit's command line with rules of its own. {@link VirtualMachine#toCmdLine(Target)} prints a form the
 * target accepts (vfkit4j always prints the oldest spelling vfkit reads the same) or refuses the VM with one
 * {@link ConfigException} listing every feature the target lacks.
 *
 * <p>What each vfkit release added is declared once, as {@code since} on the annotations of the devices and
 * bootloaders (and, for the VM's own flags, in {@link VfkitCommand}); {@code docs/reference.md} lists it.
 * krunkit's rules are those of krunkit 1.2.1's source, with the release that added each newer feature.
 */
public final class Target {

    /** Which program reads the command line. */
    public enum Program {
        VFKIT("vfkit"), KRUNKIT("krunkit");

        private final String command;

        Program(String command) {
            this.command = command;
        }

        /** The program's name, as it names itself in {@code --version}. */
        public String command() {
            return command;
        }
    }

    /** The newest vfkit release whose features vfkit4j knows; {@link #latest()} accepts everything it knows. */
    public static final String LATEST_KNOWN_VFKIT = "0.6.4";

    /** vfkit's releases, oldest first: a pre-release or Go pseudo-version is read as the release before it. */
    static final List<String> VFKIT_RELEASES = List.of("0.0.1", "0.0.2", "0.0.3", "0.0.4", "0.1.0", "0.1.1", "0.5.0",
            "0.5.1", "0.6.0", "0.6.1", "0.6.2", "0.6.3", LATEST_KNOWN_VFKIT);

    private static final Pattern VERSION = Pattern.compile("v?(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\."
            + "(0|[1-9][0-9]{0,8})");
    private static final Target LATEST = new Target(Program.VFKIT, null);

    private final Program program;
    private final Version version;

    private Target(Program program, Version version) {
        this.program = program;
        this.version = version;
    }

    /** The newest vfkit: every feature vfkit4j knows is accepted. The default everywhere a target is optional. */
    public static Target latest() {
        return LATEST;
    }

    /**
     * vfkit release {@code version}, as {@code major.minor.patch} with or without a leading {@code v}: {@code
     * Target.vfkit("0.6.1")}. A release newer than vfkit4j knows accepts every feature it knows.
     *
     * @throws ConfigException when {@code version} is not a release number
     */
    public static Target vfkit(String version) {
        return new Target(Program.VFKIT, Version.parse("vfkit", version));
    }

    /**
     * krunkit release {@code version}: {@code Target.krunkit("1.2.1")}. krunkit accepts a subset of vfkit's command
     * line; a release newer than 1.2.1 is held to 1.2.1's rules.
     *
     * @throws ConfigException when {@code version} is not a release number
     */
    public static Target krunkit(String version) {
        return new Target(Program.KRUNKIT, Version.parse("krunkit", version));
    }

    /**
     * The target named by the output of {@code <binary> --version}:
     *
     * <ul>
     *   <li>{@code vfkit version: v0.6.1} (vfkit 0.6.0 and later; {@code vfkit version: 0.5.1} before): that release.
     *       vfkit 0.0.3 and 0.1.0 printed the previous release's number; they are read as that older release,
     *       which only refuses more.
     *   <li>a development build, {@code v0.6.1-12-gabc1234} or {@code v0.6.1-dirty} ({@code git describe}): the
     *       release it was built after, whose features it surely has.
     *   <li>a pre-release or Go pseudo-version, {@code v0.6.2-rc1} or {@code v0.6.2-0.20250301120000-abcdef123456}:
     *       the known release before 0.6.2.
     *   <li>no release at all ({@code unknown}, a bare commit hash, nothing: builds outside git or {@code go
     *       install} of a development tree): {@link #latest()}, as vfkit's own Go package assumes.
     *   <li>{@code krunkit 1.2.1}: that krunkit release (krunkit always prints its Cargo version).
     * </ul>
     *
     * @throws ConfigException when the output is neither vfkit's nor krunkit's
     */
    public static Target fromVersionOutput(String output) {
        String text = output == null ? "" : output.strip();
        String firstLine = text.lines().findFirst().orElse("").strip();
        if (firstLine.startsWith("vfkit version:")) {
            return fromVfkitVersion(firstLine.substring("vfkit version:".length()).strip());
        }
        if (firstLine.startsWith("krunkit ")) {
            Matcher matcher = VERSION.matcher(firstLine.substring("krunkit ".length()).strip());
            if (matcher.lookingAt()) {
                return new Target(Program.KRUNKIT, Version.of(matcher));
            }
        }
        throw new ConfigException("--version", null, firstLine, "not the version of vfkit ('vfkit version: v0.6.1')"
                + " or krunkit ('krunkit 1.2.1')");
    }

    private static Target fromVfkitVersion(String text) {
        Matcher matcher = VERSION.matcher(text);
        if (!matcher.lookingAt()) {
            return LATEST;
        }
        Version version = Version.of(matcher);
        String rest = text.substring(matcher.end());
        // After a release: "-N-g<hash>" (git describe), "-dirty", "+incompatible"; all have at least that release.
        if (rest.isEmpty() || rest.matches("(-[0-9]+-g[0-9a-f]+)?(-dirty)?") || rest.startsWith("+")) {
            return new Target(Program.VFKIT, version);
        }
        // Before a release: "-rc1", "-0.<time>-<hash>" (Go pseudo-version). The newest known release below it.
        Version before = null;
        for (String release : VFKIT_RELEASES) {
            Version known = Version.parse("vfkit", release);
            if (known.compareTo(version) < 0) {
                before = known;
            }
        }
        return before == null ? new Target(Program.VFKIT, version) : new Target(Program.VFKIT, before);
    }

    /** vfkit or krunkit. */
    public Program program() {
        return program;
    }

    /** The release, {@code "0.6.1"}; empty for {@link #latest()}. */
    public Optional<String> version() {
        return version == null ? Optional.empty() : Optional.of(version.toString());
    }

    /** Whether this is {@link #latest()}. */
    public boolean isLatest() {
        return this == LATEST;
    }

    /**
     * Whether this target is a vfkit release that has a feature vfkit added in {@code since} (empty: in every
     * release). Always false for krunkit, which follows its own rules.
     */
    public boolean hasVfkitFeature(String since) {
        if (program != Program.VFKIT) {
            return false;
        }
        return version == null || since == null || since.isEmpty() || version.compareTo(Version.parse("vfkit",
                since)) >= 0;
    }

    /** Whether this is krunkit at or after release {@code since}. */
    boolean hasKrunkitFeature(String since) {
        return program == Program.KRUNKIT && version.compareTo(Version.parse("krunkit", since)) >= 0;
    }

    /**
     * Checks that this target can run {@code vm}, as {@link VirtualMachine#toCmdLine(Target)} prints it.
     *
     * @throws ConfigException listing every feature this target lacks, each with the release that added it (or
     *     "not supported by krunkit")
     */
    public void check(VirtualMachine vm) {
        check(VfkitCommand.of(vm));
    }

    /**
     * Checks that this target can run {@code command}, as {@link VfkitCommand#toCmdLine(Target)} prints it.
     *
     * @throws ConfigException listing every feature this target lacks
     */
    public void check(VfkitCommand command) {
        TargetRules.requirePrinted(this, command.toCmdLineForTarget());
    }

    /**
     * Checks that this target accepts {@code args}, a vfkit command line (without the program name) as vfkit4j parses
     * it: every flag, device, option and spelling it uses. The arguments must parse; see {@link
     * VfkitCommand#fromCmdLine(List, Target)}.
     *
     * @throws ConfigException listing every feature this target lacks
     */
    public void checkCmdLine(List<String> args) {
        TargetRules.require(this, args);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Target that && program == that.program && Objects.equals(version, that.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(program, version);
    }

    /** {@code vfkit 0.6.1}, {@code vfkit (latest)}, {@code krunkit 1.2.1}. */
    @Override
    public String toString() {
        return program.command() + (version == null ? " (latest)" : " " + version);
    }

    /** A release number; compared numerically, part by part. */
    record Version(int major, int minor, int patch) implements Comparable<Version> {

        static Version parse(String program, String text) {
            Matcher matcher = text == null ? null : VERSION.matcher(text.strip());
            if (matcher == null || !matcher.matches()) {
                throw new ConfigException("Target", null, text, "not a " + program + " release: expected"
                        + " major.minor.patch, such as " + (program.equals("vfkit") ? "0.6.1" : "1.2.1"));
            }
            return of(matcher);
        }

        static Version of(Matcher matcher) {
            return new Version(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        }

        @Override
        public int compareTo(Version other) {
            int result = Integer.compare(major, other.major);
            if (result == 0) {
                result = Integer.compare(minor, other.minor);
            }
            return result != 0 ? result : Integer.compare(patch, other.patch);
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + patch;
        }
    }
}
