package test.golden;

import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.AbstractComponentDescriptor;
import dev.vfkit4j.spi.Checks;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionReader;
import dev.vfkit4j.spi.OptionType;
import dev.vfkit4j.spi.OptionWriter;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Describes {@code --bootloader test-linux}: Boots a Linux kernel directly.
 *
 * <p>Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.vfkit4j.spi.ComponentDescriptor}.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestLinuxDescriptor extends AbstractComponentDescriptor<TestLinux> {
    /**
     * The bootloader's name on vfkit's command line.
     */
    public static final String NAME = "test-linux";

    /**
     * The bootloader's {@code kind} in vfkit's JSON.
     */
    public static final String KIND = "testLinuxBootloader";

    /**
     * The option {@code kernel=}: the kernel image.
     */
    public static final OptionDescriptor<TestLinux, String> KERNEL = OptionDescriptor.of(NAME,
            "kernel", OptionType.STRING, String.class, TestLinux::kernel, TestLinuxBuilder::kernel)
            .key("kernel")
            .doc("the kernel image")
            .required()
            .json("vmlinuzPath", false)
            .hostPath(HostPath.Kind.EXISTING_FILE)
            .build();

    /**
     * The option {@code cmdline=}: the kernel's command line.
     */
    public static final OptionDescriptor<TestLinux, String> COMMAND_LINE = OptionDescriptor.of(NAME,
            "commandLine", OptionType.STRING, String.class, TestLinux::commandLine,
            TestLinuxBuilder::commandLine)
            .key("cmdline")
            .doc("the kernel's command line")
            .trimQuotes()
            .json("kernelCmdLine", false)
            .build();

    /**
     * The option {@code initrd=}: the initial ramdisk.
     */
    public static final OptionDescriptor<TestLinux, String> INITRD = OptionDescriptor.of(NAME,
            "initrd", OptionType.STRING, String.class, TestLinux::initrd, TestLinuxBuilder::initrd)
            .key("initrd")
            .doc("the initial ramdisk")
            .json("initrdPath", false)
            .hostPath(HostPath.Kind.EXISTING_FILE)
            .build();

    private static final List<OptionDescriptor<TestLinux, ?>> OPTIONS = List.of(KERNEL,
            COMMAND_LINE, INITRD);

    /**
     * Every key {@code test-linux} accepts on the command line.
     */
    private static final List<String> KEYS = List.of("kernel", "cmdline", "initrd");

    /**
     * The instance generated code uses; {@link java.util.ServiceLoader} makes its own.
     */
    public static final TestLinuxDescriptor INSTANCE = new TestLinuxDescriptor();

    /**
     * For {@link java.util.ServiceLoader}; code uses {@link #INSTANCE}.
     */
    public TestLinuxDescriptor() {
        super(ComponentRole.BOOTLOADER, NAME, KIND, TestLinux.class, OPTIONS);
    }

    @Override
    public String doc() {
        return "Boots a Linux kernel directly.";
    }

    /**
     * Reads the options that follow {@code test-linux} in {@code --bootloader test-linux,<options>}
     * into a checked {@link TestLinux}. A repeated option keeps its last value, as in vfkit.
     */
    @Override
    public TestLinux fromOptions(OptionReader options) {
        TestLinuxBuilder builder = new TestLinuxBuilder();
        while (options.next()) {
            switch (options.key(KEYS)) {
                case "kernel" -> builder.kernel(KERNEL.parse(options));
                case "cmdline" -> builder.commandLine(COMMAND_LINE.parse(options));
                case "initrd" -> builder.initrd(INITRD.parse(options));
                default -> throw options.unknownOption(NAME, KEYS);
            }
        }
        return builder.build();
    }

    @Override
    public void appendCmdLine(TestLinux bootloader, List<String> argv, OptionWriter out) {
        validate(bootloader);
        // TestLinux prints itself: its command line is not one option list
        if (bootloader.kernel() != null) {
            OptionWriter.checkArgument(NAME, "kernel", bootloader.kernel());
        }
        if (bootloader.commandLine() != null) {
            OptionWriter.checkArgument(NAME, "cmdline", bootloader.commandLine());
        }
        if (bootloader.initrd() != null) {
            OptionWriter.checkArgument(NAME, "initrd", bootloader.initrd());
        }
        argv.addAll(bootloader.argv());
    }

    @Override
    public void validate(TestLinux bootloader) {
        Checks.required(KERNEL, bootloader.kernel());
        Checks.notEmpty(COMMAND_LINE, bootloader.commandLine());
        Checks.notEmpty(INITRD, bootloader.initrd());
    }

    @Override
    public TestLinuxBuilder newBuilder() {
        return new TestLinuxBuilder();
    }
}
