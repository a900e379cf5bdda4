package dev.vfkit4j;

import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.Components;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionType;
import dev.vfkit4j.spi.RawOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link Target} accepts, checked on a vfkit command line as vfkit4j prints (or parses) it: every flag, device,
 * option and spelling, so that one check serves printing and parsing. Every problem is collected before one
 * {@link ConfigException} reports them all.
 *
 * <p>krunkit's rules are read from krunkit 1.2.1's source ({@code src/cmdline.rs}, {@code src/virtio.rs},
 * {@code src/status.rs}, {@code src/context.rs}); the release that added each newer feature is the first tag holding
 * it.
 */
final class TargetRules {
    private TargetRules() {
    }

    private static final String NOT_KRUNKIT = "is not supported by krunkit";

    /** The flags krunkit accepts, with the krunkit release that added each ({@code --log-level} is printed as
     * {@code --krun-log-level}). */
    private static final Map<String, String> KRUNKIT_FLAGS = Map.of("cpus", "0.1.0", "memory", "0.1.0",
            "bootloader", "0.1.0", "device", "0.1.0", "restful-uri", "0.1.0", "gui", "0.1.0", "log-level", "0.1.4",
            "nested", "0.2.0", "pidfile", "1.0.0", "timesync", "1.2.0");

    /** What krunkit says instead of a flag it lacks. */
    private static final Map<String, String> KRUNKIT_MISSING_FLAGS = Map.of(
            "kernel", "the linux bootloader (--kernel, --initrd, --kernel-cmdline) " + NOT_KRUNKIT,
            "ignition", "--ignition " + NOT_KRUNKIT,
            "cloud-init", "--cloud-init " + NOT_KRUNKIT);

    /**
     * Each device krunkit accepts: its keys in vfkit4j's spelling, with the krunkit release that added each, and the
     * keys it requires.
     */
    private record KrunkitDevice(Map<String, String> keys, List<String> required) {
    }

    private static final Map<String, KrunkitDevice> KRUNKIT_DEVICES = Map.of(
            "virtio-blk", new KrunkitDevice(Map.of("path", "0.1.0"), List.of("path")),
            "virtio-rng", new KrunkitDevice(Map.of(), List.of()),
            "virtio-serial", new KrunkitDevice(Map.of("logFilePath", "0.1.0"), List.of("logFilePath")),
            "virtio-vsock", new KrunkitDevice(Map.of("port", "0.1.0", "socketURL", "0.1.0", "listen", "0.1.0",
                    "connect", "1.2.0"), List.of("port", "socketURL")),
            "virtio-net", new KrunkitDevice(Map.of("unixSocketPath", "0.1.0", "mac", "0.1.0", "type", "1.0.0",
                    "path", "1.0.0", "fd", "1.0.0", "vfkitMagic", "1.0.0", "offloading", "1.0.0"), List.of("mac")),
            "virtio-fs", new KrunkitDevice(Map.of("sharedDir", "0.1.0", "mountTag", "0.1.0"),
                    List.of("sharedDir", "mountTag")),
            "virtio-gpu", new KrunkitDevice(Map.of("width", "0.1.0", "height", "0.1.0"), List.of("width", "height")),
            "virtio-input", new KrunkitDevice(Map.of("keyboard", "0.1.0", "pointing", "0.1.0"), List.of()));

    /** krunkit's {@code --cpus} is a {@code u8} and 0 is refused. */
    static final int KRUNKIT_MAX_CPUS = 255;
    /** krunkit refuses more than 60 GiB, leaving room for the GPU's memory. */
    static final long KRUNKIT_MAX_MEMORY_MIB = 61440;

    /**
     * Throws one {@link ConfigException} naming {@code target} and listing every problem in {@code args}, if any.
     */
    static void require(Target target, List<String> args) {
        require(target, args, false);
    }

    /**
     * As {@link #require(Target, List)}, for {@code args} as vfkit4j prints them before {@link #krunkitSpelling}: there
     * {@code virtio-net,unixSocketPath=} means vfkit's datagram socket without offloading, which krunkit before 1.0.0
     * cannot run (it read that spelling only, always offloading).
     */
    static void requirePrinted(Target target, List<String> args) {
        require(target, args, true);
    }

    private static void require(Target target, List<String> args, boolean printed) {
        GoFlags flags = VfkitCommand.FLAGS.parse(args);
        Set<String> problems = new LinkedHashSet<>();
        if (target.program() == Target.Program.VFKIT) {
            krunkitOnlyProblems(flags, problems);
            if (!target.isLatest()) {
                vfkitProblems(target, flags, problems);
            }
        } else {
            krunkitProblems(target, flags, printed, problems);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(target.toString(), null, null, "cannot run this command line: "
                    + String.join("; ", problems));
        }
    }

    /**
     * The virtio-net spellings krunkit added (1.0.0) that no vfkit reads: vfkit refuses {@code type=unixstream}
     * and accepts only {@code offloading=off}.
     */
    private static final Map<String, String> KRUNKIT_ONLY_NET = Map.of("type=unixstream", "a Unix stream socket",
            "offloading=on", "offloading");

    private static void krunkitOnlyProblems(GoFlags flags, Set<String> problems) {
        for (String device : flags.list("device")) {
            if (!RawOption.nameIn(device).equals("virtio-net")) {
                continue;
            }
            for (RawOption option : RawOption.optionsIn(device)) {
                String spelling = option.key() + "=" + option.value();
                String feature = KRUNKIT_ONLY_NET.get(spelling);
                if (feature != null) {
                    problems.add("virtio-net option '" + spelling + "' (" + feature + ") is not supported by vfkit"
                            + " (krunkit 1.0.0 reads it)");
                }
            }
        }
    }

    private static void vfkitProblems(Target target, GoFlags flags, Set<String> problems) {
        for (Map.Entry<String, String> flag : VfkitCommand.FLAG_SINCE.entrySet()) {
            if (flags.changed(flag.getKey()) && !target.hasVfkitFeature(flag.getValue())) {
                problems.add("--" + flag.getKey() + " needs vfkit " + flag.getValue());
            }
        }
        if (flags.changed("bootloader")) {
            List<String> segments = flags.list("bootloader");
            vfkitComponentProblems(target, ComponentRole.BOOTLOADER, segments.get(0),
                    RawOption.ofSegmentsAfterName(segments), problems);
        }
        for (String device : flags.list("device")) {
            vfkitComponentProblems(target, ComponentRole.DEVICE, RawOption.nameIn(device), RawOption.optionsIn(device),
                    problems);
        }
    }

    private static void vfkitComponentProblems(Target target, ComponentRole role, String name,
            List<RawOption> options, Set<String> problems) {
        ComponentDescriptor<?> descriptor = Components.registered().byName(role, name);
        if (descriptor == null) {
            return; // parsing refuses it, naming the known components
        }
        String label = role == ComponentRole.DEVICE ? name : "bootloader " + name;
        if (!target.hasVfkitFeature(descriptor.since())) {
            problems.add((role == ComponentRole.DEVICE ? "device " : "") + label + " needs vfkit "
                    + descriptor.since());
            return; // its options came with it
        }
        for (RawOption option : options) {
            String since = keySince(descriptor, option.key());
            if (!target.hasVfkitFeature(since)) {
                problems.add(label + " option '" + option.key() + "' needs vfkit " + since);
                continue;
            }
            String valueSince = valueSince(descriptor, option);
            if (!target.hasVfkitFeature(valueSince)) {
                problems.add(label + " option '" + option.key() + "=" + option.value() + "' needs vfkit "
                        + valueSince);
            }
        }
    }

    /** The release that added {@code key} (an option, an alias, a choice's key or a syntax key). */
    private static String keySince(ComponentDescriptor<?> descriptor, String key) {
        for (OptionDescriptor<?, ?> option : descriptor.options()) {
            if (option.type() == OptionType.CHOICE && option.allowedValues().contains(key)) {
                String keySince = option.enumKeys().sinceOf(key);
                return keySince.isEmpty() ? option.since() : keySince;
            }
            if (key.equals(option.key()) || option.aliases().contains(key)) {
                return option.since();
            }
        }
        for (ComponentDescriptor.SyntaxKey syntax : descriptor.syntaxKeys()) {
            if (syntax.key().equals(key)) {
                return syntax.since();
            }
        }
        return "";
    }

    /** The release that added an enum option's value, when later than the option's. */
    private static String valueSince(ComponentDescriptor<?> descriptor, RawOption raw) {
        for (OptionDescriptor<?, ?> option : descriptor.options()) {
            if (option.type() == OptionType.ENUM && raw.key().equals(option.key())) {
                return option.enumKeys().sinceOf(raw.value());
            }
        }
        return "";
    }

    private static void krunkitProblems(Target target, GoFlags flags, boolean printed, Set<String> problems) {
        for (String flag : VfkitCommand.FLAG_SINCE.keySet()) {
            if (!flags.changed(flag)) {
                continue;
            }
            String since = KRUNKIT_FLAGS.get(flag);
            if (since == null) {
                problems.add(KRUNKIT_MISSING_FLAGS.getOrDefault(flag.equals("initrd") || flag.equals(
                        "kernel-cmdline") ? "kernel" : flag, "--" + flag + " " + NOT_KRUNKIT));
            } else if (!target.hasKrunkitFeature(since)) {
                problems.add("--" + (flag.equals("log-level") ? "krun-log-level" : flag) + " needs krunkit " + since);
            }
        }
        long cpus = flags.changed("cpus") ? parseOrZero("--cpus", flags.string("cpus", "0")) : 0;
        if (cpus < 1 || cpus > KRUNKIT_MAX_CPUS) {
            problems.add("krunkit needs --cpus from 1 to " + KRUNKIT_MAX_CPUS);
        }
        long memory = flags.changed("memory") ? parseOrZero("--memory", flags.string("memory", "0")) : 0;
        if (memory < 1 || memory > KRUNKIT_MAX_MEMORY_MIB) {
            problems.add("krunkit needs --memory from 1 to " + KRUNKIT_MAX_MEMORY_MIB + " MiB");
        }
        if (flags.changed("restful-uri")) {
            krunkitRestfulUri(target, flags.string("restful-uri", ""), problems);
        }
        if (flags.changed("bootloader")) {
            List<String> segments = flags.list("bootloader");
            // krunkit reads the whole value as one list of keys: quoting means nothing to it.
            String value = String.join(",", segments);
            for (String segment : segments) {
                if (segment.indexOf(',') >= 0) {
                    problems.add("bootloader " + segments.get(0) + ": krunkit splits at every ',' and reads no"
                            + " quotes: '" + segment + "'");
                }
            }
            if (!segments.get(0).equals("efi")) {
                problems.add("bootloader " + segments.get(0) + " " + NOT_KRUNKIT + " (only efi)");
            } else {
                Set<String> keys = krunkitKeys("bootloader efi", value.substring(3), problems);
                for (String key : keys) {
                    if (!key.equals("variable-store") && !key.equals("create")) {
                        problems.add("bootloader efi option '" + key + "' " + NOT_KRUNKIT);
                    }
                }
                if (!keys.contains("create")) {
                    problems.add("krunkit needs the efi bootloader's 'create'");
                }
                if (!keys.contains("variable-store")) {
                    problems.add("krunkit needs the efi bootloader's 'variable-store'");
                }
            }
        }
        for (String device : flags.list("device")) {
            int comma = device.indexOf(',');
            String name = comma < 0 ? device : device.substring(0, comma);
            KrunkitDevice rules = KRUNKIT_DEVICES.get(name);
            if (rules == null) {
                problems.add("device " + name + " " + NOT_KRUNKIT);
                continue;
            }
            if (name.equals("virtio-rng")) {
                continue; // krunkit ignores whatever follows the name
            }
            Set<String> keys = krunkitKeys(name, comma < 0 ? "" : device.substring(comma), problems);
            for (String key : keys) {
                String since = rules.keys().get(key);
                if (name.equals("virtio-net") && key.equals("nat")) {
                    continue; // said below, with what to use instead
                }
                if (since == null) {
                    problems.add(name + " option '" + key + "' " + NOT_KRUNKIT);
                } else if (!target.hasKrunkitFeature(since)) {
                    problems.add(name + " option '" + key + "' needs krunkit " + since);
                }
            }
            for (String key : rules.required()) {
                if (!keys.contains(key)) {
                    problems.add("krunkit needs " + name + " option '" + key + "'");
                }
            }
            if (name.equals("virtio-net") && keys.contains("vfkitMagic") && device.contains(",type=unixstream")) {
                problems.add("krunkit reads virtio-net option 'vfkitMagic' only with type=unixgram");
            }
            if (name.equals("virtio-net") && keys.contains("unixSocketPath")) {
                for (String socketKey : List.of("vfkitMagic", "offloading")) {
                    if (keys.contains(socketKey)) {
                        problems.add("krunkit reads virtio-net option '" + socketKey + "' only with type=");
                    }
                }
                if (printed && !target.hasKrunkitFeature("1.0.0")) {
                    problems.add("virtio-net on a datagram socket without offloading needs krunkit 1.0.0 (older"
                            + " krunkit always offloads)");
                }
            }
            if (name.equals("virtio-net") && keys.contains("nat")) {
                problems.add("virtio-net,nat " + NOT_KRUNKIT + " (use a socket: unixSocketPath=...)");
            }
            if (name.equals("virtio-input") && keys.size() != 1) {
                problems.add("krunkit needs virtio-input with exactly one of keyboard and pointing");
            }
        }
    }

    /**
     * The keys of {@code options} (",key=value,key"), as krunkit splits them: on every {@code ,} and every {@code =},
     * refusing a value holding {@code =} and a key given twice.
     */
    private static Set<String> krunkitKeys(String label, String options, Set<String> problems) {
        Set<String> keys = new HashSet<>();
        for (String part : options.split(",", -1)) {
            if (part.isEmpty() && options.isEmpty()) {
                continue;
            }
            String[] pieces = part.split("=", -1);
            if (pieces.length > 2) {
                problems.add(label + " option '" + pieces[0] + "': krunkit refuses '=' inside a value");
            }
            if (!part.isEmpty() && !keys.add(pieces[0])) {
                problems.add(label + " option '" + pieces[0] + "' is repeated: krunkit accepts each key once");
            }
        }
        return keys;
    }

    /** krunkit reads {@code tcp://<IPv4 or localhost>:<port>}, {@code unix://<path>} and {@code none://}. */
    private static void krunkitRestfulUri(Target target, String uri, Set<String> problems) {
        if (uri.startsWith("tcp://")) {
            String[] parts = uri.substring("tcp://".length()).split(":", -1);
            if (parts.length != 2 || !(parts[0].equals("localhost") || isIpv4(parts[0]))
                    || !parts[1].matches("[0-9]{1,5}") || Integer.parseInt(parts[1]) > 0xFFFF) {
                problems.add("--restful-uri '" + uri + "': krunkit needs tcp://<IPv4 address or localhost>:<port>");
            }
        } else if (uri.startsWith("unix://") || uri.startsWith("none://")) {
            if (!target.hasKrunkitFeature("0.2.2")) {
                problems.add("--restful-uri " + uri.substring(0, uri.indexOf(':')) + ":// needs krunkit 0.2.2");
            } else if (uri.equals("unix://")) {
                problems.add("--restful-uri '" + uri + "': krunkit needs a socket path");
            }
        } else {
            problems.add("--restful-uri '" + uri + "': krunkit reads only tcp://, unix:// and none://");
        }
    }

    /** As Rust's {@code Ipv4Addr::from_str}: four decimal octets, no leading zeros. */
    private static boolean isIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static long parseOrZero(String flag, String text) {
        try {
            return GoFlags.parseUint(flag, text);
        } catch (ConfigException e) {
            return 0;
        }
    }

    /**
     * vfkit4j's command line as krunkit spells it: {@code --log-level} becomes {@code --krun-log-level} (libkrun's
     * levels: error 1, info 3, debug 4), a {@code virtio-net} on an inherited descriptor names its socket type,
     * which krunkit requires with {@code fd}, and {@code unixSocketPath=X} (handshake on, no offloading) becomes
     * {@code type=unixgram,path=X,vfkitMagic=on}, as krunkit offloads on {@code unixSocketPath=}.
     */
    static List<String> krunkitSpelling(List<String> args) {
        List<String> result = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--log-level") && i + 1 < args.size()) {
                result.add("--krun-log-level");
                result.add(krunLogLevel(args.get(++i)));
            } else if (arg.equals("--device") && i + 1 < args.size()) {
                String device = args.get(++i);
                result.add(arg);
                boolean inheritedNet = device.startsWith("virtio-net,") && !device.contains(",type=")
                        && device.contains(",fd=");
                if (inheritedNet) {
                    device = "virtio-net,type=unixgram" + device.substring("virtio-net".length());
                } else if (device.startsWith(NET_SOCKET_PATH)) {
                    List<String> segments = new ArrayList<>(List.of(device.split(",", -1)));
                    segments.set(1, "type=unixgram,path=" + segments.get(1).substring("unixSocketPath=".length())
                            + ",vfkitMagic=on");
                    device = String.join(",", segments);
                }
                result.add(device);
            } else {
                result.add(arg);
            }
        }
        return result;
    }

    private static final String NET_SOCKET_PATH = "virtio-net,unixSocketPath=";

    /**
     * krunkit's command line as vfkit4j reads it, so that the parsed VM is the one krunkit runs: krunkit reads
     * {@code unixSocketPath=X} as handshake and offloading on, and {@code type=unixgram} without {@code vfkitMagic} as
     * no handshake (vfkit's default is the handshake). A device krunkit refuses is left alone for the check to name.
     */
    static List<String> fromKrunkitSpelling(List<String> args) {
        List<String> result = new ArrayList<>(args.size());
        boolean deviceValue = false;
        for (String arg : args) {
            if (deviceValue) {
                result.add(krunkitNetMeaning(arg));
            } else if (arg.startsWith("--device=") || arg.startsWith("-device=")) {
                int equals = arg.indexOf('=');
                result.add(arg.substring(0, equals + 1) + krunkitNetMeaning(arg.substring(equals + 1)));
            } else {
                result.add(arg);
            }
            deviceValue = !deviceValue && (arg.equals("--device") || arg.equals("-device"));
        }
        return result;
    }

    private static String krunkitNetMeaning(String device) {
        if (!RawOption.nameIn(device).equals("virtio-net")) {
            return device;
        }
        Set<String> keys = new HashSet<>();
        for (RawOption option : RawOption.optionsIn(device)) {
            keys.add(option.key());
        }
        boolean refusedByKrunkit = keys.contains("unixSocketPath")
                && (keys.contains("type") || keys.contains("vfkitMagic") || keys.contains("offloading"));
        if (refusedByKrunkit || keys.contains("vfkitMagic")) {
            return device;
        }
        List<String> segments = new ArrayList<>(List.of(device.split(",", -1)));
        for (int i = 1; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.startsWith("unixSocketPath=")) {
                segments.set(i, "type=unixgram,path=" + segment.substring("unixSocketPath=".length())
                        + ",vfkitMagic=on,offloading=on");
            } else if (segment.startsWith("path=") && segments.contains("type=unixgram")) {
                segments.set(i, segment + ",vfkitMagic=off");
            }
        }
        return String.join(",", segments);
    }

    private static String krunLogLevel(String vfkitLevel) {
        return switch (vfkitLevel) {
            case "error" -> "1";
            case "debug" -> "4";
            default -> "3";
        };
    }
}
