package dev.vfkit4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.vfkit4j.processor.Model.Component;
import dev.vfkit4j.processor.Model.EnumKeys;
import dev.vfkit4j.processor.Model.ExclusiveGroup;
import dev.vfkit4j.processor.Model.OptionModel;
import dev.vfkit4j.processor.Model.SyntaxKey;
import dev.vfkit4j.processor.ValueTypes.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Descriptor}: the component's name, kind and options as data (for documentation, JSON and host
 * checks), its rules as {@code validate}, how it is read from and printed to vfkit's command line, and the link to
 * the generated builder. The runtime finds it through {@link java.util.ServiceLoader}.
 */
final class DescriptorGenerator {
    private DescriptorGenerator() {
    }

    static TypeSpec.Builder generate(Component component) {
        ClassName self = Generated.descriptor(component);
        TypeName recordType = component.type();
        TypeName optionList = ParameterizedTypeName.get(RuntimeTypes.LIST,
                ParameterizedTypeName.get(RuntimeTypes.OPTION_DESCRIPTOR, recordType, WildcardTypeName.subtypeOf(
                        Object.class)));
        TypeName syntaxList = ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.SYNTAX_KEY);
        TypeName stringList = ParameterizedTypeName.get(RuntimeTypes.LIST, TypeName.get(String.class));

        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.ABSTRACT_COMPONENT_DESCRIPTOR, recordType))
                .addJavadoc("Describes {@code $L $L}$L\n\n<p>Registered for {@link java.util.ServiceLoader} in {@code"
                        + " $L}.\n", component.role().flag, component.name(), component.doc().isEmpty() ? "."
                                : ": " + Generated.doc(component.doc()), RuntimeTypes.SERVICE_FILE)
                .addField(constant(String.class, "NAME", CodeBlock.of("$S", component.name()),
                        "The " + component.role().noun + "'s name on vfkit's command line."))
                .addField(constant(String.class, "KIND", CodeBlock.of("$S", component.kind()),
                        "The " + component.role().noun + "'s {@code kind} in vfkit's JSON."));

        for (Map.Entry<ClassName, String> entry : Generated.enumKeyConstants(component).entrySet()) {
            EnumKeys keys = enumKeysOf(component, entry.getKey());
            List<CodeBlock> constants = new ArrayList<>();
            for (String constant : keys.constants()) {
                constants.add(CodeBlock.of("$T.$L", keys.enumType(), constant));
            }
            // The versions are written only when a spelling is later than its option: most enums have none.
            boolean versioned = keys.since().stream().anyMatch(since -> !since.isEmpty());
            CodeBlock versions = versioned ? CodeBlock.of(",\n$T.of($L)", RuntimeTypes.LIST,
                    ParserGenerator.strings(keys.since())) : CodeBlock.of("");
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.ENUM_KEYS, keys.enumType()),
                            entry.getValue(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("How vfkit spells each {@link $T}.\n", keys.enumType())
                    .initializer("new $T<>(\n$>$>$T.of($L),\n$T.of($L)$L$<$<)", RuntimeTypes.ENUM_KEYS,
                            RuntimeTypes.LIST, CodeBlock.join(constants, ",$W"), RuntimeTypes.LIST,
                            ParserGenerator.strings(keys.keys()), versions)
                    .build());
        }

        List<CodeBlock> options = new ArrayList<>();
        Map<String, String> constants = Generated.optionConstants(component);
        for (OptionModel option : component.options()) {
            String constant = constants.get(option.name());
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.OPTION_DESCRIPTOR, recordType,
                                    option.javaType().box()), constant, Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("$L\n", optionDoc(option))
                    .initializer(optionDescriptor(component, option))
                    .build());
            options.add(CodeBlock.of("$L", constant));
        }
        type.addField(FieldSpec.builder(optionList, "OPTIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", RuntimeTypes.LIST, CodeBlock.join(options, ",$W"))
                .build());
        List<CodeBlock> syntaxKeys = new ArrayList<>();
        for (SyntaxKey syntax : component.syntaxKeys()) {
            CodeBlock since = syntax.since().isEmpty() ? CodeBlock.of("") : CodeBlock.of(",$W$S", syntax.since());
            syntaxKeys.add(CodeBlock.of("new $T($S,$W$T.of($L),$W$S$L)", RuntimeTypes.SYNTAX_KEY, syntax.key(),
                    RuntimeTypes.LIST, ParserGenerator.strings(syntax.values()), syntax.doc(), since));
        }
        addListConstant(type, syntaxList, "SYNTAX_KEYS", syntaxKeys);
        // The rules as data, for documentation; validate() below enforces them.
        List<CodeBlock> groups = new ArrayList<>();
        for (ExclusiveGroup group : component.exclusiveGroups()) {
            List<String> keys = new ArrayList<>();
            for (OptionModel option : group.options()) {
                keys.add(option.label());
            }
            groups.add(CodeBlock.of("new $T($T.of($L),$W$L)", RuntimeTypes.EXCLUSIVE_GROUP, RuntimeTypes.LIST,
                    ParserGenerator.strings(keys), group.required()));
        }
        TypeName groupList = ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.EXCLUSIVE_GROUP);
        addListConstant(type, groupList, "EXCLUSIVE_GROUPS", groups);
        List<CodeBlock> requirements = stringPairs(component.requirements(), RuntimeTypes.REQUIREMENT,
                Model.Requirement::key, Model.Requirement::needsLabel);
        TypeName requirementList = ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.REQUIREMENT);
        addListConstant(type, requirementList, "REQUIREMENTS", requirements);
        List<CodeBlock> refused = stringPairs(component.refusedJsonMembers(), RuntimeTypes.REFUSED_MEMBER,
                Model.RefusedMember::member, Model.RefusedMember::reason);
        TypeName refusedList = ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.REFUSED_MEMBER);
        addListConstant(type, refusedList, "REFUSED_JSON_MEMBERS", refused);
        type.addField(ParserGenerator.keys(component));
        type.addField(constant(self, "INSTANCE", CodeBlock.of("new $T()", self),
                "The instance generated code uses; {@link java.util.ServiceLoader} makes its own."));

        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("For {@link java.util.ServiceLoader}; code uses {@link #INSTANCE}.\n")
                .addStatement("super($T.$L, NAME, KIND, $T.class, OPTIONS)", RuntimeTypes.COMPONENT_ROLE,
                        component.role().constant, recordType)
                .build());
        // The interface's defaults (no doc, no devName, no rules) are not repeated.
        if (!component.doc().isEmpty()) {
            type.addMethod(getter("doc", TypeName.get(String.class), CodeBlock.of("$S", component.doc())));
        }
        if (!component.since().isEmpty()) {
            type.addMethod(getter("since", TypeName.get(String.class), CodeBlock.of("$S", component.since())));
        }
        if (component.jsonDevName()) {
            type.addMethod(getter("jsonDevName", TypeName.BOOLEAN, CodeBlock.of("true")));
        }
        if (!syntaxKeys.isEmpty()) {
            type.addMethod(getter("syntaxKeys", syntaxList, CodeBlock.of("SYNTAX_KEYS")));
        }
        if (!groups.isEmpty()) {
            type.addMethod(getter("exclusiveGroups", groupList, CodeBlock.of("EXCLUSIVE_GROUPS")));
        }
        if (!requirements.isEmpty()) {
            type.addMethod(getter("requirements", requirementList, CodeBlock.of("REQUIREMENTS")));
        }
        if (!refused.isEmpty()) {
            type.addMethod(getter("refusedJsonMembers", refusedList, CodeBlock.of("REFUSED_JSON_MEMBERS")));
        }

        String parameter = component.role().noun;
        type.addMethod(ParserGenerator.fromOptions(component));
        type.addMethod(PrinterGenerator.appendCmdLine(component));
        type.addMethod(validate(component, parameter));
        type.addMethod(MethodSpec.methodBuilder("newBuilder")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Generated.builder(component))
                .addStatement("return new $T()", Generated.builder(component))
                .build());
        return type;
    }

    /** {@code new Record("first", "second")} for each item: the descriptor's facts made of two strings. */
    private static <I> List<CodeBlock> stringPairs(List<I> items, ClassName record, Function<I, String> first,
            Function<I, String> second) {
        List<CodeBlock> pairs = new ArrayList<>();
        for (I item : items) {
            pairs.add(CodeBlock.of("new $T($S,$W$S)", record, first.apply(item), second.apply(item)));
        }
        return pairs;
    }

    /** A private {@code List} constant, only when it has elements: the interface's default covers none. */
    private static void addListConstant(TypeSpec.Builder type, TypeName listType, String name,
            List<CodeBlock> elements) {
        if (!elements.isEmpty()) {
            type.addField(FieldSpec.builder(listType, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(list(elements))
                    .build());
        }
    }

    /** {@code List.of()}, or {@code List.of(} with one element a line, indented as a continuation. */
    private static CodeBlock list(List<CodeBlock> elements) {
        if (elements.isEmpty()) {
            return CodeBlock.of("$T.of()", RuntimeTypes.LIST);
        }
        return CodeBlock.of("$T.of(\n$>$>$L$<$<)", RuntimeTypes.LIST, CodeBlock.join(elements, ",\n"));
    }

    private static FieldSpec constant(Object type, String name, CodeBlock value, String doc) {
        TypeName typeName = type instanceof TypeName t ? t : TypeName.get((Class<?>) type);
        return FieldSpec.builder(typeName, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer(value)
                .build();
    }

    private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $L", value)
                .build();
    }

    private static EnumKeys enumKeysOf(Component component, ClassName enumType) {
        for (OptionModel option : component.options()) {
            if (option.enumKeys() != null && option.enumKeys().enumType().equals(enumType)) {
                return option.enumKeys();
            }
        }
        throw new IllegalStateException("no enum " + enumType);
    }

    /** How the option is given: {@code The option {@code port=}.}, or that it is JSON-only state. */
    private static String optionDoc(OptionModel option) {
        String where = option.key() == null ? "JSON member {@code " + option.jsonName() + "}, not on the command line"
                : option.kind().shape() == ValueTypes.Shape.FLAG || option.kind() == ValueTypes.CHOICE
                ? "{@code " + option.key() + "}" : "{@code " + option.key() + "=}";
        return "The option " + where + (option.doc().isEmpty() ? "" : ": " + Generated.doc(option.doc())) + ".";
    }

    /**
     * {@code OptionDescriptor.of(NAME, "port", OptionType.LONG, long.class, VirtioVsock::port,
     * VirtioVsockBuilder::port).key(...)...}.
     */
    private static CodeBlock optionDescriptor(Component component, OptionModel option) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T.of(NAME,$W$S,$W$L,$W$T.class,$W$T::$L,$W$T::$L)", RuntimeTypes.OPTION_DESCRIPTOR,
                        option.name(), option.kind().runtime(), erasure(option.javaType()), component.type(),
                        option.name(), Generated.builder(component), option.name())
                .indent()
                .indent();
        if (option.key() != null) {
            code.add("\n.key($S)", option.key());
        }
        if (!option.aliases().isEmpty()) {
            code.add("\n.aliases($L)", ParserGenerator.strings(option.aliases()));
        }
        if (!option.doc().isEmpty()) {
            code.add("\n.doc($S)", option.doc());
        }
        if (option.required()) {
            code.add("\n.required()");
        }
        if (option.defaultValue() != null) {
            code.add("\n.defaultValue($S, $S)", option.defaultValue().text(), Generated.defaultCondition(option));
        }
        if (option.enumKeys() != null) {
            code.add("\n.enumKeys($L)", Generated.enumKeyConstants(component).get(option.enumKeys().enumType()));
        }
        if (option.emptyUnsets()) {
            code.add("\n.emptyUnsets()");
        }
        if (option.kind().numeric() && Generated.hasExplicitRange(option)) {
            code.add("\n.range($L, $L)", Generated.longLiteral(option.range().min()),
                    Generated.longLiteral(option.range().max()));
        }
        if (option.range() != null && !option.range().plusSign()) {
            code.add("\n.noPlusSign()");
        }
        if (option.range() != null && option.range().zeroUnsets()) {
            code.add("\n.zeroUnsets()");
        }
        if (option.trimQuotes()) {
            code.add("\n.trimQuotes()");
        }
        // A choice written as a boolean is left out when false, whatever @Json says.
        boolean omitEmpty = option.jsonOmitEmpty() || option.jsonTrueFor() != null;
        // The default is the key, always written: only what differs is said.
        if (!option.jsonName().equals(option.key()) || omitEmpty) {
            code.add("\n.json($S, $L)", option.jsonName(), omitEmpty);
        }
        if (option.jsonTrueFor() != null) {
            code.add("\n.jsonTrueFor($S)", option.jsonTrueFor());
        }
        if (option.hostPath() != null) {
            code.add("\n.hostPath($T.$L)", RuntimeTypes.HOST_PATH_KIND, option.hostPath().name());
        }
        if (!option.since().isEmpty()) {
            code.add("\n.since($S)", option.since());
        }
        return code.add("\n.build()").unindent().unindent().build();
    }

    private static TypeName erasure(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }

    private static MethodSpec validate(Component component, String parameter) {
        MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(component.type(), parameter);
        // Checks get the option's descriptor, so that their errors carry it and each reader names the option its way.
        Map<String, String> constants = Generated.optionConstants(component);
        for (OptionModel option : component.options()) {
            CodeBlock value = CodeBlock.of("$L.$L()", parameter, option.name());
            String constant = constants.get(option.name());
            if (!option.primitive() && Generated.alwaysSet(option)) {
                validate.addStatement("$T.required($L, $L)", RuntimeTypes.CHECKS, constant, value);
            } else if (option.kind() == ValueTypes.STRING) {
                validate.addStatement("$T.notEmpty($L, $L)", RuntimeTypes.CHECKS, constant, value);
            }
            if (option.kind() == ValueTypes.DURATION || option.kind().numeric() && Generated.hasExplicitRange(
                    option)) {
                CodeBlock check = CodeBlock.of("$T.$L($L,$W$L,$W$L,$W$L)", RuntimeTypes.CHECKS,
                        option.range().zeroUnsets() ? "rangeOrZero" : "range", constant, value,
                        Generated.longLiteral(option.range().min()),
                        Generated.longLiteral(option.range().max()));
                // A required option was checked just above: no null to guard against.
                if (option.primitive() || Generated.alwaysSet(option)) {
                    validate.addStatement(check);
                } else {
                    validate.beginControlFlow("if ($L != null)", value).addStatement(check).endControlFlow();
                }
            }
        }
        // The groups' keys and whether each is required live once, in EXCLUSIVE_GROUPS.
        // Counted first: the arrays that name the options at fault are made only when the rule is broken.
        for (int i = 0; i < component.exclusiveGroups().size(); i++) {
            ExclusiveGroup group = component.exclusiveGroups().get(i);
            List<CodeBlock> set = new ArrayList<>();
            List<CodeBlock> counted = new ArrayList<>();
            List<CodeBlock> members = new ArrayList<>();
            for (OptionModel option : group.options()) {
                CodeBlock isSet = Generated.isSet(option, CodeBlock.of("$L.$L()", parameter, option.name()));
                set.add(isSet);
                counted.add(CodeBlock.of("($L ? 1 : 0)", isSet));
                members.add(CodeBlock.of("$L", constants.get(option.name())));
            }
            validate.beginControlFlow("if ($L $L)", CodeBlock.join(counted, " +$W"), group.required() ? "!= 1" : "> 1")
                    .addStatement("$T.exclusive(NAME,$WEXCLUSIVE_GROUPS.get($L),$Wnew boolean[] {$L},$W$T.of($L))",
                            RuntimeTypes.CHECKS, i, CodeBlock.join(set, ",$W"), RuntimeTypes.LIST,
                            CodeBlock.join(members, ",$W"))
                    .endControlFlow();
        }
        if (component.validateHook() != null) {
            validate.addStatement("$L.$L()", parameter, component.validateHook().getSimpleName());
        }
        return validate.build();
    }
}
