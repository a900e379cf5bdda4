package dev.vfkit4j.processor;

/**
 * Every error the processor reports, in one place. Each has a stable tag (tests and users can search for it), a
 * message with {@link String#format} arguments, and a fix.
 */
enum Diagnostic {
    NOT_A_RECORD("vfkit4j.not-a-record", "@%s must be placed on a record, not on %s",
            "declare the component as a record whose components are its options"),
    BOTH_ROLES("vfkit4j.both-roles", "record %s is annotated with both @VfkitDevice and @VfkitBootloader",
            "a component is either a device or a bootloader: keep one of the two annotations"),
    NOT_ACCESSIBLE("vfkit4j.not-accessible", "%s is private: the generated code in package %s cannot read it",
            "make the record (and every record or class it is nested in) package-private or public"),
    WRONG_INTERFACE("vfkit4j.wrong-interface", "@%s record %s must implement %s",
            "add 'implements %3$s' to the record"),
    INVALID_NAME("vfkit4j.invalid-name", "%s '%s' is not a valid %s",
            "use a non-empty name without ',', '=', '\"' or white space, such as 'virtio-blk'"),
    DUPLICATE_COMPONENT("vfkit4j.duplicate-component", "%s %s '%s' is already declared by %s",
            "give each component its own name and JSON kind"),
    MISSING_ANNOTATION("vfkit4j.missing-annotation",
            "record component '%s' is not an option: it has no @Option, @Flag, @Choice or @Json",
            "annotate it with @Option(\"key\"), @Flag(\"key\") or @Choice, or with @Json(\"name\") for JSON-only state"),
    CONFLICTING_ANNOTATIONS("vfkit4j.conflicting-annotations", "record component '%s' has both @%s and @%s",
            "keep exactly one of @Option, @Flag and @Choice"),
    UNSUPPORTED_TYPE("vfkit4j.unsupported-type", "@%s '%s' has unsupported type %s",
            "use one of %4$s, or an enum with @Key constants"),
    FLAG_NOT_BOOLEAN("vfkit4j.flag-not-boolean", "@Flag '%s' is on a component of type %s",
            "a flag is a bare key that sets a primitive boolean: declare the component as 'boolean'"),
    CHOICE_NOT_ENUM("vfkit4j.choice-not-enum", "@Choice '%s' is on a component of type %s",
            "a choice selects an enum constant by its @Key: declare the component with an enum type"),
    MISSING_KEY("vfkit4j.missing-key", "enum constant %s.%s has no @Key",
            "annotate each constant with @Key(\"spelling\") to say how vfkit writes it"),
    INVALID_KEY("vfkit4j.invalid-key", "'%s' is not a valid option key",
            "use a non-empty key without ',', '=' or white space"),
    DUPLICATE_KEY("vfkit4j.duplicate-key", "key '%s' of '%s' is already used by '%s'%s",
            "give every option, alias, choice constant and syntax key of a component its own key"),
    UNKNOWN_KEY("vfkit4j.unknown-key", "'%s' is not a key of %s%s",
            "name one of: %4$s"),
    BAD_DEFAULT("vfkit4j.bad-default", "@Default(\"%s\") of '%s' does not parse: %s",
            "write the default as it would be written on vfkit's command line"),
    PRIMITIVE_OPTIONAL("vfkit4j.primitive-optional", "option '%s' has primitive type %s but may be unset",
            "add @Required or an unconditional @Default, or use the boxed type %3$s so that null means unset"),
    MISPLACED_ANNOTATION("vfkit4j.misplaced-annotation", "@%s does not apply to '%s' of type %s", "%4$s"),
    BAD_RANGE("vfkit4j.bad-range", "@Range of '%s' is empty or does not fit %s: [%d, %d]",
            "make min <= max, within the component type's bounds"),
    EXCLUSIVE_TOO_SMALL("vfkit4j.exclusive-too-small", "@Exclusive needs at least two options, got %s",
            "list two or more option keys, or remove the annotation"),
    EXCLUSIVE_ALWAYS_SET("vfkit4j.exclusive-always-set",
            "'%s' cannot be in an @Exclusive group: as a primitive %s it is always set",
            "declare it as %3$s, so that null means unset"),
    BAD_HOOK("vfkit4j.bad-hook", "@%s method %s must be %s", "change the method's signature as described"),
    DUPLICATE_HOOK("vfkit4j.duplicate-hook", "a record has at most one @%s method; %s is the second",
            "merge the methods"),
    NAME_TAKEN("vfkit4j.name-taken", "%s already exists, but vfkit4j generates it for %s",
            "rename that type, or the record: vfkit4j names its parser, printer, builder and descriptor after the"
                    + " record"),
    ORPHAN_ANNOTATION("vfkit4j.orphan-annotation", "@%s on '%s' has no effect: %s is not annotated with"
            + " @VfkitDevice or @VfkitBootloader", "annotate the record, or remove the annotation"),
    BAD_VERSION("vfkit4j.bad-version", "since = \"%s\" is not a vfkit version",
            "write the release that introduced it as major.minor.patch, such as \"0.6.2\", or leave since out"),
    INTERNAL_ERROR("vfkit4j.internal-error", "vfkit4j's processor failed on %s: %s",
            "please report this with the record's source");

    private final String tag;
    private final String template;
    private final String fix;

    Diagnostic(String tag, String template, String fix) {
        this.tag = tag;
        this.template = template;
        this.fix = fix;
    }

    String tag() {
        return tag;
    }

    /**
     * {@code [tag] message. Fix: fix}. The fix is formatted with the message's arguments too, so it names them by
     * index ({@code %3$s}): a plain {@code %s} would be the first argument.
     */
    String format(Object... arguments) {
        return "[" + tag + "] " + String.format(java.util.Locale.ROOT, template, arguments) + ". Fix: "
                + String.format(java.util.Locale.ROOT, fix, arguments);
    }
}
