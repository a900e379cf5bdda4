package dev.vfkit4j.cli;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Target;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --target vfkit-0.6.1|krunkit-1.2.1|latest}: the binary a command line is printed and checked for. */
final class TargetOption {
    @Option(names = "--target", paramLabel = "<target>", converter = Converter.class,
            description = "The binary the command line is for: vfkit-<version> (vfkit-0.6.1: podman's and CRC's),"
                    + " krunkit-<version> (krunkit-1.2.1) or latest (the newest vfkit, the default).")
    Target target;

    /** The target given, if any. */
    Optional<Target> given() {
        return Optional.ofNullable(target);
    }

    /** The target given, or the newest vfkit. */
    Target orLatest() {
        return target != null ? target : Target.latest();
    }

    /** {@code vfkit-0.6.1}, {@code krunkit-1.2.1}, {@code latest} (or {@code vfkit}). */
    static final class Converter implements ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            try {
                if (value.equals("latest") || value.equals("vfkit")) {
                    return Target.latest();
                }
                if (value.startsWith("vfkit-")) {
                    return Target.vfkit(value.substring("vfkit-".length()));
                }
                if (value.startsWith("krunkit-")) {
                    return Target.krunkit(value.substring("krunkit-".length()));
                }
            } catch (ConfigException e) {
                throw new TypeConversionException("'" + value + "': " + e.problem());
            }
            throw new TypeConversionException("'" + value + "': expected vfkit-<version>, krunkit-<version> or"
                    + " latest, such as vfkit-0.6.1 or krunkit-1.2.1");
        }
    }
}
