package dev.vfkit4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vfkit4j.bootloaders.EfiBootloader;
import dev.vfkit4j.conformance.Vectors;
import dev.vfkit4j.conformance.Vectors.Vector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code device} and {@code argv} vector of {@code ../shared/conformance}, checked as its README says, on the
 * command-line side: acceptance, the printed command line, and the preflight checks. (The JSON side of these vectors
 * and the {@code json} vectors are checked by {@code dev.vfkit4j.json.JsonConformanceTest}.)
 */
class ConformanceTest {
    private static final Path IMAGES = Vectors.createImages();

    @TestFactory
    Stream<DynamicTest> devices() {
        return tests("devices.jsonl");
    }

    @TestFactory
    Stream<DynamicTest> vms() {
        return tests("vms.jsonl");
    }

    private static Stream<DynamicTest> tests(String file) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Vector vector : Vectors.load(file, IMAGES)) {
            if (vector.op().equals("json")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(vector.id(), () -> check(vector)));
        }
        return tests.stream();
    }

    private static void check(Vector vector) {
        Assumptions.assumeTrue(vector.skipReason() == null, () -> "skipped by the vectors: " + vector.skipReason());
        switch (vector.accept()) {
            case "true" -> assertEquals(vector.expectedCmdLine(), parse(vector).toCmdLine(), vector.id());
            case "false" -> {
                ConfigException error = assertThrows(ConfigException.class, () -> parse(vector).toCmdLine(),
                        vector.id());
                assertTrue(error.getMessage() != null && !error.getMessage().isBlank());
            }
            case "preflight-reject" -> {
                Printable parsed = parse(vector);
                ConfigException error = assertThrows(ConfigException.class, parsed::preflight, vector.id());
                String image = vector.op().equals("device") ? vector.arg() : String.join(" ", vector.args());
                assertTrue(image.contains(imageNamedIn(error.getMessage())),
                        () -> "the error names the image: " + error.getMessage());
            }
            default -> throw new AssertionError("unexpected accept " + vector.accept() + " in " + vector.id());
        }
    }

    /** The path the preflight message quotes after "path" or "option 'path' = '". */
    private static String imageNamedIn(String message) {
        int start = message.indexOf(IMAGES.toString());
        assertTrue(start >= 0, () -> "no image path in: " + message);
        int end = message.indexOf('\'', start);
        return message.substring(start, end < 0 ? message.length() : end);
    }

    /** What a vector parses to: a device (wrapped in a VM for preflight) or a VM. */
    private interface Printable {
        List<String> toCmdLine();

        void preflight();
    }

    private static Printable parse(Vector vector) {
        if (vector.op().equals("device")) {
            Device device = Device.fromCmdLine(vector.arg());
            return new Printable() {
                @Override
                public List<String> toCmdLine() {
                    return device.toCmdLine();
                }

                @Override
                public void preflight() {
                    VirtualMachine.builder()
                            .bootloader(EfiBootloader.of(IMAGES.resolve("efi-vars.fd").toString(), true))
                            .device(device)
                            .build()
                            .preflight();
                }
            };
        }
        VirtualMachine vm = VirtualMachine.fromCmdLine(vector.args());
        return new Printable() {
            @Override
            public List<String> toCmdLine() {
                return vm.toCmdLine();
            }

            @Override
            public void preflight() {
                vm.preflight();
            }
        };
    }
}
