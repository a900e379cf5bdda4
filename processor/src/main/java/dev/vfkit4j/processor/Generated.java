package dev.vfkit4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.vfkit4j.processor.Model.Component;
import dev.vfkit4j.processor.Model.EnumKeys;
import dev.vfkit4j.processor.Model.OptionModel;
import dev.vfkit4j.processor.ValueTypes.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Names and small code fragments that the generators share, so that each is decided in one place. */
final class Generated {
    private Generated() {
    }

    /** {@code VirtioVsockBuilder} beside {@code VirtioVsock}; {@code Outer_InnerBuilder} for a nested record. */
    static ClassName sibling(ClassName record, String role) {
        return ClassName.get(record.packageName(), String.join("_", record.simpleNames()) + role);
    }

    static ClassName builder(Component component) {
        return component.generated("Builder");
    }

    static ClassName descriptor(Component component) {
        return component.generated("Descriptor");
    }

    /** {@code VirtioVsockDescriptor.NAME}: how generated code names the component in messages. */
    static CodeBlock name(Component component) {
        return CodeBlock.of("$T.NAME", descriptor(component));
    }

    /** The descriptor's other constants, which an enum's spellings must not be named like (an enum named Syntax). */
    private static final List<String> DESCRIPTOR_CONSTANTS = List.of("NAME", "KIND", "OPTIONS", "SYNTAX_KEYS",
            "EXCLUSIVE_GROUPS", "REQUIREMENTS", "REFUSED_JSON_MEMBERS", "INSTANCE");

    /** The descriptor constant holding each enum's spellings, by enum type, in first-use order. */
    static Map<ClassName, String> enumKeyConstants(Component component) {
        Map<ClassName, String> constants = new LinkedHashMap<>();
        for (OptionModel option : component.options()) {
            EnumKeys keys = option.enumKeys();
            if (keys != null && !constants.containsKey(keys.enumType())) {
                String base = constantName(keys.enumType().simpleName()) + "_KEYS";
                String constant = base;
                for (int i = 2; constants.containsValue(constant) || DESCRIPTOR_CONSTANTS.contains(constant); i++) {
                    constant = base + i;
                }
                constants.put(keys.enumType(), constant);
            }
        }
        return constants;
    }

    /**
     * {@code socketUrl} → {@code SOCKET_URL}, {@code SyncMode} → {@code SYNC_MODE}: an underscore before each ASCII
     * capital that follows a lower-case letter or digit, then upper case. A loop, not a regular expression: the
     * generators ask for every option's constant once per use.
     */
    static String constantName(String camelCase) {
        StringBuilder constant = new StringBuilder(camelCase.length() + 4);
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            char previous = i == 0 ? ' ' : camelCase.charAt(i - 1);
            if (c >= 'A' && c <= 'Z' && (previous >= 'a' && previous <= 'z' || previous >= '0' && previous <= '9')) {
                constant.append('_');
            }
            constant.append(c);
        }
        return constant.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * The descriptor constant holding each option's descriptor, by option name: {@code socketUrl} →
     * {@code SOCKET_URL}, unless another constant has that name ({@code NAME_OPTION} for an option {@code name}).
     */
    static Map<String, String> optionConstants(Component component) {
        List<String> taken = new ArrayList<>(DESCRIPTOR_CONSTANTS);
        taken.addAll(enumKeyConstants(component).values());
        Map<String, String> constants = new LinkedHashMap<>();
        for (OptionModel option : component.options()) {
            String constant = option.constantName();
            if (taken.contains(constant)) {
                constant += "_OPTION";
            }
            for (int i = 2; taken.contains(constant); i++) {
                constant = option.constantName() + "_OPTION" + i;
            }
            taken.add(constant);
            constants.put(option.name(), constant);
        }
        return constants;
    }

    /** {@code VirtioVsockDescriptor.PORT}: the option's descriptor, whose type reads and prints it. */
    static CodeBlock option(Component component, OptionModel option) {
        return CodeBlock.of("$T.$L", descriptor(component), optionConstants(component).get(option.name()));
    }

    /** {@code VirtioVsockDescriptor.DIRECTION_KEYS}. */
    static CodeBlock enumKeys(Component component, OptionModel option) {
        return CodeBlock.of("$T.$L", descriptor(component), enumKeyConstants(component).get(option.enumKeys()
                .enumType()));
    }

    /** The expression that tells whether {@code value} (an expression of the option's type) is set. */
    static CodeBlock isSet(OptionModel option, CodeBlock value) {
        if (option.kind() == ValueTypes.FLAG) {
            return value;
        }
        if (option.kind() == ValueTypes.STRING) {
            return CodeBlock.of("$T.isSet($L)", RuntimeTypes.CHECKS, value);
        }
        if (option.primitive()) {
            return CodeBlock.of("true");
        }
        return CodeBlock.of("$L != null", value);
    }

    /** Whether the record can hold null for this option even though the builder always fills it. */
    static boolean alwaysSet(OptionModel option) {
        return option.required() || option.defaultValue() != null && !option.defaultValue().conditional();
    }

    /** A human description of the option's rules, for Javadoc. */
    static String rules(OptionModel option) {
        StringBuilder rules = new StringBuilder();
        if (option.required()) {
            rules.append(" Required.");
        }
        if (option.defaultValue() != null) {
            String condition = defaultCondition(option);
            rules.append(" Default {@code ").append(option.defaultValue().text()).append('}')
                    .append(condition.isEmpty() ? "" : " " + condition).append('.');
        }
        if (option.kind().numeric() && hasExplicitRange(option)) {
            rules.append(" From ").append(option.range().min()).append(" to ").append(option.range().max())
                    .append(option.kind() == ValueTypes.DURATION ? " ms." : ".");
            if (option.range().zeroUnsets()) {
                rules.append(" 0 means not set (Go's zero value): printed without the option.");
            }
        }
        if (option.enumKeys() != null) {
            rules.append(" One of {@code ").append(String.join("|", option.enumKeys().keys())).append("}.");
        }
        return rules.toString();
    }

    /** When the default applies: {@code "unless height is set"}, {@code "when unixSocketPath is set"}, or empty. */
    static String defaultCondition(OptionModel option) {
        List<String> parts = new ArrayList<>();
        if (!option.defaultValue().unlessSet().isEmpty()) {
            parts.add("unless " + labels(option.defaultValue().unlessSet()) + " is set");
        }
        if (!option.defaultValue().ifSet().isEmpty()) {
            parts.add("when " + labels(option.defaultValue().ifSet()) + " is set");
        }
        return String.join(" and ", parts);
    }

    static boolean hasExplicitRange(OptionModel option) {
        Model.Range range = option.range();
        if (range == null) {
            return false;
        }
        return range.min() != option.kind().min() || range.max() != option.kind().max();
    }

    private static String labels(List<OptionModel> options) {
        StringBuilder labels = new StringBuilder();
        for (OptionModel option : options) {
            labels.append(labels.length() == 0 ? "" : ", ").append(option.label());
        }
        return labels.toString();
    }

    /** A long literal, readable for the usual bounds. */
    static CodeBlock longLiteral(long value) {
        if (value == Long.MAX_VALUE) {
            return CodeBlock.of("$T.MAX_VALUE", Long.class);
        }
        if (value == Long.MIN_VALUE) {
            return CodeBlock.of("$T.MIN_VALUE", Long.class);
        }
        if (value == Integer.MAX_VALUE) {
            return CodeBlock.of("$T.MAX_VALUE", Integer.class);
        }
        if (value == Integer.MIN_VALUE) {
            return CodeBlock.of("$T.MIN_VALUE", Integer.class);
        }
        return CodeBlock.of("$LL", value);
    }

    /** Escapes text for Javadoc. */
    static String doc(String text) {
        return text.replace("*/", "*&#47;");
    }
}
