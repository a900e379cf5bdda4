package dev.vfkit4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.vfkit4j.processor.Model.Component;
import dev.vfkit4j.processor.Model.DefaultValue;
import dev.vfkit4j.processor.Model.OptionModel;
import dev.vfkit4j.processor.ValueTypes.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Builder}: fluent setters, defaults, and {@code build()}, which checks every rule through the
 * descriptor. The JSON reader sets options through the descriptor's typed setters, which are these methods.
 */
final class BuilderGenerator {
    private BuilderGenerator() {
    }

    static TypeSpec.Builder generate(Component component) {
        ClassName builder = Generated.builder(component);
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.COMPONENT_BUILDER, component.type()))
                .addJavadoc("Builds a {@link $T} ({@code $L $L}). Unset options take their defaults; {@link #build()}"
                        + " checks\nevery rule and names the option at fault.\n", component.type(),
                        component.role().flag, component.name());
        for (OptionModel option : component.options()) {
            type.addField(FieldSpec.builder(fieldType(option), option.name(), Modifier.PRIVATE).build());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("An empty builder: every option unset.\n")
                .build());
        type.addMethod(from(component, builder));
        for (OptionModel option : component.options()) {
            type.addMethod(setter(component, builder, option));
        }
        type.addMethod(build(component));
        return type;
    }

    /** Flags are plain booleans; everything else is a reference, null while unset. */
    private static TypeName fieldType(OptionModel option) {
        return option.kind() == ValueTypes.FLAG ? TypeName.BOOLEAN : option.javaType().box();
    }

    private static MethodSpec from(Component component, ClassName builder) {
        String parameter = component.role().noun;
        MethodSpec.Builder from = MethodSpec.methodBuilder("from")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addParameter(component.type(), parameter)
                .addJavadoc("A builder holding every option of {@code $L}, to derive a variant.\n", parameter)
                .addStatement("$T builder = new $T()", builder, builder);
        for (OptionModel option : component.options()) {
            from.addStatement("builder.$L = $L.$L()", option.name(), parameter, option.name());
        }
        return from.addStatement("return builder").build();
    }

    private static MethodSpec setter(Component component, ClassName builder, OptionModel option) {
        String where = option.key() == null ? "JSON member {@code " + option.jsonName() + "}"
                : option.kind() == ValueTypes.CHOICE ? "{@code " + option.key() + "}"
                : option.kind() == ValueTypes.FLAG ? "{@code " + option.key() + "}"
                : "{@code " + option.key() + "=}";
        String doc = option.doc().isEmpty() ? "" : ": " + Generated.doc(option.doc());
        return MethodSpec.methodBuilder(option.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(option.kind() == ValueTypes.FLAG ? TypeName.BOOLEAN : option.javaType(), option.name())
                .addJavadoc("Sets $L$L.$L\n", where, doc, Generated.rules(option))
                .addStatement("this.$L = $L", option.name(), option.name())
                .addStatement("return this")
                .build();
    }

    private static MethodSpec build(Component component) {
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(component.type())
                .addJavadoc("Applies defaults, checks every rule and returns the $L.\n\n"
                        + "@throws $T naming the option at fault\n", component.role().noun,
                        RuntimeTypes.CONFIG_EXCEPTION);
        boolean conditions = false;
        boolean emptyText = false;
        for (OptionModel option : component.options()) {
            DefaultValue value = option.defaultValue();
            if (value == null) {
                if (option.kind() == ValueTypes.STRING) {
                    if (!emptyText) {
                        build.addComment("Empty text is \"not set\", as the parser reads it: one spelling, null.");
                        emptyText = true;
                    }
                    build.addStatement("$T $L = $T.textOrNull(this.$L)", String.class, option.name(),
                            RuntimeTypes.VALUES, option.name());
                }
                continue;
            }
            TypeName boxed = option.javaType().box();
            CodeBlock field = option.kind() == ValueTypes.STRING
                    ? CodeBlock.of("$T.textOrNull(this.$L)", RuntimeTypes.VALUES, option.name())
                    : CodeBlock.of("this.$L", option.name());
            if (!value.conditional()) {
                build.addStatement("$T $L = $T.requireNonNullElse($L,$W$L)", boxed, option.name(),
                        Objects.class, field, value.expression());
                continue;
            }
            if (!conditions) {
                build.addComment("A default's condition looks at what the caller set (the fields), not at other"
                        + " defaults.");
                conditions = true;
            }
            // An if, not a ternary: "cond ? 800 : this.width" would unbox a null Integer when cond is false.
            List<CodeBlock> condition = new ArrayList<>();
            condition.add(CodeBlock.of("$L == null", option.name()));
            for (OptionModel other : value.unlessSet()) {
                condition.add(isSet(other, false));
            }
            for (OptionModel other : value.ifSet()) {
                condition.add(isSet(other, true));
            }
            build.addStatement("$T $L = $L", boxed, option.name(), field)
                    .beginControlFlow("if ($L)", CodeBlock.join(condition, " && "))
                    .addStatement("$L = $L", option.name(), value.expression())
                    .endControlFlow();
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (OptionModel option : component.options()) {
            arguments.add(argument(option));
        }
        for (OptionModel option : component.options()) {
            if (option.primitive() && option.kind() != ValueTypes.FLAG && option.kind() != ValueTypes.BOOLEAN) {
                build.addStatement("$T.required($L, $L)", RuntimeTypes.CHECKS, Generated.option(component, option),
                        option.name());
            }
        }
        String variable = resultVariable(component);
        return build.addStatement("$T $L = new $T($L)", component.type(), variable, component.type(),
                        CodeBlock.join(arguments, ",$W"))
                .addStatement("$T.INSTANCE.validate($L)", Generated.descriptor(component), variable)
                .addStatement("return $L", variable)
                .build();
    }

    /**
     * Whether the caller set {@code option} on the builder ({@code set}) or left it unset ({@code !set}). Fields are
     * boxed (null while unset), except a flag's, which is a plain boolean; empty text counts as unset, as in vfkit.
     */
    private static CodeBlock isSet(OptionModel option, boolean set) {
        if (option.kind() == ValueTypes.FLAG) {
            return CodeBlock.of(set ? "this.$L" : "!this.$L", option.name());
        }
        if (option.kind() == ValueTypes.STRING) {
            return CodeBlock.of(set ? "$T.isSet(this.$L)" : "!$T.isSet(this.$L)", RuntimeTypes.CHECKS,
                    option.name());
        }
        return CodeBlock.of(set ? "this.$L != null" : "this.$L == null", option.name());
    }

    /** The record's local in {@code build()}: named after the role, unless an option (a local too) has that name. */
    private static String resultVariable(Component component) {
        List<String> taken = new ArrayList<>();
        for (OptionModel option : component.options()) {
            taken.add(option.name());
        }
        String variable = component.role().noun;
        for (int i = 2; taken.contains(variable); i++) {
            variable = component.role().noun + i;
        }
        return variable;
    }

    /** The constructor argument for an option: the local or field of its name. */
    private static CodeBlock argument(OptionModel option) {
        if (option.kind() == ValueTypes.BOOLEAN && option.primitive()) {
            // An on/off option without a default is false while unset.
            return CodeBlock.of("$T.TRUE.equals($L)", Boolean.class, option.name());
        }
        return CodeBlock.of("$L", option.name());
    }
}
