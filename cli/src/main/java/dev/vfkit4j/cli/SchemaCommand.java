package dev.vfkit4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vfkit4j schema}: the JSON Schema of vfkit's VM JSON, for editors and other tools. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Vfkit4jCli.Version.class,
        description = {"Print a JSON Schema (draft 2020-12) of vfkit's VM JSON, generated from the descriptors of"
                + " every bootloader and device on the class path: kinds, members, types, ranges, allowed values,"
                + " required members. It applies to the YAML form too."})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(VmJsonSchema.text(VmJsonSchema.ofAll()));
        spec.commandLine().getOut().flush();
        return Vfkit4jCli.OK;
    }
}
