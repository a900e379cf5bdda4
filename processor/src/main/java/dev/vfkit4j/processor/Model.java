package dev.vfkit4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.vfkit4j.annotations.HostPath;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** The small model between the annotated elements and the generated code: one record per concept, nothing else. */
final class Model {
    private Model() {
    }

    /** Whether the component is a device or a bootloader. */
    enum Role {
        DEVICE("DEVICE", "--device", "device"),
        BOOTLOADER("BOOTLOADER", "--bootloader", "bootloader");

        final String constant;
        final String flag;
        final String noun;

        Role(String constant, String flag, String noun) {
            this.constant = constant;
            this.flag = flag;
            this.noun = noun;
        }
    }

    /** One annotated record. */
    record Component(
            TypeElement element,
            ClassName type,
            Role role,
            String name,
            String kind,
            String doc,
            boolean jsonDevName,
            List<OptionModel> options,
            List<ExclusiveGroup> exclusiveGroups,
            List<Requirement> requirements,
            List<SyntaxKey> syntaxKeys,
            List<RefusedMember> refusedJsonMembers,
            ExecutableElement validateHook,
            Printer printer,
            String since) {

        /** {@code VirtioVsock} → {@code VirtioVsockBuilder}; nested {@code Outer.Inner} → {@code Outer_InnerBuilder}. */
        ClassName generated(String role) {
            return Generated.sibling(type, role);
        }

        List<OptionModel> commandLineOptions() {
            List<OptionModel> result = new ArrayList<>();
            for (OptionModel option : options) {
                if (option.key() != null) {
                    result.add(option);
                }
            }
            return result;
        }

        /** The option whose main key is {@code key}, or null. */
        OptionModel optionWithKey(String key) {
            for (OptionModel option : options) {
                if (key.equals(option.key())) {
                    return option;
                }
            }
            return null;
        }

        /** Every key the parser accepts, in declaration order. */
        List<String> allKeys() {
            List<String> keys = new ArrayList<>();
            for (OptionModel option : options) {
                if (option.kind() == ValueTypes.CHOICE) {
                    keys.addAll(option.enumKeys().keys());
                } else if (option.key() != null) {
                    keys.add(option.key());
                    keys.addAll(option.aliases());
                }
            }
            for (SyntaxKey syntax : syntaxKeys) {
                keys.add(syntax.key());
            }
            return keys;
        }
    }

    /** One record component. {@code key} is null for JSON-only state; for a choice it is the component's name. */
    record OptionModel(
            String name,
            String key,
            List<String> aliases,
            ValueTypes.ValueType kind,
            TypeName javaType,
            String doc,
            boolean required,
            DefaultValue defaultValue,
            Range range,
            boolean trimQuotes,
            boolean emptyUnsets,
            EnumKeys enumKeys,
            String jsonName,
            boolean jsonOmitEmpty,
            String jsonTrueFor,
            HostPath.Kind hostPath,
            String since) {

        boolean primitive() {
            return javaType.isPrimitive();
        }

        /** The key named in messages: the main key, or the component's name for choices and JSON-only state. */
        String label() {
            return key != null && kind != ValueTypes.CHOICE ? key : name;
        }

        /** {@code socketUrl} → {@code SOCKET_URL}. */
        String constantName() {
            return Generated.constantName(name);
        }
    }

    /** An enum's constants, their spellings and the vfkit release of each spelling, in declaration order. */
    record EnumKeys(ClassName enumType, List<String> constants, List<String> keys, List<String> since) {
        String constantFor(String key) {
            int index = keys.indexOf(key);
            return index < 0 ? null : constants.get(index);
        }
    }

    /** A default: the Java expression for it and the conditions under which it applies. */
    record DefaultValue(String text, com.palantir.javapoet.CodeBlock expression, List<OptionModel> unlessSet,
            List<OptionModel> ifSet) {
        boolean conditional() {
            return !unlessSet.isEmpty() || !ifSet.isEmpty();
        }
    }

    /** Inclusive numeric bounds, whether a leading {@code +} is accepted and whether 0 means "not set". */
    record Range(long min, long max, boolean plusSign, boolean zeroUnsets) {
    }

    /** Options of which at most one (or, if required, exactly one) may be set. */
    record ExclusiveGroup(List<OptionModel> options, boolean required) {
    }

    /** On the command line, {@code key} requires one of {@code needs} (an option's keys, or one syntax key). */
    record Requirement(String key, String needsLabel, List<String> needs) {
    }

    /** A member vfkit writes in the component's JSON that the reader refuses, and why. */
    record RefusedMember(String member, String reason) {
    }

    /** A key accepted on the command line that sets nothing. */
    record SyntaxKey(String key, List<String> values, String doc, String since) {
    }

    /** A {@code @Printer} hook: the method's name and whether it returns the whole argv. */
    record Printer(String method, boolean wholeArgv) {
    }
}
