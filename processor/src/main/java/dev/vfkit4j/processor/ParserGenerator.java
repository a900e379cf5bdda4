package dev.vfkit4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.vfkit4j.processor.Model.Component;
import dev.vfkit4j.processor.Model.OptionModel;
import dev.vfkit4j.processor.Model.Requirement;
import dev.vfkit4j.processor.Model.SyntaxKey;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code <Name>Parser}: reads the options that follow the component's name into its builder. */
final class ParserGenerator {
    private ParserGenerator() {
    }

    static TypeSpec.Builder generate(Component component) {
        ClassName builder = Generated.builder(component);
        CodeBlock name = Generated.name(component);
        boolean tracksKeys = !component.requirements().isEmpty();

        MethodSpec.Builder fromOptions = MethodSpec.methodBuilder("fromOptions")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(component.type())
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.RAW_OPTION), "options")
                .addJavadoc("Reads the options that follow {@code $L} in {@code $L $L,<options>} ($L) into a checked"
                        + " {@link $T}. A repeated option keeps its last value, as in vfkit.\n\n"
                        + "@throws $T naming the option and value at fault\n",
                        component.name(), component.role().flag, component.name(), howSplit(component),
                        component.type(), RuntimeTypes.CONFIG_EXCEPTION)
                .addStatement("$T builder = new $T()", builder, builder);
        if (tracksKeys) {
            fromOptions.addStatement("$T<$T> given = new $T<>()", RuntimeTypes.SET, String.class,
                    RuntimeTypes.HASH_SET);
        }
        fromOptions.beginControlFlow("for ($T option : options)", RuntimeTypes.RAW_OPTION);
        if (tracksKeys) {
            fromOptions.addStatement("given.add(option.key())");
        }
        fromOptions.beginControlFlow("switch (option.key())");
        for (OptionModel option : component.commandLineOptions()) {
            addCases(fromOptions, component, option);
        }
        for (SyntaxKey syntax : component.syntaxKeys()) {
            fromOptions.addStatement("case $S -> $T.syntaxValue($L,$Woption,$W$T.of($L))", syntax.key(),
                    RuntimeTypes.VALUES, name, RuntimeTypes.LIST, strings(syntax.values()));
        }
        fromOptions.addStatement("default -> throw $T.unknownOption($L,$Woption,$WKEYS)", RuntimeTypes.VALUES, name);
        fromOptions.endControlFlow();
        fromOptions.endControlFlow();
        for (Requirement requirement : component.requirements()) {
            List<CodeBlock> needs = new ArrayList<>();
            for (String need : requirement.needs()) {
                needs.add(CodeBlock.of("given.contains($S)", need));
            }
            CodeBlock anyNeed = needs.size() == 1 ? needs.get(0)
                    : CodeBlock.of("($L)", CodeBlock.join(needs, " ||$W"));
            fromOptions.beginControlFlow("if (given.contains($S) && !$L)", requirement.key(), anyNeed)
                    .addStatement("throw $T.requires($L, $S, $S)", RuntimeTypes.CHECKS, name, requirement.key(),
                            requirement.needsLabel())
                    .endControlFlow();
        }
        fromOptions.addStatement("return builder.build()");

        return TypeSpec.classBuilder(Generated.parser(component))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Parses {@code $L $L,...} into a {@link $T}, splitting and checking options exactly as"
                        + " vfkit does.\n", component.role().flag, component.name(), component.type())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.LIST, ClassName.get(String.class)),
                                "KEYS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Every key {@code $L} accepts, for the message about an unknown one.\n",
                                component.name())
                        .initializer("$T.of($L)", RuntimeTypes.LIST, strings(component.allKeys()))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(fromOptions.build());
    }

    /** One case for the option's keys (a choice's constants, or the key and its aliases): its type reads it. */
    private static void addCases(MethodSpec.Builder method, Component component, OptionModel option) {
        List<String> keys = new ArrayList<>();
        if (option.kind() == ValueTypes.CHOICE) {
            keys.addAll(option.enumKeys().keys());
        } else {
            keys.add(option.key());
            keys.addAll(option.aliases());
        }
        method.addStatement("case $L -> builder.$L($L.parse(option))", strings(keys), option.name(),
                Generated.option(component, option));
    }

    /** How the options were split: {@code --device} on every comma, {@code --bootloader} minding quotes. */
    private static CodeBlock howSplit(Component component) {
        return component.role() == Model.Role.DEVICE
                ? CodeBlock.of("split with {@link $T#split}", RuntimeTypes.RAW_OPTION)
                : CodeBlock.of("split with vfkit's quote-aware splitting, each segment read with {@link $T#ofSegment}",
                        RuntimeTypes.RAW_OPTION);
    }

    /** String literals, separated so that a long list wraps. */
    static CodeBlock strings(List<String> values) {
        List<CodeBlock> literals = new ArrayList<>();
        for (String value : values) {
            literals.add(CodeBlock.of("$S", value));
        }
        return CodeBlock.join(literals, ",$W");
    }
}
