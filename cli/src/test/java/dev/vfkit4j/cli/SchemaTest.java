package dev.vfkit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.vfkit4j.MacAddress;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.VirtualMachine;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.Components;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code vfkit4j schema}, judged by a real JSON Schema validator (networknt, draft 2020-12): every document vfkit4j
 * accepts in the conformance vectors is valid, and every document it refuses for a type or range reason is not.
 */
class SchemaTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schemaText(), InputFormat.JSON);
    /** A bootloader for device vectors, which describe one device rather than a VM. */
    private static final String BOOTLOADER = "{\"kind\":\"efiBootloader\",\"efiVariableStorePath\":\"/x\"}";
    /** What vfkit4j says when it refuses a value for its type or its range, rather than for a rule between values. */
    private static final Pattern TYPE_OR_RANGE = Pattern.compile("out of range|expected (a|an|one of) |not a 6-byte"
            + "|too large|cannot be (unmarshalled|read) into|is not (a|an) |must be a whole number|Go (uint|int)");

    private static String schemaText() {
        Cli.Result result = Cli.inProcess("schema");
        assertEquals(0, result.exitCode(), result::toString);
        return result.out();
    }

    private static List<Error> errors(String document) {
        return SCHEMA.validate(document, InputFormat.JSON);
    }

    /** Each accepted vector's document, by id: op json's JSON, and vfkit4j's expected JSON of argv and device ones. */
    private static Map<String, String> acceptedDocuments() {
        Map<String, String> documents = new LinkedHashMap<>();
        for (String file : List.of("vms.jsonl", "devices.jsonl")) {
            for (String line : Shared.lines(Shared.directory().resolve("conformance").resolve(file))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode vector = JSON.readTree(line.replace("$IMAGES", "/images"));
                JsonNode expect = vector.get("expect");
                JsonNode accept = expect.get("accept");
                if (accept == null || accept.isBoolean() && !accept.booleanValue()) {
                    continue;
                }
                String id = vector.get("id").asString();
                String op = vector.get("op").asString();
                if (op.equals("json")) {
                    documents.put(id, vector.get("json").asString());
                } else if (expect.has("json")) {
                    documents.put(id + " (its JSON)", op.equals("device")
                            ? "{\"bootloader\":" + BOOTLOADER + ",\"devices\":[" + expect.get("json") + "]}"
                            : expect.get("json").toString());
                }
            }
        }
        return documents;
    }

    @Test
    void everyAcceptedConformanceDocumentIsValid() {
        Map<String, String> documents = acceptedDocuments();
        assertTrue(documents.size() > 150, "only " + documents.size() + " documents");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> document : documents.entrySet()) {
            List<Error> errors = errors(document.getValue());
            if (!errors.isEmpty()) {
                failures.add(document.getKey() + ": " + errors + "\n  " + document.getValue());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyConformanceDocumentRefusedForATypeOrARangeIsInvalid() {
        int judged = 0;
        List<String> failures = new ArrayList<>();
        for (String line : Shared.lines(Shared.directory().resolve("conformance").resolve("vms.jsonl"))) {
            JsonNode vector = line.isBlank() ? null : JSON.readTree(line);
            if (vector == null || !vector.get("op").asString().equals("json")
                    || !vector.get("expect").path("accept").isBoolean()
                    || vector.get("expect").get("accept").booleanValue()) {
                continue;
            }
            String document = vector.get("json").asString();
            ConfigException refusal = assertThrows(ConfigException.class, () -> VirtualMachine.fromJson(document));
            // A member that is missing reads as Go's zero value, which may be out of range: that is a missing member,
            // not a value of the wrong type or range.
            boolean missing = refusal.getMessage().contains("missing");
            if (!TYPE_OR_RANGE.matcher(refusal.getMessage()).find() || missing || !isJson(document)) {
                continue;
            }
            judged++;
            if (errors(document).isEmpty()) {
                failures.add(vector.get("id").asString() + " (" + refusal.getMessage() + "): " + document);
            }
        }
        assertTrue(judged >= 8, "only " + judged + " vectors refused for a type or a range");
        assertEquals(List.of(), failures);
    }

    /**
     * For every option of every component in the accepted documents: a value of the wrong type, and numbers just
     * outside the option's range. The schema must judge each as vfkit4j does: nearly all are refused; 0 where Go's
     * zero value means "not set" (the nbd timeout) is accepted by both.
     */
    @Test
    void valuesOfTheWrongTypeOrOutOfRangeAreInvalid() {
        Map<String, ObjectNode> componentsByKind = new LinkedHashMap<>();
        for (String document : acceptedDocuments().values()) {
            JsonNode vm = JSON.readTree(document);
            for (JsonNode device : vm.path("devices")) {
                if (device.isObject() && device.path("kind").isString()) {
                    componentsByKind.putIfAbsent(device.get("kind").asString(), (ObjectNode) device);
                }
            }
        }
        int judged = 0;
        List<String> failures = new ArrayList<>();
        List<String> acceptedByBoth = new ArrayList<>();
        for (ComponentDescriptor<?> descriptor : Components.registered().all()) {
            ObjectNode example = componentsByKind.get(descriptor.kind());
            if (example == null) {
                continue;
            }
            for (OptionDescriptor<?, ?> option : descriptor.options()) {
                if (option.jsonName() == null) {
                    continue; // not in vfkit's JSON, nor in its schema
                }
                for (JsonNode bad : badValues(option)) {
                    ObjectNode device = example.deepCopy();
                    device.set(option.jsonName(), bad);
                    String document = "{\"bootloader\":" + BOOTLOADER + ",\"devices\":[" + device + "]}";
                    boolean accepted;
                    try {
                        VirtualMachine.fromJson(document);
                        accepted = true;
                        acceptedByBoth.add(descriptor.kind() + "." + option.jsonName() + " = " + bad);
                    } catch (ConfigException refused) {
                        accepted = false;
                    }
                    judged++;
                    if (errors(document).isEmpty() != accepted) {
                        failures.add(descriptor.kind() + "." + option.jsonName() + " = " + bad + ": vfkit4j "
                                + (accepted ? "accepts" : "refuses") + " it, the schema does not");
                    }
                }
            }
        }
        assertTrue(judged > 40, "only " + judged + " documents judged");
        assertEquals(List.of(), failures);
        assertEquals(List.of("nbd.Timeout = 0"), acceptedByBoth);
    }

    /** A {@code Path} option is a string, as text is: its value type gives its schema, not a list in the schema writer. */
    @Test
    void aPathOptionIsAString() {
        JsonNode hostLog = JSON.readTree(schemaText()).get("$defs").get("device.hostlog").get("properties");
        assertEquals("\"string\"", hostLog.get("path").get("type").toString());
        assertEquals(1, hostLog.get("path").get("minLength").asInt());
        assertEquals("[\"string\",\"null\"]", hostLog.get("copy").get("type").toString());
        String devices = "{\"bootloader\":" + BOOTLOADER + ",\"devices\":[{\"kind\":\"hostlog\",";
        for (String members : List.of("\"path\":\"/tmp/log\"", "\"path\":\"/tmp/log\",\"copy\":null")) {
            String document = devices + members + "}]}";
            assertEquals(List.of(), errors(document), document);
            VirtualMachine.fromJson(document);
        }
        for (String members : List.of("\"path\":7", "\"path\":\"\"", "\"copy\":\"/c\"",
                "\"path\":\"/tmp/log\",\"copy\":false")) {
            String document = devices + members + "}]}";
            assertFalse(errors(document).isEmpty(), document);
            assertThrows(ConfigException.class, () -> VirtualMachine.fromJson(document), document);
        }
    }

    private static List<JsonNode> badValues(OptionDescriptor<?, ?> option) {
        List<JsonNode> values = new ArrayList<>();
        var nodes = JSON.getNodeFactory();
        OptionType type = option.type();
        if (type == OptionType.STRING || type == OptionType.PATH || type == OptionType.ENUM
                || type == MacAddress.OPTION_TYPE) {
            values.add(nodes.numberNode(7));
        } else if (type == OptionType.FLAG || type == OptionType.BOOLEAN) {
            values.add(nodes.stringNode("true"));
        } else if (type == OptionType.CHOICE) {
            values.add(option.jsonTrueFor() != null ? nodes.stringNode("yes") : nodes.numberNode(1));
        } else if (type == OptionType.INT || type == OptionType.LONG || type == OptionType.DURATION) {
            values.add(nodes.stringNode("1"));
            values.add(nodes.numberNode(1.5));
            BigInteger unit = BigInteger.valueOf(type == OptionType.DURATION ? 1_000_000L : 1L);
            if (option.min() != null && option.min() > Long.MIN_VALUE) {
                values.add(nodes.numberNode(BigInteger.valueOf(option.min()).subtract(BigInteger.ONE).multiply(unit)));
            }
            if (option.max() != null) {
                values.add(nodes.numberNode(BigInteger.valueOf(option.max()).add(BigInteger.ONE).multiply(unit)));
            }
        }
        if (option.type() == OptionType.ENUM || option.type() == OptionType.CHOICE && option.jsonTrueFor() == null) {
            values.add(nodes.stringNode("no-such-" + option.allowedValues().get(0)));
        }
        if (option.type() == MacAddress.OPTION_TYPE) {
            values.add(nodes.stringNode("5a:94:ef:e4:0c"));
            values.add(nodes.stringNode("5a:94:ef:e4:0c:ee:00:11"));
        }
        return values;
    }

    private static boolean isJson(String text) {
        try {
            JSON.readTree(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void aYamlDocumentIsJudgedAsItsJson() {
        assertFalse(errors(VmDocument.write(VmDocument.parse("vcpus: 2\nbootloader: {kind: efiBootloader,"
                + " efiVariableStorePath: /x}\n", true), false)).size() > 0);
        ObjectNode wrong = (ObjectNode) JSON.readTree("{\"vcpus\":\"two\",\"bootloader\":" + BOOTLOADER + "}");
        assertFalse(errors(wrong.toString()).isEmpty());
    }

    @Test
    void theSchemaNamesEveryKindAndItsRequiredMembers() {
        JsonNode schema = JSON.readTree(schemaText());
        assertEquals(VmJsonSchema.DRAFT, schema.get("$schema").asString());
        JsonNode vsock = schema.get("$defs").get("device.virtiosock");
        List<String> required = new ArrayList<>();
        vsock.get("allOf").forEach(rule -> required.add(rule.get("description").asString()));
        assertEquals(List.of("\"kind\" is required", "\"port\" is required", "\"socketURL\" is required"), required);
        // Go matches member names in any ASCII case, and so does the schema.
        assertTrue(errors("{\"bootloader\":" + BOOTLOADER + ",\"devices\":[{\"kind\":\"virtiosock\",\"PORT\":1,"
                + "\"socketurl\":\"/tmp/s\"}]}").isEmpty());
        assertFalse(errors("{\"bootloader\":" + BOOTLOADER + ",\"devices\":[{\"kind\":\"virtiosock\",\"PORT\":0,"
                + "\"socketurl\":\"/tmp/s\"}]}").isEmpty());
        assertFalse(errors("{\"bootloader\":" + BOOTLOADER + ",\"devices\":[{\"kind\":\"virtiosock\",\"PORT\":1}]}")
                .isEmpty(), "socketURL is required");
        assertEquals(1, vsock.get("properties").get("port").get("minimum").asLong());
        assertEquals(4294967295L, vsock.get("properties").get("port").get("maximum").asLong());
        assertTrue(schema.get("$defs").get("device").get("properties").get("kind").get("enum").toString()
                .contains("\"virtiosound\""), "the tests' own device is described too");
    }
}
