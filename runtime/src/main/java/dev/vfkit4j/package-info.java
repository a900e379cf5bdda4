/**
 * Describe a vfkit virtual machine in Java, and convert it to and from vfkit's command line.
 *
 * <p>Start with {@link dev.vfkit4j.VirtualMachine#builder()}. Each bootloader and device is an immutable record
 * with a generated builder ({@code VirtioVsock.builder()}, {@code toBuilder()} for variants) and, for the common
 * cases, a factory named after what it makes:
 *
 * <table>
 *   <caption>Where to find each part</caption>
 *   <tr><th>You want</th><th>Write</th></tr>
 *   <tr><td>memory</td><td>{@code memory(Size.ofGiB(4))} — a {@link dev.vfkit4j.Size}, never a bare number</td></tr>
 *   <tr><td>EFI boot</td><td>{@code EfiBootloader.withNewVariableStore(path)},
 *       {@code EfiBootloader.withVariableStore(path)}</td></tr>
 *   <tr><td>Linux kernel boot</td><td>{@code LinuxBootloader.of(kernel, initrd, cmdline)}</td></tr>
 *   <tr><td>a disk</td><td>{@code VirtioBlk.of(path)}, {@code Nvme.of(path)}, {@code UsbMassStorage.of(path)},
 *       {@code NetworkBlockDevice.of(uri)}</td></tr>
 *   <tr><td>networking</td><td>{@code VirtioNet.withNat()}, {@code VirtioNet.unixSocket(path, mac)},
 *       {@code VirtioNet.fileDescriptor(fd, mac)}</td></tr>
 *   <tr><td>a shared directory</td><td>{@code VirtioFs.of(hostDirectory, mountTag)}</td></tr>
 *   <tr><td>a serial console</td><td>{@code VirtioSerial.logFile(path)}, {@code VirtioSerial.standardIo()},
 *       {@code VirtioSerial.pseudoTerminal()}</td></tr>
 *   <tr><td>vsock</td><td>{@code VirtioVsock.listen(port, socket)}, {@code VirtioVsock.connect(port, socket)}</td></tr>
 *   <tr><td>Rosetta</td><td>{@code Rosetta.of(mountTag)}</td></tr>
 *   <tr><td>entropy, balloon</td><td>{@code new VirtioRng()}, {@code new VirtioBalloon()}</td></tr>
 *   <tr><td>a display and input</td><td>{@code VirtioGpu.of(width, height)}, {@code VirtioInput.keyboard()},
 *       {@code VirtioInput.pointing()}</td></tr>
 * </table>
 *
 * <p>Every builder checks what it builds. A device's or bootloader's {@code build()} checks the component's own rules
 * (required options, ranges, options that exclude each other); {@link dev.vfkit4j.VirtualMachine.Builder#build()}
 * also checks that vfkit's command line can carry every value (no {@code ,} inside an option), so it never returns
 * a VM whose {@code toCmdLine()} would fail. Every error is a {@link dev.vfkit4j.ConfigException} naming the device
 * or flag, the option and the value.
 *
 * <p>{@link dev.vfkit4j.Devices} describes every device and bootloader at run time, your own included;
 * {@link dev.vfkit4j.Reference} prints that description as Markdown.
 */
package dev.vfkit4j;
