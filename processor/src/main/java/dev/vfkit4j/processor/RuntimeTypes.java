package dev.vfkit4j.processor;

import com.palantir.javapoet.ClassName;

/** The runtime types that generated code uses. The processor refers to them by name: it does not depend on them. */
final class RuntimeTypes {
    private RuntimeTypes() {
    }

    private static final String SPI = "dev.vfkit4j.spi";

    static final ClassName CONFIG_EXCEPTION = ClassName.get("dev.vfkit4j", "ConfigException");
    static final ClassName OPTION_READER = ClassName.get(SPI, "OptionReader");
    static final ClassName VALUES = ClassName.get(SPI, "Values");
    static final ClassName CHECKS = ClassName.get(SPI, "Checks");
    static final ClassName OPTION_WRITER = ClassName.get(SPI, "OptionWriter");
    static final ClassName COMPONENT_ROLE = ClassName.get(SPI, "ComponentRole");
    static final ClassName COMPONENT_DESCRIPTOR = ClassName.get(SPI, "ComponentDescriptor");
    static final ClassName ABSTRACT_COMPONENT_DESCRIPTOR = ClassName.get(SPI, "AbstractComponentDescriptor");
    static final ClassName SYNTAX_KEY = COMPONENT_DESCRIPTOR.nestedClass("SyntaxKey");
    static final ClassName EXCLUSIVE_GROUP = COMPONENT_DESCRIPTOR.nestedClass("ExclusiveGroup");
    static final ClassName REQUIREMENT = COMPONENT_DESCRIPTOR.nestedClass("Requirement");
    static final ClassName REFUSED_MEMBER = COMPONENT_DESCRIPTOR.nestedClass("RefusedMember");
    static final ClassName COMPONENT_BUILDER = ClassName.get(SPI, "ComponentBuilder");
    static final ClassName OPTION_DESCRIPTOR = ClassName.get(SPI, "OptionDescriptor");
    static final ClassName OPTION_TYPE = ClassName.get(SPI, "OptionType");
    static final ClassName ENUM_KEYS = ClassName.get(SPI, "EnumKeys");
    static final ClassName HOST_PATH_KIND = ClassName.get("dev.vfkit4j.annotations", "HostPath", "Kind");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName SET = ClassName.get("java.util", "Set");
    static final ClassName HASH_SET = ClassName.get("java.util", "HashSet");

    /** The file listing every generated descriptor for {@link java.util.ServiceLoader}. */
    static final String SERVICE_FILE = "META-INF/services/" + SPI + ".ComponentDescriptor";
}
