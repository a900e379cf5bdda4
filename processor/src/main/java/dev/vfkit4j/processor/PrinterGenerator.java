package dev.vfkit4j.processor;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.vfkit4j.processor.Model.Component;
import dev.vfkit4j.processor.Model.OptionModel;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the descriptor's {@code appendCmdLine}: the component back to vfkit's command line, in the declared option
 * order.
 */
final class PrinterGenerator {
    private PrinterGenerator() {
    }

    static MethodSpec appendCmdLine(Component component) {
        String parameter = component.role().noun;
        MethodSpec.Builder print = MethodSpec.methodBuilder("appendCmdLine")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(component.type(), parameter)
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.LIST, TypeName.get(String.class)), "argv")
                .addParameter(RuntimeTypes.OPTION_WRITER, "out")
                .addStatement("validate($L)", parameter);
        if (component.printer() != null && component.printer().wholeArgv()) {
            print.addComment("$T prints itself: its command line is not one option list", component.type());
            for (OptionModel option : component.commandLineOptions()) {
                if (option.kind() == ValueTypes.STRING) {
                    print.beginControlFlow("if ($L.$L() != null)", parameter, option.name())
                            .addStatement("$T.checkArgument(NAME, $S, $L.$L())", RuntimeTypes.OPTION_WRITER,
                                    option.label(), parameter, option.name())
                            .endControlFlow();
                }
            }
            return print.addStatement("argv.addAll($L.$L())", parameter, component.printer().method()).build();
        }
        print.addStatement("out.start($T.$L, NAME)", RuntimeTypes.COMPONENT_ROLE, component.role().constant);
        if (component.printer() != null) {
            print.addComment("$T writes its own options (a legacy spelling)", component.type())
                    .addStatement("$L.$L(out)", parameter, component.printer().method());
        } else {
            Map<String, String> constants = Generated.optionConstants(component);
            for (OptionModel option : component.commandLineOptions()) {
                // An unset (null) option prints nothing.
                print.addStatement("out.option($L, $L.$L())", constants.get(option.name()), parameter, option.name());
            }
        }
        return print.addStatement("argv.add(out.flag())")
                .addStatement("argv.add(out.argument())")
                .build();
    }
}
