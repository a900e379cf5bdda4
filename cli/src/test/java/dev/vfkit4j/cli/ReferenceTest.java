package dev.vfkit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vfkit4j.Device;
import dev.vfkit4j.Devices;
import dev.vfkit4j.devices.VirtioNet;
import dev.vfkit4j.devices.VirtioVsock;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.Components;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/reference.md} is what {@link Reference#builtIns()} produces now, and that output covers every built-in
 * component and option.
 */
class ReferenceTest {
    private static final String UPDATE_PROPERTY = "vfkit4j.reference.update";

    /** Surefire runs tests in the module's directory and names it in {@code basedir}; the docs are beside it. */
    private static final Path CHECKED_IN = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolveSibling("docs").resolve("reference.md").toAbsolutePath().normalize();

    @Test
    void checkedInReferenceIsWhatTheGeneratorProducesNow() throws IOException {
        String generated = Reference.builtIns();
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(CHECKED_IN.getParent());
            Files.writeString(CHECKED_IN, generated, StandardCharsets.UTF_8);
            System.out.println("Rewrote " + CHECKED_IN);
            return;
        }
        if (!Files.exists(CHECKED_IN)) {
            fail(CHECKED_IN + " is missing. Generate it with: " + Reference.UPDATE_COMMAND);
        }
        String checkedIn = Files.readString(CHECKED_IN, StandardCharsets.UTF_8);
        if (!checkedIn.equals(generated)) {
            fail(CHECKED_IN + " is out of date: " + firstDifference(checkedIn, generated)
                    + "\nIf the change is intended, regenerate it with: " + Reference.UPDATE_COMMAND);
        }
    }

    @Test
    void eachComponentListsItsHandWrittenFactories() {
        String reference = Reference.builtIns();
        assertTrue(section(reference, "rosetta").contains("`Rosetta.withInstall(String)`, `Rosetta.withoutInstall("
                + "String)`, `Rosetta.builder()`"));
        assertTrue(section(reference, "virtio-vsock").contains("`VirtioVsock.connect(long, String)`,"
                + " `VirtioVsock.listen(long, String)`, `VirtioVsock.builder()`"));
    }

    @Test
    void generatingTwiceGivesTheSameText() {
        assertEquals(Reference.builtIns(), Reference.builtIns());
    }

    @Test
    void everyBuiltInComponentHasASectionWithItsSynopsisKindAndJavaClass() {
        String reference = Reference.builtIns();
        List<ComponentDescriptor<?>> components = new java.util.ArrayList<>(Devices.descriptors());
        components.addAll(Devices.bootloaders());
        // This module's tests have a device of their own, which docs/reference.md does not document.
        components.removeIf(component -> !isBuiltIn(component));
        assertFalse(components.isEmpty());
        for (ComponentDescriptor<?> component : components) {
            String section = section(reference, component.name());
            assertTrue(section.contains("`" + Reference.synopsis(component) + "`"), component.name());
            assertTrue(section.contains("\"kind\": \"" + component.kind() + "\""), component.name());
            assertTrue(section.contains(component.type().getCanonicalName()), component.name());
            assertTrue(section.contains(component.doc()), component.name());
            assertTrue(section.contains("`" + component.type().getSimpleName() + ".builder()`"), component.name());
        }
    }

    @Test
    void everyOptionHasARowWithItsDocAndJsonName() {
        String reference = Reference.builtIns();
        for (ComponentDescriptor<?> component : Devices.descriptors()) {
            if (!isBuiltIn(component)) {
                continue;
            }
            String section = section(reference, component.name());
            for (OptionDescriptor<?, ?> option : component.options()) {
                String row = rowFor(section, option);
                assertTrue(row.contains(option.doc().replace("|", "\\|")), () -> component.name() + " " + option.name()
                        + ": " + row);
                assertTrue(row.contains(option.jsonName() == null ? "| none (vfkit's JSON cannot hold it) |"
                        : "`" + option.jsonName() + "`"), () -> component.name() + " " + option.name() + ": " + row);
                assertTrue(row.contains("`." + option.name() + "(" + option.valueType().getSimpleName() + ")`"),
                        () -> component.name() + " " + option.name() + ": " + row);
                if (option.required() && option.defaultValue() == null) {
                    assertTrue(row.contains("**required**"), () -> component.name() + " " + option.name());
                }
                if (option.defaultValue() != null) {
                    assertTrue(row.contains("`" + option.defaultValue() + "`"), () -> component.name() + " "
                            + option.name());
                }
                for (String allowed : option.allowedValues()) {
                    assertTrue(row.contains("`" + allowed + "`"), () -> component.name() + " " + option.name());
                }
            }
        }
    }

    @Test
    void synopsisBracketsOnlyWhatMayBeLeftOut() {
        // port and socketURL are required; the direction has a default.
        assertEquals("--device virtio-vsock,port=<number>,socketURL=<path>[,listen|connect]",
                Reference.synopsis(Devices.descriptorOf(VirtioVsock.class)));
        // krunkit's spellings are options, each with its alternatives.
        assertTrue(Reference.synopsis(Devices.descriptorOf(VirtioNet.class)).endsWith(
                "[,vfkitMagic=on|off][,type=unixgram|unixstream][,offloading=on|off]"));
    }

    @Test
    void tableCellsEscapeThePipeOfAlternatives() {
        String section = section(Reference.builtIns(), "virtio-vsock");
        assertTrue(section.contains("| `listen` \\| `connect` |"), section);
    }

    @Test
    void theVmAndLaunchFlagsAreDescribed() {
        String reference = Reference.builtIns();
        for (String flag : List.of("--cpus", "--memory", "--bootloader", "--device", "--timesync", "--gui",
                "--ignition", "--nested", "--kernel", "--restful-uri", "--log-level", "--pidfile", "--cloud-init")) {
            assertTrue(reference.contains("| `" + flag + "`"), flag);
        }
    }

    /** What {@code vfkit4j devices} prints: the reference of everything on the class path. */
    @Test
    void devicesPrintsTheGeneratorsReferenceOfEverythingOnTheClassPath() {
        String printed = Cli.inProcess("devices").out();
        assertEquals(Reference.everything(), printed);
        for (ComponentDescriptor<? extends Device> device : Devices.descriptors()) {
            assertTrue(printed.contains("\n### `" + device.name() + "`\n"), device.name());
        }
    }

    @Test
    void theTestsOwnDeviceIsInTheClassPathsReferenceButNotInTheBuiltIns() {
        String section = "\n### `virtio-sound`\n";
        assertTrue(Reference.everything().contains(section));
        assertFalse(Reference.builtIns().contains(section), "docs/reference.md documents vfkit4j's own devices");
    }

    @Test
    void oneComponentIsItsSectionOfTheWholeReference() {
        String everything = Reference.everything();
        for (ComponentDescriptor<?> component : Components.registered().all()) {
            String section = Reference.of(component);
            assertTrue(section.startsWith("### `" + component.name() + "`\n"), section);
            assertTrue(everything.contains("\n" + section), component.name());
        }
    }

    private static boolean isBuiltIn(ComponentDescriptor<?> component) {
        return component.type().getPackageName().startsWith("dev.vfkit4j.devices")
                || component.type().getPackageName().startsWith("dev.vfkit4j.bootloaders");
    }

    /** From the component's heading to the next heading. */
    private static String section(String reference, String name) {
        int start = reference.indexOf("\n### `" + name + "`\n");
        assertTrue(start >= 0, () -> "no section for " + name);
        int end = reference.indexOf("\n### ", start + 1);
        return reference.substring(start, end < 0 ? reference.length() : end);
    }

    private static String rowFor(String section, OptionDescriptor<?, ?> option) {
        String first;
        if (!option.onCommandLine()) {
            first = "| (JSON only) |";
        } else if (option.type() == OptionType.CHOICE) {
            first = "| `" + option.allowedValues().get(0) + "`";
        } else {
            first = "| `" + option.key() + "`";
        }
        for (String line : section.split("\n")) {
            if (line.startsWith(first) && (option.onCommandLine() || line.contains("`" + option.jsonName() + "`"))) {
                return line;
            }
        }
        throw new AssertionError("no row for " + option.name() + " in\n" + section);
    }

    private static String firstDifference(String checkedIn, String generated) {
        String[] expected = generated.split("\n", -1);
        String[] actual = checkedIn.split("\n", -1);
        for (int i = 0; i < Math.max(expected.length, actual.length); i++) {
            String want = i < expected.length ? expected[i] : "<end of file>";
            String have = i < actual.length ? actual[i] : "<end of file>";
            if (!want.equals(have)) {
                return "line " + (i + 1) + " is\n  " + have + "\nbut the generator now writes\n  " + want;
            }
        }
        return "they differ in line ends";
    }
}
