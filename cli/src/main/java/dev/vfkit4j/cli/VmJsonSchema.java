package dev.vfkit4j.cli;

import dev.vfkit4j.json.VfkitJson;
import dev.vfkit4j.spi.ComponentDescriptor;
import dev.vfkit4j.spi.ComponentRole;
import dev.vfkit4j.spi.Components;
import dev.vfkit4j.spi.OptionDescriptor;
import dev.vfkit4j.spi.OptionType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON Schema (draft 2020-12) of vfkit's VM JSON, as vfkit4j reads it, generated from the components' descriptors —
 * the objects the parsers and the JSON reader use — so that editors and other tools can check a VM file before
 * vfkit4j (or vfkit) sees it.
 *
 * <p>It states what can be said per member: each component {@code kind}, its members, their types, ranges and
 * allowed values, and the members without which vfkit4j refuses the component. Rules between members (at most one of
 * {@code nat}, {@code unixSocketPath}, {@code fd}) and host checks stay with {@code vfkit4j check}. As in Go, unknown
 * members are allowed and {@code null} leaves a member unset. Component members are matched exactly here, while
 * vfkit (and vfkit4j) also accept them in another letter case.
 */
final class VmJsonSchema {
    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final long UINT32_MAX = 0xFFFF_FFFFL;
    /** vfkit holds memory in MiB: 2^44 - 1 MiB is the most, in bytes. */
    private static final BigInteger MEMORY_MAX_BYTES = new BigInteger("18446744073708503040");

    private VmJsonSchema() {
    }

    /** The schema of a VM whose bootloaders and devices are {@code components}. */
    static ObjectNode of(Collection<? extends ComponentDescriptor<?>> components) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DRAFT);
        schema.put("title", "vfkit virtual machine");
        schema.put("description", "A virtual machine in vfkit's JSON (as vfkit's REST API and podman machine files"
                + " hold it), as vfkit4j " + Vfkit4jCli.version() + " reads it. Generated from vfkit4j's component"
                + " descriptors by `vfkit4j schema`.");
        schema.put("type", "object");
        schema.set("required", strings(List.of("bootloader")));
        ObjectNode properties = schema.putObject("properties");
        properties.set("vcpus", unsigned("number of virtual CPUs; 0 or missing: vfkit's default", BigInteger.ZERO,
                UINT64_MAX));
        properties.set("memoryBytes", unsigned("guest memory in bytes; vfkit rounds it up to whole MiB",
                BigInteger.ZERO, MEMORY_MAX_BYTES));
        properties.putObject("bootloader").put("$ref", "#/$defs/bootloader");
        ObjectNode devices = properties.putObject("devices");
        devices.put("description", "the devices, in command-line order");
        devices.set("type", strings(List.of("array", "null")));
        devices.putObject("items").put("$ref", "#/$defs/device");
        properties.set("timesync", timeSync());
        properties.set("ignition", ignition());
        properties.set("nested", nullable("boolean").put("description", "nested virtualization"));
        properties.set(VmDocument.LAUNCH, launch());

        ObjectNode defs = schema.putObject("$defs");
        List<ComponentDescriptor<?>> bootloaders = Reference.sorted(components, ComponentRole.BOOTLOADER);
        List<ComponentDescriptor<?>> deviceKinds = Reference.sorted(components, ComponentRole.DEVICE);
        defs.set("bootloader", byKind("exactly one bootloader", bootloaders));
        defs.set("device", byKind("a device", deviceKinds));
        for (ComponentDescriptor<?> component : bootloaders) {
            defs.set(defName(component), component(component));
        }
        for (ComponentDescriptor<?> component : deviceKinds) {
            defs.set(defName(component), component(component));
        }
        return schema;
    }

    /** The schema as indented text, ending with a line break. */
    static String text(ObjectNode schema) {
        return VfkitJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    }

    private static String defName(ComponentDescriptor<?> component) {
        return component.role().name().toLowerCase(Locale.ROOT) + "." + component.kind();
    }

    /** An object whose {@code kind} picks one of {@code components}, each checked by its own definition. */
    private static ObjectNode byKind(String description, List<ComponentDescriptor<?>> components) {
        ObjectNode schema = NODES.objectNode();
        schema.put("description", description + ", chosen by its \"kind\"");
        schema.put("type", "object");
        List<String> kinds = new ArrayList<>();
        for (ComponentDescriptor<?> component : components) {
            kinds.add(component.kind());
        }
        ObjectNode kind = NODES.objectNode();
        kind.set("enum", strings(kinds));
        new Members(schema).add("kind", kind, true);
        ArrayNode choices = (ArrayNode) schema.get("allOf");
        for (ComponentDescriptor<?> component : components) {
            ObjectNode choice = choices.addObject();
            ObjectNode condition = choice.putObject("if");
            condition.putObject("patternProperties").putObject(anyCase("kind")).put("const", component.kind());
            choice.putObject("then").put("$ref", "#/$defs/" + defName(component));
        }
        return schema;
    }

    private static <T> ObjectNode component(ComponentDescriptor<T> component) {
        ObjectNode schema = NODES.objectNode();
        schema.put("title", component.role().flag() + " " + component.name());
        if (!component.doc().isEmpty()) {
            schema.put("description", component.doc());
        }
        schema.put("type", "object");
        Members members = new Members(schema);
        members.add("kind", NODES.objectNode().put("const", component.kind()), true);
        if (component.jsonDevName()) {
            ObjectNode devName = NODES.objectNode();
            devName.put("description", "the name on vfkit's command line; when given, it must agree with kind");
            devName.set("enum", NODES.arrayNode().add(component.name()).add("").addNull());
            members.add("devName", devName, false);
        }
        for (OptionDescriptor<T, ?> option : component.options()) {
            if (option.jsonName() != null) {
                boolean mustBeGiven = mustBeGiven(option);
                members.add(option.jsonName(), member(option, mustBeGiven), mustBeGiven);
            }
        }
        return schema;
    }

    /**
     * The members of an object whose member names Go matches without regard to ASCII case ({@code "PORT"} sets
     * {@code port}), as vfkit4j does: each member is described under its own name (for editors) and under a pattern
     * that matches it in any case, and a required member must be present in some case.
     */
    private static final class Members {
        private final ObjectNode properties;
        private final ObjectNode patterns;
        private final ArrayNode required;

        Members(ObjectNode schema) {
            this.properties = schema.putObject("properties");
            this.patterns = schema.putObject("patternProperties");
            this.required = schema.putArray("allOf");
        }

        void add(String name, ObjectNode member, boolean mustBeGiven) {
            String pattern = anyCase(name);
            properties.set(name, member);
            patterns.set(pattern, member);
            if (mustBeGiven) {
                // "Some member's name matches": not every name fails to match.
                ObjectNode present = required.addObject();
                present.put("description", "\"" + name + "\" is required");
                present.putObject("not").putObject("propertyNames").putObject("not").put("pattern", pattern);
            }
        }
    }

    /** {@code ^[pP][oO][rR][tT]$}: the name in any ASCII case (ECMA 262 has no case-insensitive flag in a pattern). */
    static String anyCase(String name) {
        StringBuilder pattern = new StringBuilder("^");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char upper = Character.toUpperCase(c);
            char lower = Character.toLowerCase(c);
            if (c < 128 && upper != lower) {
                pattern.append('[').append(upper).append(lower).append(']');
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                pattern.append(c);
            } else {
                pattern.append('\\').append(c);
            }
        }
        return pattern.append('$').toString();
    }

    /**
     * Whether vfkit4j refuses the component when the member is missing: a required option without a default, or a
     * number whose Go zero value (what a missing member reads as) is out of its range.
     */
    private static boolean mustBeGiven(OptionDescriptor<?, ?> option) {
        if (option.required() && option.defaultValue() == null) {
            return true;
        }
        return option.type().goZero(option) instanceof Number zero && option.min() != null
                && (zero.longValue() < option.min() || zero.longValue() > option.max());
    }

    /** The member's schema: the option's doc, then what its value type says ({@link OptionType#jsonSchema}). */
    private static ObjectNode member(OptionDescriptor<?, ?> option, boolean mustBeGiven) {
        ObjectNode schema = NODES.objectNode();
        if (!option.doc().isEmpty()) {
            schema.put("description", option.doc());
        }
        option.type().jsonSchema(option, mustBeGiven).forEach((keyword, value) -> schema.set(keyword, node(value)));
        return schema;
    }

    /** A value of {@link OptionType#jsonSchema}'s data as JSON. */
    private static JsonNode node(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof String text) {
            return NODES.stringNode(text);
        } else if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        } else if (value instanceof BigInteger number) {
            return NODES.numberNode(number);
        } else if (value instanceof Number number) {
            return NODES.numberNode(number.longValue());
        } else if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(element -> array.add(node(element)));
            return array;
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((keyword, element) -> object.set((String) keyword, node(element)));
            return object;
        }
        throw new IllegalArgumentException("not JSON Schema data: " + value.getClass().getName());
    }

    private static ObjectNode unsigned(String description, BigInteger min, BigInteger max) {
        ObjectNode schema = nullable("integer");
        schema.put("description", description);
        schema.put("minimum", min);
        schema.put("maximum", max);
        return schema;
    }

    private static ObjectNode timeSync() {
        ObjectNode schema = nullable("object");
        schema.put("description", "set the guest clock when the host wakes up (--timesync)");
        ObjectNode port = NODES.objectNode();
        port.put("description", "vsock port of qemu-guest-agent in the guest");
        port.put("type", "integer");
        port.put("minimum", 1);
        port.put("maximum", UINT32_MAX);
        new Members(schema).add("vsockPort", port, true);
        return schema;
    }

    private static ObjectNode ignition() {
        ObjectNode schema = nullable("object");
        schema.put("description", "an Ignition configuration served to the guest (--ignition)");
        Members members = new Members(schema);
        ObjectNode kind = NODES.objectNode();
        kind.set("enum", NODES.arrayNode().add("ignition").addNull());
        members.add("kind", kind, false);
        ObjectNode configPath = NODES.objectNode();
        configPath.put("type", "string");
        configPath.put("minLength", 1);
        members.add("configPath", configPath, true);
        members.add("socketPath", nullable("string"), false);
        return schema;
    }

    /** vfkit4j's own member for vfkit's process options: see {@link VmDocument}. */
    private static ObjectNode launch() {
        ObjectNode schema = nullable("object");
        schema.put("description", "vfkit4j: options for the vfkit process rather than the VM; vfkit ignores this"
                + " member");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode uri = properties.putObject(VmDocument.RESTFUL_URI);
        uri.put("description", "--restful-uri: tcp://host:port, unix:///path or none://");
        uri.put("type", "string");
        uri.put("pattern", "^(tcp|unix|none)://");
        ObjectNode logLevel = properties.putObject(VmDocument.LOG_LEVEL);
        logLevel.put("description", "--log-level");
        logLevel.set("enum", strings(List.of("debug", "info", "error")));
        ObjectNode pidFile = properties.putObject(VmDocument.PID_FILE);
        pidFile.put("description", "--pidfile: where vfkit writes its process id");
        pidFile.put("type", "string");
        ObjectNode cloudInit = properties.putObject(VmDocument.CLOUD_INIT);
        cloudInit.put("description", "--cloud-init: user-data, meta-data and network-config files");
        cloudInit.put("type", "array");
        cloudInit.putObject("items").put("type", "string");
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode nullable(String type) {
        ObjectNode schema = NODES.objectNode();
        schema.set("type", strings(List.of(type, "null")));
        return schema;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** The schema of a VM with every bootloader and device on the class path. */
    static ObjectNode ofAll() {
        return of(Components.registered().all());
    }
}
