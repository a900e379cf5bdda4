/**
 * vfkit4j's runtime: {@link dev.vfkit4j.VirtualMachine}, the built-in bootloaders and devices, vfkit's command line
 * and JSON, and the SPI that the code generated for every component (the built-ins and yours) implements.
 *
 * <p>A module of yours with its own devices declares each generated descriptor, as this one does:
 * {@code provides dev.vfkit4j.spi.ComponentDescriptor with com.example.VirtioConsoleDescriptor;}
 */
module dev.vfkit4j {
    requires transitive dev.vfkit4j.annotations;
    // VfkitJson.mapper() and VfkitJsonModule show Jackson's types.
    requires transitive tools.jackson.databind;
    // The generated classes carry javax.annotation.processing.Generated (source retention); transitive, so that
    // -Xlint:exports accepts it on exported classes.
    requires static transitive java.compiler;

    // The public API. Generated parsers, printers, builders and descriptors live beside their records.
    exports dev.vfkit4j;
    exports dev.vfkit4j.bootloaders;
    exports dev.vfkit4j.devices;
    exports dev.vfkit4j.json;
    // The SPI that generated code (in your modules too) compiles against.
    exports dev.vfkit4j.spi;

    uses dev.vfkit4j.spi.ComponentDescriptor;
    // The same list as the META-INF/services file the processor writes; ModuleDescriptorTest keeps them equal.
    provides dev.vfkit4j.spi.ComponentDescriptor with
            dev.vfkit4j.bootloaders.EfiBootloaderDescriptor,
            dev.vfkit4j.bootloaders.LinuxBootloaderDescriptor,
            dev.vfkit4j.bootloaders.MacosBootloaderDescriptor,
            dev.vfkit4j.devices.NetworkBlockDeviceDescriptor,
            dev.vfkit4j.devices.NvmeDescriptor,
            dev.vfkit4j.devices.RosettaDescriptor,
            dev.vfkit4j.devices.UsbMassStorageDescriptor,
            dev.vfkit4j.devices.VirtioBalloonDescriptor,
            dev.vfkit4j.devices.VirtioBlkDescriptor,
            dev.vfkit4j.devices.VirtioFsDescriptor,
            dev.vfkit4j.devices.VirtioGpuDescriptor,
            dev.vfkit4j.devices.VirtioInputDescriptor,
            dev.vfkit4j.devices.VirtioNetDescriptor,
            dev.vfkit4j.devices.VirtioRngDescriptor,
            dev.vfkit4j.devices.VirtioSerialDescriptor,
            dev.vfkit4j.devices.VirtioVsockDescriptor;
}
