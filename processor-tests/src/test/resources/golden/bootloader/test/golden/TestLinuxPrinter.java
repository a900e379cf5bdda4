package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.OptionWriter;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Prints a {@link TestLinux} as {@code --bootloader test-linux,...}, exactly as vfkit spells it.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestLinuxPrinter {
    private TestLinuxPrinter() {
    }

    /**
     * Checks {@code bootloader} and prints it as vfkit's argv:
     * {@code [--bootloader, test-linux,...]}.
     *
     * @throws ConfigException when it breaks a rule or holds a value vfkit would read differently
     */
    public static List<String> toCmdLine(TestLinux bootloader) {
        TestLinuxDescriptor.INSTANCE.validate(bootloader);
        // TestLinux prints itself: its command line is not one option list
        if (bootloader.kernel() != null) {
            OptionWriter.checkArgument(TestLinuxDescriptor.NAME, "kernel", bootloader.kernel());
        }
        if (bootloader.commandLine() != null) {
            OptionWriter.checkArgument(TestLinuxDescriptor.NAME, "cmdline", bootloader.commandLine());
        }
        if (bootloader.initrd() != null) {
            OptionWriter.checkArgument(TestLinuxDescriptor.NAME, "initrd", bootloader.initrd());
        }
        return bootloader.argv();
    }
}
