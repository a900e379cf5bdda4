package test.golden;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.spi.ComponentBuilder;
import dev.vfkit4j.spi.Values;
import javax.annotation.processing.Generated;

/**
 * Builds a {@link TestLinux} ({@code --bootloader test-linux}). Unset options take their defaults;
 * {@link #build()} checks
 * every rule and names the option at fault.
 */
@Generated("dev.vfkit4j.processor.VfkitProcessor")
@VfkitGenerated
public final class TestLinuxBuilder implements ComponentBuilder<TestLinux> {
    private String kernel;

    private String commandLine;

    private String initrd;

    /**
     * An empty builder: every option unset.
     */
    public TestLinuxBuilder() {
    }

    /**
     * A builder holding every option of {@code bootloader}, to derive a variant.
     */
    public static TestLinuxBuilder from(TestLinux bootloader) {
        TestLinuxBuilder builder = new TestLinuxBuilder();
        builder.kernel = bootloader.kernel();
        builder.commandLine = bootloader.commandLine();
        builder.initrd = bootloader.initrd();
        return builder;
    }

    /**
     * Sets {@code kernel=}: the kernel image. Required.
     */
    public TestLinuxBuilder kernel(String kernel) {
        this.kernel = kernel;
        return this;
    }

    /**
     * Sets {@code cmdline=}: the kernel's command line.
     */
    public TestLinuxBuilder commandLine(String commandLine) {
        this.commandLine = commandLine;
        return this;
    }

    /**
     * Sets {@code initrd=}: the initial ramdisk.
     */
    public TestLinuxBuilder initrd(String initrd) {
        this.initrd = initrd;
        return this;
    }

    /**
     * Applies defaults, checks every rule and returns the bootloader.
     *
     * @throws ConfigException naming the option at fault
     */
    @Override
    public TestLinux build() {
        // Empty text is "not set", as the parser reads it: one spelling, null.
        String kernel = Values.textOrNull(this.kernel);
        String commandLine = Values.textOrNull(this.commandLine);
        String initrd = Values.textOrNull(this.initrd);
        TestLinux bootloader = new TestLinux(kernel, commandLine, initrd);
        TestLinuxDescriptor.INSTANCE.validate(bootloader);
        return bootloader;
    }
}
