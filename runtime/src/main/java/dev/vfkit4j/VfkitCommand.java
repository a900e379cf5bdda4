package dev.vfkit4j;

import dev.vfkit4j.bootloaders.LinuxBootloader;
import dev.vfkit4j.devices.VirtioGpu;
import dev.vfkit4j.devices.VirtioInput;
import dev.vfkit4j.spi.Components;
import dev.vfkit4j.spi.OptionReader;
import dev.vfkit4j.spi.OptionWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole vfkit invocation: the {@link VirtualMachine} and the options that only matter to the vfkit process — its
 * REST endpoint, log level, pid file and cloud-init files. Parses and prints vfkit's complete argv.
 *
 * @param vm the virtual machine
 * @param restfulUri {@code --restful-uri}: {@code tcp://host:port}, {@code unix:///path} or {@code none://}; null
 *     for vfkit's default (none)
 * @param logLevel {@code --log-level}, or null for vfkit's default
 * @param pidFile {@code --pidfile}: where vfkit writes its pid, or null
 * @param cloudInit {@code --cloud-init}: user-data, meta-data and network-config files vfkit turns into a seed
 *     ISO; empty for none
 */
public record VfkitCommand(VirtualMachine vm, String restfulUri, LogLevel logLevel, String pidFile,
        List<String> cloudInit) {

    /** vfkit's {@code --log-level} values. */
    public enum LogLevel {
        DEBUG("debug"), INFO("info"), ERROR("error");

        private final String spelling;

        LogLevel(String spelling) {
            this.spelling = spelling;
        }

        /** How vfkit spells it. */
        public String spelling() {
            return spelling;
        }

        static LogLevel parse(String value) {
            for (LogLevel level : values()) {
                if (level.spelling.equals(value)) {
                    return level;
                }
            }
            throw new ConfigException("--log-level", null, value, "expected debug, info or error");
        }
    }

    static final GoFlags.FlagSet FLAGS = new GoFlags.FlagSet(List.of(
            new GoFlags.Flag("kernel", 'k', GoFlags.Kind.STRING),
            new GoFlags.Flag("kernel-cmdline", 'C', GoFlags.Kind.STRING),
            new GoFlags.Flag("initrd", 'i', GoFlags.Kind.STRING),
            new GoFlags.Flag("bootloader", 'b', GoFlags.Kind.QUOTED_LIST),
            new GoFlags.Flag("gui", (char) 0, GoFlags.Kind.BOOL),
            new GoFlags.Flag("cpus", 'c', GoFlags.Kind.STRING),
            new GoFlags.Flag("memory", 'm', GoFlags.Kind.STRING),
            new GoFlags.Flag("timesync", 't', GoFlags.Kind.STRING),
            new GoFlags.Flag("device", 'd', GoFlags.Kind.STRING_ARRAY),
            new GoFlags.Flag("log-level", (char) 0, GoFlags.Kind.STRING),
            new GoFlags.Flag("restful-uri", (char) 0, GoFlags.Kind.STRING),
            new GoFlags.Flag("ignition", (char) 0, GoFlags.Kind.STRING),
            new GoFlags.Flag("cloud-init", (char) 0, GoFlags.Kind.QUOTED_LIST),
            new GoFlags.Flag("nested", 'n', GoFlags.Kind.BOOL),
            new GoFlags.Flag("pidfile", (char) 0, GoFlags.Kind.STRING),
            // Cobra registers these two on vfkit's root command (--version because vfkit sets a Version).
            new GoFlags.Flag("help", 'h', GoFlags.Kind.BOOL),
            new GoFlags.Flag("version", 'v', GoFlags.Kind.BOOL)));

    /**
     * The vfkit release that added each flag (an empty version: the first release), checked against vfkit's tags:
     * the first tag holding the commit that added it.
     */
    static final Map<String, String> FLAG_SINCE = flagSince();

    private static Map<String, String> flagSince() {
        Map<String, String> since = new LinkedHashMap<>();
        since.put("cpus", "");
        since.put("memory", "");
        since.put("kernel", "");
        since.put("initrd", "");
        since.put("kernel-cmdline", "");
        since.put("device", "");
        since.put("timesync", "0.0.3");
        since.put("bootloader", "0.1.0");
        since.put("gui", "0.1.0");
        since.put("restful-uri", "0.1.0");
        since.put("log-level", "0.1.0");
        since.put("ignition", "0.6.0");
        since.put("cloud-init", "0.6.1");
        since.put("nested", "0.6.2");
        since.put("pidfile", "0.6.2");
        since.put("help", "");
        since.put("version", "");
        return Collections.unmodifiableMap(since);
    }

    /**
     * The first vfkit release that accepts {@code --flag} ({@code "0.6.2"} for {@code nested}); empty when every
     * release does.
     *
     * @throws IllegalArgumentException when vfkit has no such flag
     */
    public static String flagSince(String flag) {
        String since = FLAG_SINCE.get(flag);
        if (since == null) {
            throw new IllegalArgumentException("vfkit has no flag --" + flag);
        }
        return since;
    }

    private static final List<String> LEGACY_KERNEL_FLAGS = List.of("kernel", "initrd", "kernel-cmdline");

    public VfkitCommand {
        if (vm == null) {
            throw new ConfigException("vfkit", null, null, "a virtual machine is required");
        }
        if (pidFile != null && pidFile.isEmpty()) {
            pidFile = null;
        }
        cloudInit = cloudInit == null ? List.of() : List.copyOf(cloudInit);
    }

    /** {@code vm} with vfkit's default launch options. */
    public static VfkitCommand of(VirtualMachine vm) {
        return new VfkitCommand(vm, null, null, null, List.of());
    }

    /** This command with {@code --restful-uri uri}. */
    public VfkitCommand withRestfulUri(String uri) {
        return new VfkitCommand(vm, uri, logLevel, pidFile, cloudInit);
    }

    /** This command with {@code --log-level level}. */
    public VfkitCommand withLogLevel(LogLevel level) {
        return new VfkitCommand(vm, restfulUri, level, pidFile, cloudInit);
    }

    /** This command with {@code --pidfile path}. */
    public VfkitCommand withPidFile(String path) {
        return new VfkitCommand(vm, restfulUri, logLevel, path, cloudInit);
    }

    /** This command with {@code --cloud-init} files. */
    public VfkitCommand withCloudInit(List<String> files) {
        return new VfkitCommand(vm, restfulUri, logLevel, pidFile, files);
    }

    /**
     * Parses vfkit's argv (without the program name) as vfkit does, with the checks vfkit makes while parsing and
     * without touching the file system.
     *
     * @throws ConfigException for anything vfkit would refuse, and for values vfkit would silently change
     */
    public static VfkitCommand fromCmdLine(List<String> args) {
        GoFlags flags = FLAGS.parse(args);
        checkPrintOnlyFlags(flags);
        checkLegacyKernelFlags(flags);
        LogLevel logLevel = flags.string("log-level", "").isEmpty() ? null
                : LogLevel.parse(flags.string("log-level", ""));

        long cpus = GoFlags.parseUint("--cpus", flags.string("cpus", "1"));
        Size memory = memory(flags.string("memory", "512"));
        Bootloader bootloader = bootloader(flags);
        String timeSyncValue = flags.string("timesync", "");
        TimeSync timeSync = timeSyncValue.isEmpty() ? null : TimeSync.fromCmdLine(timeSyncValue);
        List<String> cloudInit = flags.list("cloud-init");
        checkCloudInit(cloudInit);

        List<String> deviceArgs = flags.list("device");
        List<Device> devices = new ArrayList<>(deviceArgs.size() + 2);
        Components components = Components.registered();
        OptionReader reader = OptionReader.of("", 0);
        for (String device : deviceArgs) {
            devices.add((Device) components.parseDevice(device, reader));
        }
        if (flags.bool("gui")) {
            addGui(devices);
        }

        String ignitionPath = flags.string("ignition", "");
        Ignition ignition = null;
        if (!ignitionPath.isEmpty()) {
            if (ignitionPath.indexOf(',') >= 0) {
                throw new ConfigException("--ignition", null, ignitionPath, "takes one path; vfkit splits it at ','");
            }
            ignition = Ignition.of(ignitionPath);
        }
        // Not VirtualMachine.Builder: what vfkit accepts is kept even where it could not be printed back.
        VirtualMachine machine = new VirtualMachine(cpus, memory, bootloader, devices, timeSync, ignition,
                flags.bool("nested"));
        return new VfkitCommand(machine, flags.string("restful-uri", null), logLevel, flags.string("pidfile", null),
                cloudInit);
    }

    /**
     * Parses vfkit's argv as {@link #fromCmdLine(List)} does, then checks that {@code target} accepts it: every flag,
     * device, option and spelling it uses. For krunkit, a virtio-net socket means what krunkit reads:
     * {@code unixSocketPath=} has the handshake and offloading on, {@code type=unixgram} without {@code vfkitMagic}
     * has no handshake.
     *
     * @throws ConfigException for anything vfkit would refuse, or listing every feature {@code target} lacks
     */
    public static VfkitCommand fromCmdLine(List<String> args, Target target) {
        VfkitCommand command = fromCmdLine(target.program() == Target.Program.KRUNKIT
                ? TargetRules.fromKrunkitSpelling(args) : args);
        target.checkCmdLine(args);
        return command;
    }

    /**
     * {@code --help=false} and {@code --version=false} are valid and change nothing; true makes vfkit print its help
     * (checked first, as cobra does) or version and exit without starting a VM, which no VM object can describe.
     */
    private static void checkPrintOnlyFlags(GoFlags flags) {
        for (String flag : List.of("help", "version")) {
            if (flags.bool(flag)) {
                throw new ConfigException("--" + flag, null, "true", "the arguments ask vfkit to print its " + flag
                        + " and exit, not to describe a VM");
            }
        }
    }

    /** vfkit marks {@code --kernel}, {@code --initrd} and {@code --kernel-cmdline} as all-or-none, and each as
     * exclusive with {@code --bootloader}. */
    private static void checkLegacyKernelFlags(GoFlags flags) {
        List<String> given = new ArrayList<>();
        for (String flag : LEGACY_KERNEL_FLAGS) {
            if (flags.changed(flag)) {
                given.add(flag);
                if (flags.changed("bootloader")) {
                    throw new ConfigException("--" + flag, null, null, "cannot be combined with --bootloader");
                }
            }
        }
        if (!given.isEmpty() && given.size() < LEGACY_KERNEL_FLAGS.size()) {
            List<String> missing = new ArrayList<>(LEGACY_KERNEL_FLAGS);
            missing.removeAll(given);
            throw new ConfigException("--" + given.get(0), null, null, "--kernel, --initrd and --kernel-cmdline go"
                    + " together; missing --" + String.join(", --", missing));
        }
    }

    private static Size memory(String text) {
        long mib = GoFlags.parseUint("--memory", text);
        try {
            return Size.ofMiB(mib);
        } catch (ConfigException e) {
            // Size knows the bound; the flag and the text as given make the message the user's own.
            throw new ConfigException("--memory", null, text, e.problem());
        }
    }

    private static Bootloader bootloader(GoFlags flags) {
        String kernel = flags.string("kernel", "");
        String initrd = flags.string("initrd", "");
        String cmdline = flags.string("kernel-cmdline", "");
        if (!kernel.isEmpty() || !initrd.isEmpty() || !cmdline.isEmpty()) {
            return LinuxBootloader.builder().kernel(kernel).initrd(initrd).cmdline(cmdline).build();
        }
        return (Bootloader) Components.registered().parseBootloader(flags.list("bootloader"));
    }

    /** vfkit builds a seed ISO from files named user-data, meta-data and network-config; it needs one of the first
     * two. */
    private static void checkCloudInit(List<String> files) {
        if (files.isEmpty()) {
            return;
        }
        for (String file : files) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (name.equals("user-data") || name.equals("meta-data")) {
                return;
            }
        }
        throw new ConfigException("--cloud-init", null, String.join(",", files),
                "needs a file named user-data or meta-data");
    }

    /** What vfkit does for {@code --gui}: a GPU and a keyboard when there are none, and the first GPU shown. */
    private static void addGui(List<Device> devices) {
        int firstGpu = -1;
        boolean hasInput = false;
        for (int i = 0; i < devices.size(); i++) {
            if (firstGpu < 0 && devices.get(i) instanceof VirtioGpu) {
                firstGpu = i;
            }
            hasInput |= devices.get(i) instanceof VirtioInput;
        }
        if (firstGpu < 0) {
            devices.add(VirtioGpu.builder().usesGui(true).build());
        } else {
            devices.set(firstGpu, ((VirtioGpu) devices.get(firstGpu)).toBuilder().usesGui(true).build());
        }
        if (!hasInput) {
            devices.add(VirtioInput.keyboard());
        }
    }

    /**
     * vfkit's complete argv: the VM's ({@link VirtualMachine#toCmdLine()}), then {@code --restful-uri},
     * {@code --log-level}, {@code --pidfile} and {@code --cloud-init} when set.
     */
    public List<String> toCmdLine() {
        return withVmArgs(vm.toCmdLine());
    }

    /** The argv as {@link #toCmdLine(Target)} checks it: see {@link VirtualMachine#cmdLine(boolean)}. */
    List<String> toCmdLineForTarget() {
        return withVmArgs(vm.cmdLine(true));
    }

    private List<String> withVmArgs(List<String> vmArgs) {
        List<String> args = new ArrayList<>(vmArgs);
        if (restfulUri != null) {
            OptionWriter.checkArgument("--restful-uri", null, restfulUri);
            args.add("--restful-uri");
            args.add(restfulUri);
        }
        if (logLevel != null) {
            args.add("--log-level");
            args.add(logLevel.spelling());
        }
        if (pidFile != null) {
            OptionWriter.checkArgument("--pidfile", null, pidFile);
            args.add("--pidfile");
            args.add(pidFile);
        }
        if (!cloudInit.isEmpty()) {
            for (String file : cloudInit) {
                OptionWriter.checkArgument("--cloud-init", null, file);
                if (file.indexOf(',') >= 0 || file.indexOf('"') >= 0) {
                    throw new ConfigException("--cloud-init", null, file,
                            "cannot be printed: vfkit splits the list at ',' and reads '\"' as quoting");
                }
            }
            args.add("--cloud-init");
            args.add(String.join(",", cloudInit));
        }
        return args;
    }

    /**
     * The argv for {@code target}: {@link #toCmdLine()} when {@code target} is a vfkit that accepts all of it (vfkit4j
     * prints the oldest spelling every vfkit reads the same); for krunkit, krunkit's spelling of it ({@code
     * --krun-log-level} for {@code --log-level}).
     *
     * @throws ConfigException listing every feature {@code target} lacks, each with the vfkit release that added it
     *     or "not supported by krunkit"; or as {@link #toCmdLine()}
     */
    public List<String> toCmdLine(Target target) {
        List<String> args = toCmdLineForTarget();
        TargetRules.requirePrinted(target, args);
        return target.program() == Target.Program.KRUNKIT ? TargetRules.krunkitSpelling(args) : args;
    }
}
