package dev.vfkit4j.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.vfkit4j.processor.Model.Component;
import dev.vfkit4j.processor.Model.OptionModel;
import javax.lang.model.element.Modifier;

/** Writes {@code <Name>Printer}: the component back to vfkit's command line, in the declared option order. */
final class PrinterGenerator {
    private PrinterGenerator() {
    }

    static TypeSpec.Builder generate(Component component) {
        String parameter = component.role().noun;
        MethodSpec.Builder toCmdLine = MethodSpec.methodBuilder("toCmdLine")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, TypeName.get(String.class)))
                .addParameter(component.type(), parameter)
                .addJavadoc("Checks {@code $L} and prints it as vfkit's argv: {@code [$L, $L,...]}.\n\n"
                        + "@throws $T when it breaks a rule or holds a value vfkit would read differently\n",
                        parameter, component.role().flag, component.name(), RuntimeTypes.CONFIG_EXCEPTION)
                .addStatement("$T.INSTANCE.validate($L)", Generated.descriptor(component), parameter);
        if (component.printer() != null && component.printer().wholeArgv()) {
            toCmdLine.addComment("$T prints itself: its command line is not one option list", component.type());
            for (OptionModel option : component.commandLineOptions()) {
                if (option.kind() == ValueTypes.STRING) {
                    toCmdLine.beginControlFlow("if ($L.$L() != null)", parameter, option.name())
                            .addStatement("$T.checkArgument($L, $S, $L.$L())", RuntimeTypes.OPTION_WRITER,
                                    Generated.name(component), option.label(), parameter, option.name())
                            .endControlFlow();
                }
            }
            toCmdLine.addStatement("return $L.$L()", parameter, component.printer().method());
        } else {
            toCmdLine.addStatement("$T out = new $T($T.$L, $L)", RuntimeTypes.OPTION_WRITER,
                    RuntimeTypes.OPTION_WRITER, RuntimeTypes.COMPONENT_ROLE, component.role().constant,
                    Generated.name(component));
            if (component.printer() != null) {
                toCmdLine.addComment("$T writes its own options (a legacy spelling)", component.type())
                        .addStatement("$L.$L(out)", parameter, component.printer().method());
            } else {
                for (OptionModel option : component.commandLineOptions()) {
                    addOption(toCmdLine, component, option, parameter);
                }
            }
            toCmdLine.addStatement("return out.toCmdLine()");
        }
        return TypeSpec.classBuilder(Generated.printer(component))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Prints a {@link $T} as {@code $L $L,...}, exactly as vfkit spells it.\n", component.type(),
                        component.role().flag, component.name())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(toCmdLine.build());
    }

    /** The option as its type prints it; a null (unset) option prints nothing. */
    private static void addOption(MethodSpec.Builder method, Component component, OptionModel option,
            String parameter) {
        method.addStatement("out.option($L, $L.$L())", Generated.option(component, option), parameter, option.name());
    }
}
