package dev.vfkit4j.spi;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.vfkit4j.ConfigException;
import dev.vfkit4j.Device;
import org.junit.jupiter.api.Test;

/**
 * The contract that generated code compiles against, {@code dev.vfkit4j.spi}, stands on its own: it depends on
 * nothing else of the runtime but {@link ConfigException}, the one exception type (which users catch by that name and
 * which depends on nothing but the JDK). The public types ({@code Device}, {@code VirtualMachine}, the JSON layer, the
 * devices) depend on it, never the other way, so there is no import circle through it. Checked on the runtime's class
 * files, generated code included.
 */
class SpiStandsAloneTest {
    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.vfkit4j");

    @Test
    void theRuntimesClassesAreImported() {
        // Guards the rules below against passing on an empty import.
        assertTrue(RUNTIME.contain(Components.class) && RUNTIME.contain(Device.class), RUNTIME::toString);
    }

    @Test
    void spiDependsOnNothingElseOfTheRuntime() {
        noClasses().that().resideInAPackage("dev.vfkit4j.spi..")
                .should().dependOnClassesThat(resideInAnyPackage("dev.vfkit4j..")
                        .and(not(resideInAPackage("dev.vfkit4j.spi..")))
                        .and(not(resideInAPackage("dev.vfkit4j.annotations..")))
                        .and(not(equivalentTo(ConfigException.class))))
                .check(RUNTIME);
    }

    @Test
    void configExceptionDependsOnlyOnTheJdk() {
        noClasses().that().belongToAnyOf(ConfigException.class)
                .should().dependOnClassesThat().resideOutsideOfPackages("java..")
                .check(RUNTIME);
    }

    @Test
    void theRestOfTheRuntimeSitsOnTheSpiNeverBeneathIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Contract").definedBy(resideInAPackage("dev.vfkit4j.spi..")
                        .or(equivalentTo(ConfigException.class)))
                .layer("Model").definedBy(resideInAnyPackage("dev.vfkit4j", "dev.vfkit4j.json..",
                        "dev.vfkit4j.devices..", "dev.vfkit4j.bootloaders..")
                        .and(not(equivalentTo(ConfigException.class))))
                .whereLayer("Model").mayNotBeAccessedByAnyLayer()
                .check(RUNTIME);
    }
}
