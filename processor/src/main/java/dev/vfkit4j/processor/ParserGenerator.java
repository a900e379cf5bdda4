package dev.vfkit4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.vfkit4j.processor.Model.Component;
import dev.vfkit4j.processor.Model.OptionModel;
import dev.vfkit4j.processor.Model.Requirement;
import dev.vfkit4j.processor.Model.SyntaxKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the descriptor's {@code fromOptions}: reads the options that follow the component's name into its builder,
 * one segment at a time, matching keys in place.
 */
final class ParserGenerator {
    private ParserGenerator() {
    }

    /** {@code KEYS}: every key the component accepts, which the reader matches and the unknown-key message lists. */
    static FieldSpec keys(Component component) {
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.LIST, ClassName.get(String.class)), "KEYS",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every key {@code $L} accepts on the command line.\n", component.name())
                .initializer("$T.of($L)", RuntimeTypes.LIST, strings(component.allKeys()))
                .build();
    }

    static MethodSpec fromOptions(Component component) {
        ClassName builder = Generated.builder(component);
        MethodSpec.Builder fromOptions = MethodSpec.methodBuilder("fromOptions")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(component.type())
                .addParameter(RuntimeTypes.OPTION_READER, "options")
                .addJavadoc("Reads the options that follow {@code $L} in {@code $L $L,<options>} into a checked"
                        + " {@link $T}. A repeated option keeps its last value, as in vfkit.\n",
                        component.name(), component.role().flag, component.name(), component.type())
                .addStatement("$T builder = new $T()", builder, builder)
                .beginControlFlow("while (options.next())")
                .beginControlFlow("switch (options.key(KEYS))");
        Map<String, String> constants = Generated.optionConstants(component);
        for (OptionModel option : component.commandLineOptions()) {
            addCases(fromOptions, constants.get(option.name()), option);
        }
        for (SyntaxKey syntax : component.syntaxKeys()) {
            fromOptions.addStatement("case $S -> $T.syntaxValue(NAME,$Woptions,$W$T.of($L))", syntax.key(),
                    RuntimeTypes.VALUES, RuntimeTypes.LIST, strings(syntax.values()));
        }
        fromOptions.addStatement("default -> throw options.unknownOption(NAME, KEYS)");
        fromOptions.endControlFlow();
        fromOptions.endControlFlow();
        for (Requirement requirement : component.requirements()) {
            List<CodeBlock> needs = new ArrayList<>();
            for (String need : requirement.needs()) {
                needs.add(CodeBlock.of("options.given($S)", need));
            }
            CodeBlock anyNeed = needs.size() == 1 ? needs.get(0)
                    : CodeBlock.of("($L)", CodeBlock.join(needs, " ||$W"));
            fromOptions.beginControlFlow("if (options.given($S) && !$L)", requirement.key(), anyNeed)
                    .addStatement("throw $T.requires(NAME, $S, $S)", RuntimeTypes.CHECKS, requirement.key(),
                            requirement.needsLabel())
                    .endControlFlow();
        }
        return fromOptions.addStatement("return builder.build()").build();
    }

    /** One case for the option's keys (a choice's constants, or the key and its aliases): its type reads it. */
    private static void addCases(MethodSpec.Builder method, String constant, OptionModel option) {
        List<String> keys = new ArrayList<>();
        if (option.kind() == ValueTypes.CHOICE) {
            keys.addAll(option.enumKeys().keys());
        } else {
            keys.add(option.key());
            keys.addAll(option.aliases());
        }
        method.addStatement("case $L -> builder.$L($L.parse(options))", strings(keys), option.name(), constant);
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
