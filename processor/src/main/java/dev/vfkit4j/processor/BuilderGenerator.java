package dev.vfkit4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.vfkit4j.processor.Model.Component;
import dev.vfkit4j.processor.Model.OptionModel;
import dev.vfkit4j.processor.Model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Builder}: fluent setters, defaults, and {@code build()}, which checks every rule through the
 * descriptor. Also the untyped {@code set(name, value)} the JSON reader uses.
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
        type.addMethod(untypedSetter(component, builder));
        type.addMethod(build(component));
        return type;
    }

    /** Flags are plain booleans; everything else is a reference, null while unset. */
    private static TypeName fieldType(OptionModel option) {
        return option.kind() == ValueKind.FLAG ? TypeName.BOOLEAN : option.javaType().box();
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
                : option.kind() == ValueKind.CHOICE ? "{@code " + option.key() + "}"
                : option.kind() == ValueKind.FLAG ? "{@code " + option.key() + "}"
                : "{@code " + option.key() + "=}";
        String doc = option.doc().isEmpty() ? "" : ": " + Generated.doc(option.doc());
        return MethodSpec.methodBuilder(option.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(option.kind() == ValueKind.FLAG ? TypeName.BOOLEAN : option.javaType(), option.name())
                .addJavadoc("Sets $L$L.$L\n", where, doc, Generated.rules(option))
                .addStatement("this.$L = $L", option.name(), option.name())
                .addStatement("return this")
                .build();
    }

    private static MethodSpec untypedSetter(Component component, ClassName builder) {
        MethodSpec.Builder set = MethodSpec.methodBuilder("set")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(String.class, "name")
                .addParameter(Object.class, "value")
                .beginControlFlow("switch (name)");
        CodeBlock componentName = Generated.name(component);
        for (OptionModel option : component.options()) {
            TypeName boxed = option.javaType().box();
            CodeBlock cast = CodeBlock.of("$T.as($L, $S, value, $T.class)", RuntimeTypes.VALUES, componentName,
                    option.label(), erasure(boxed));
            if (option.kind() == ValueKind.FLAG) {
                set.addStatement("case $S -> this.$L = $T.TRUE.equals($L)", option.name(), option.name(),
                        Boolean.class, cast);
            } else {
                set.addStatement("case $S -> this.$L = $L", option.name(), option.name(), cast);
            }
        }
        set.addStatement("default -> throw new $T($L, name, null, $S)", RuntimeTypes.CONFIG_EXCEPTION, componentName,
                "no such option");
        set.endControlFlow();
        if (!component.options().isEmpty()) {
            set.addStatement("return this");
        }
        return set.build();
    }

    private static TypeName erasure(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }

    private static MethodSpec build(Component component) {
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(component.type())
                .addJavadoc("Applies defaults, checks every rule and returns the $L.\n\n"
                        + "@throws $T naming the option at fault\n", component.role().noun,
                        RuntimeTypes.CONFIG_EXCEPTION);
        List<OptionModel> defaulted = new ArrayList<>();
        for (OptionModel option : component.options()) {
            if (option.defaultValue() != null) {
                defaulted.add(option);
            }
        }
        // Conditions are judged on what the caller set, before any default is applied.
        for (OptionModel option : defaulted) {
            if (option.defaultValue().conditional()) {
                List<CodeBlock> conditions = new ArrayList<>();
                conditions.add(CodeBlock.of("this.$L == null", option.name()));
                for (OptionModel other : option.defaultValue().unlessSet()) {
                    conditions.add(isUnset(other));
                }
                for (OptionModel other : option.defaultValue().ifSet()) {
                    conditions.add(isSet(other));
                }
                build.addStatement("boolean $LDefaults = $L", option.name(), CodeBlock.join(conditions, " && "));
            }
        }
        List<String> arguments = new ArrayList<>();
        for (OptionModel option : component.options()) {
            if (option.defaultValue() == null) {
                arguments.add(argument(option, option.name()));
                continue;
            }
            String local = option.name();
            if (option.defaultValue().conditional()) {
                build.addStatement("$T $L = this.$L", option.javaType().box(), local, option.name())
                        .beginControlFlow("if ($LDefaults)", option.name())
                        .addStatement("$L = $L", local, option.defaultValue().expression())
                        .endControlFlow();
            } else {
                build.addStatement("$T $L = $T.requireNonNullElse(this.$L, $L)", option.javaType().box(), local,
                        Objects.class, option.name(), option.defaultValue().expression());
            }
            arguments.add(argument(option, local));
        }
        for (OptionModel option : component.options()) {
            if (option.primitive() && option.kind() != ValueKind.FLAG && option.kind() != ValueKind.BOOLEAN) {
                build.addStatement("$T.required($L, $S, $L)", RuntimeTypes.CHECKS, Generated.name(component),
                        option.label(), option.name());
            }
        }
        String variable = component.role().noun;
        return build.addStatement("$T $L = new $T($L)", component.type(), variable, component.type(),
                        String.join(", ", arguments))
                .addStatement("$T.INSTANCE.validate($L)", Generated.descriptor(component), variable)
                .addStatement("return $L", variable)
                .build();
    }

    /** Whether the builder holds a value for {@code option} (its fields are boxed: null means unset). */
    private static CodeBlock isSet(OptionModel option) {
        if (option.kind() == ValueKind.FLAG || option.kind() == ValueKind.STRING) {
            return Generated.isSet(option, CodeBlock.of("this.$L", option.name()));
        }
        return CodeBlock.of("this.$L != null", option.name());
    }

    /** The negation of {@link #isSet}, written plainly. */
    private static CodeBlock isUnset(OptionModel option) {
        if (option.kind() == ValueKind.FLAG || option.kind() == ValueKind.STRING) {
            return CodeBlock.of("!$L", Generated.isSet(option, CodeBlock.of("this.$L", option.name())));
        }
        return CodeBlock.of("this.$L == null", option.name());
    }

    /** The constructor argument for an option held in {@code local}. */
    private static String argument(OptionModel option, String local) {
        if (option.kind() == ValueKind.BOOLEAN && option.primitive()) {
            return "Boolean.TRUE.equals(" + local + ")";
        }
        return local;
    }
}
