package dev.vfkit4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.conformance.Vectors;
import dev.vfkit4j.conformance.Vectors.Vector;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON side of the conformance vectors ({@code shared/conformance/README.md}), one dynamic test per vector id,
 * grouped by op. {@code device} and {@code argv} vectors that parse have their {@code toJson()} compared with the
 * expected JSON and read back; {@code json} vectors are judged completely (accept or reject, JSON and command line).
 * What only the command line decides (a refused {@code --device}, a preflight check) is judged by
 * {@code dev.vfkit4j.ConformanceTest} alone and has no test here.
 */
class JsonConformanceTest {
    private static final Path IMAGES = Vectors.createImages();
    /** Plain Jackson, to compare documents: not the codec under test. */
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final List<String> OPS = List.of("device", "argv", "json");

    private static final Map<String, AtomicInteger> TOTAL = counters();
    private static final Map<String, AtomicInteger> PASSED = counters();
    private static final Map<String, AtomicInteger> SKIPPED = counters();

    @TestFactory
    Stream<DynamicNode> vectors() {
        List<Vector> vectors = new ArrayList<>();
        vectors.addAll(Vectors.load("devices.jsonl", IMAGES));
        vectors.addAll(Vectors.load("vms.jsonl", IMAGES));
        List<DynamicNode> groups = new ArrayList<>();
        for (String op : OPS) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Vector vector : vectors) {
                if (vector.op().equals(op) && hasJsonToJudge(vector)) {
                    TOTAL.get(op).incrementAndGet();
                    tests.add(DynamicTest.dynamicTest(vector.id(), () -> run(vector)));
                }
            }
            groups.add(DynamicContainer.dynamicContainer(op, tests));
        }
        return groups.stream();
    }

    /**
     * Whether the vector says anything about JSON: every {@code json} vector, and the accepted {@code device} and
     * {@code argv} ones. Refused and preflight-rejected command lines are judged by {@code ConformanceTest} alone.
     */
    private static boolean hasJsonToJudge(Vector vector) {
        return vector.op().equals("json") || vector.skipReason() != null || "true".equals(vector.accept());
    }

    private static void run(Vector vector) {
        if (vector.skipReason() != null) {
            skip(vector, "skipped by the vectors: " + vector.skipReason());
        }
        switch (vector.op()) {
            case "device", "argv" -> checkCommandLineJson(vector);
            case "json" -> checkJson(vector);
            default -> fail("unknown op " + vector.op() + " in " + vector.id());
        }
        PASSED.get(vector.op()).incrementAndGet();
    }

    /** An accepted command line: its JSON is vfkit's (with vfkit4j's rules), and reads back as the same object. */
    private static void checkCommandLineJson(Vector vector) {
        JsonNode expected = vector.expect().get("json");
        if (expected == null) {
            skip(vector, "no JSON expected (accept: " + vector.accept() + "): judged by ConformanceTest");
        }
        if (vector.op().equals("device")) {
            Device device = Device.fromCmdLine(vector.arg());
            String json = device.toJson();
            assertSameJson(vector, expected, json);
            assertEquals(device, Device.fromJson(json), vector.id() + ": reading back " + json);
        } else {
            VirtualMachine vm = VirtualMachine.fromCmdLine(vector.args());
            String json = vm.toJson();
            assertSameJson(vector, expected, json);
            assertEquals(vm, VirtualMachine.fromJson(json), vector.id() + ": reading back " + json);
        }
    }

    private static void checkJson(Vector vector) {
        switch (vector.accept()) {
            case "true" -> {
                VirtualMachine vm = VirtualMachine.fromJson(vector.json());
                assertSameJson(vector, vector.expect().get("json"), vm.toJson());
                assertEquals(vector.expectedCmdLine(), vm.toCmdLine(), vector.id());
            }
            case "json-only" -> {
                VirtualMachine vm = VirtualMachine.fromJson(vector.json());
                assertSameJson(vector, vector.expect().get("json"), vm.toJson());
                assertThrows(ConfigException.class, vm::toCmdLine, vector.id() + ": toCmdLine() must refuse");
            }
            case "false" -> {
                VirtualMachine vm;
                try {
                    vm = VirtualMachine.fromJson(vector.json());
                } catch (ConfigException e) {
                    assertTrue(e.component() != null && e.component().startsWith("$"),
                            vector.id() + ": the error must name a JSON path: " + e.getMessage());
                    return;
                }
                assertThrows(ConfigException.class, vm::toCmdLine, vector.id() + ": read as " + vm.toJson()
                        + ", so toCmdLine() must refuse");
            }
            case "preflight-reject" -> {
                VirtualMachine vm = VirtualMachine.fromJson(vector.json());
                assertThrows(ConfigException.class, vm::preflight, vector.id());
            }
            default -> fail("unexpected accept " + vector.accept() + " in " + vector.id());
        }
    }

    private static void assertSameJson(Vector vector, JsonNode expected, String actual) {
        assertTrue(sameJson(expected, PLAIN.readTree(actual)), () -> vector.id() + " " + vector.line()
                + "\n expected JSON: " + expected + "\n   actual JSON: " + actual);
    }

    /**
     * Semantic equality as the README judges it: object members in any order, numbers by value ({@code 1},
     * {@code 1.0} and a big integer 1 are equal), everything else exactly.
     */
    static boolean sameJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asString()).compareTo(new BigDecimal(b.asString())) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> member : a.properties()) {
                JsonNode other = b.get(member.getKey());
                if (other == null || !sameJson(member.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<JsonNode> others = b.iterator();
            for (JsonNode item : a) {
                if (!sameJson(item, others.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static void skip(Vector vector, String reason) {
        SKIPPED.get(vector.op()).incrementAndGet();
        Assumptions.abort(vector.id() + ": " + reason);
    }

    @AfterAll
    static void report() {
        StringBuilder summary = new StringBuilder("JSON conformance:");
        for (String op : OPS) {
            int total = TOTAL.get(op).get();
            int passed = PASSED.get(op).get();
            int skipped = SKIPPED.get(op).get();
            summary.append(String.format(" %s %d passed, %d skipped, %d failed of %d;", op, passed, skipped,
                    total - passed - skipped, total));
        }
        System.out.println(summary);
    }

    private static Map<String, AtomicInteger> counters() {
        Map<String, AtomicInteger> counters = new LinkedHashMap<>();
        for (String op : OPS) {
            counters.put(op, new AtomicInteger());
        }
        return counters;
    }
}
