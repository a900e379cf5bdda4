/**
 * Describe a vfkit virtual machine in Java, and convert it to and from vfkit's command line.
 *
 * <p>Start with {@link dev.vfkit4j.VirtualMachine#builder()}. Each bootloader and device is an immutable record
 * with a generated builder ({@code VirtioVsock.builder()}, {@code toBuilder()} for variants) and, for the common
 * cases, a factory named after what it makes.
 *
 * <p><b>Naming conventions</b>, the same for every built-in component:
 * <ul>
 *   <li>{@code X.builder()} starts an empty builder, {@code x.toBuilder()} one holding {@code x}'s options; each
 *       builder setter is named after the record component ({@code socketUrl(...)} for {@code socketURL=}), and
 *       {@code docs/reference.md} lists them beside the options.</li>
 *   <li>{@code X.of(...)} takes exactly the options every use must give and sets nothing else:
 *       {@code VirtioBlk.of(path)}, {@code VirtioRng.of()}, {@code VirtioSerial.of(logFile)}.</li>
 *   <li>Where the caller must choose between shapes of a device, there is one factory per shape, named after it,
 *       and no {@code of}: {@code VirtioNet.withNat()}, {@code VirtioVsock.listen(...)},
 *       {@code Rosetta.withInstall(tag)} / {@code Rosetta.withoutInstall(tag)} (whether vfkit may install Rosetta
 *       on the host is never left to a default).</li>
 *   <li>{@link dev.vfkit4j.VirtualMachine.Builder} methods are named after vfkit's flags: {@code cpus},
 *       {@code memory}, {@code bootloader}, {@code device}, {@code timesync} (also {@code timeSync}),
 *       {@code ignition}, {@code nested}.</li>
 * </ul>
 *
 * <p>Where to find each part:
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
 *   <tr><td>a serial console</td><td>{@code VirtioSerial.of(path)} (a log file), {@code VirtioSerial.standardIo()},
 *       {@code VirtioSerial.pseudoTerminal()}</td></tr>
 *   <tr><td>vsock</td><td>{@code VirtioVsock.listen(port, socket)}, {@code VirtioVsock.connect(port, socket)}</td></tr>
 *   <tr><td>Rosetta</td><td>{@code Rosetta.withInstall(mountTag)}, {@code Rosetta.withoutInstall(mountTag)}</td></tr>
 *   <tr><td>entropy, balloon</td><td>{@code VirtioRng.of()}, {@code VirtioBalloon.of()}</td></tr>
 *   <tr><td>a display and input</td><td>{@code VirtioGpu.of(width, height)}, {@code VirtioInput.keyboard()},
 *       {@code VirtioInput.pointing()}</td></tr>
 *   <tr><td>macOS boot</td><td>{@code MacosBootloader.of(machineIdentifier, hardwareModel, auxImage)}</td></tr>
 *   <tr><td>time sync</td><td>{@code timesync(vsockPort)} on the VM's builder</td></tr>
 * </table>
 *
 * <p>Every builder checks what it builds. A device's or bootloader's {@code build()} checks the component's own rules
 * (required options, ranges, options that exclude each other); {@link dev.vfkit4j.VirtualMachine.Builder#build()}
 * also checks that vfkit's command line can carry every value (no {@code ,} inside an option), so it never returns
 * a VM whose {@code toCmdLine()} would fail. Every error is a {@link dev.vfkit4j.ConfigException} naming the device
 * or flag, the option and the value.
 *
 * <p>{@link dev.vfkit4j.Devices} describes every device and bootloader at run time, your own included; the
 * command-line tool ({@code vfkit4j devices}, module {@code cli}) prints that description as Markdown.
 */
package dev.vfkit4j;
