package dev.vfkit4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.vfkit4j.annotations.Choice;
import dev.vfkit4j.annotations.Default;
import dev.vfkit4j.annotations.Exclusive;
import dev.vfkit4j.annotations.Flag;
import dev.vfkit4j.annotations.HostPath;
import dev.vfkit4j.annotations.Json;
import dev.vfkit4j.annotations.JsonRefused;
import dev.vfkit4j.annotations.Key;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.Printer;
import dev.vfkit4j.annotations.Range;
import dev.vfkit4j.annotations.Required;
import dev.vfkit4j.annotations.Requires;
import dev.vfkit4j.annotations.Syntax;
import dev.vfkit4j.annotations.TrimQuotes;
import dev.vfkit4j.annotations.Validate;
import dev.vfkit4j.annotations.VfkitBootloader;
import dev.vfkit4j.annotations.VfkitDevice;
import dev.vfkit4j.annotations.internal.Suggestions;
import dev.vfkit4j.processor.Model.Component;
import dev.vfkit4j.processor.Model.DefaultValue;
import dev.vfkit4j.processor.Model.EnumKeys;
import dev.vfkit4j.processor.Model.ExclusiveGroup;
import dev.vfkit4j.processor.Model.OptionModel;
import dev.vfkit4j.processor.Model.Requirement;
import dev.vfkit4j.processor.Model.Role;
import dev.vfkit4j.processor.Model.SyntaxKey;
import dev.vfkit4j.processor.ValueTypes.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads one annotated record into a {@link Component}, reporting every misuse it finds. Returns null when the record
 * has errors (the errors are reported; the caller generates nothing for it).
 */
final class ModelBuilder {
    static final String DEVICE_INTERFACE = "dev.vfkit4j.Device";
    static final String BOOTLOADER_INTERFACE = "dev.vfkit4j.Bootloader";
    static final String OPTION_WRITER = "dev.vfkit4j.spi.OptionWriter";

    private static final Pattern VALID_NAME = Pattern.compile("[^,=\"\\s]+");
    private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})(\\.(0|[1-9][0-9]{0,8})){2}");

    private final ProcessingEnvironment env;
    private final ErrorReporter errors;

    ModelBuilder(ProcessingEnvironment env, ErrorReporter errors) {
        this.env = env;
        this.errors = errors;
    }

    /** Whether any record component's type is not yet resolved (it may be generated in a later round). */
    static boolean hasUnresolvedTypes(TypeElement element) {
        for (RecordComponentElement component : element.getRecordComponents()) {
            if (component.asType().getKind() == TypeKind.ERROR) {
                return true;
            }
        }
        return false;
    }

    Component build(TypeElement element) {
        int errorsBefore = errors.errorCount();
        VfkitDevice device = element.getAnnotation(VfkitDevice.class);
        VfkitBootloader bootloader = element.getAnnotation(VfkitBootloader.class);
        Role role = device != null ? Role.DEVICE : Role.BOOTLOADER;
        String annotation = device != null ? "VfkitDevice" : "VfkitBootloader";
        String name = device != null ? device.name() : bootloader.name();
        String kind = device != null ? device.kind() : bootloader.kind();
        String doc = device != null ? device.doc() : bootloader.doc();
        String since = device != null ? device.since() : bootloader.since();

        if (device != null && bootloader != null) {
            errors.error(element, "VfkitBootloader", null, Diagnostic.BOTH_ROLES, element.getSimpleName());
            return null;
        }
        if (element.getKind() != ElementKind.RECORD) {
            errors.error(element, annotation, null, Diagnostic.NOT_A_RECORD, annotation,
                    element.getKind().toString().toLowerCase(java.util.Locale.ROOT) + " " + element.getSimpleName());
            return null;
        }
        checkAccessible(element);
        checkInterface(element, role, annotation);
        if (!VALID_NAME.matcher(name).matches()) {
            errors.error(element, annotation, "name", Diagnostic.INVALID_NAME, "name", name, role.noun + " name");
        }
        if (!VALID_NAME.matcher(kind).matches()) {
            errors.error(element, annotation, "kind", Diagnostic.INVALID_NAME, "kind", kind, "JSON kind");
        }
        checkVersion(element, ErrorReporter.findAnnotation(element, annotation), since);

        Map<String, KeyOwner> keyOwners = new LinkedHashMap<>();
        List<OptionModel> options = new ArrayList<>();
        for (RecordComponentElement component : element.getRecordComponents()) {
            OptionModel option = option(element, component, keyOwners);
            if (option != null) {
                options.add(option);
            }
        }
        List<SyntaxKey> syntaxKeys = syntaxKeys(element, keyOwners);
        List<Model.RefusedMember> refused = new ArrayList<>();
        for (JsonRefused member : element.getAnnotationsByType(JsonRefused.class)) {
            refused.add(new Model.RefusedMember(member.member(), member.reason()));
        }
        ClassName type = ClassName.get(element);
        Component partial = new Component(element, type, role, name, kind, doc, device != null && device.jsonDevName(),
                options, List.of(), List.of(), syntaxKeys, refused, null, null, since);
        List<OptionModel> withDefaults = resolveDefaults(element, partial);
        partial = new Component(element, type, role, name, kind, doc, partial.jsonDevName(), withDefaults, List.of(),
                List.of(), syntaxKeys, refused, null, null, since);
        List<ExclusiveGroup> groups = exclusiveGroups(element, partial);
        List<Requirement> requirements = requirements(element, partial);
        ExecutableElement validate = validateHook(element);
        Model.Printer printer = printerHook(element);
        // A component whose type does not exist is javac's to report (it does, on the component); generating code
        // around it would only add errors about the generated code.
        if (errors.errorCount() > errorsBefore || hasUnresolvedTypes(element)) {
            return null;
        }
        return new Component(element, type, role, name, kind, doc, partial.jsonDevName(), withDefaults, groups,
                requirements, syntaxKeys, refused, validate, printer, since);
    }

    private void checkAccessible(TypeElement element) {
        Element hidden = privateDeclaration(element);
        if (hidden != null) {
            // On the private declaration: that is what to change, even when it encloses the record.
            errors.error(hidden, Diagnostic.NOT_ACCESSIBLE, hidden.getSimpleName(),
                    env.getElementUtils().getPackageOf(element).getQualifiedName());
        }
    }

    /** The record, or the type it is nested in, that is private, hiding it from its package; null if none. */
    static Element privateDeclaration(TypeElement element) {
        for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return e;
            }
        }
        return null;
    }

    private void checkInterface(TypeElement element, Role role, String annotation) {
        String required = role == Role.DEVICE ? DEVICE_INTERFACE : BOOTLOADER_INTERFACE;
        TypeElement interfaceType = env.getElementUtils().getTypeElement(required);
        if (interfaceType == null || !env.getTypeUtils().isAssignable(element.asType(),
                env.getTypeUtils().erasure(interfaceType.asType()))) {
            errors.error(element, annotation, null, Diagnostic.WRONG_INTERFACE, annotation, element.getSimpleName(),
                    required);
        }
    }

    private OptionModel option(TypeElement record, RecordComponentElement component, Map<String, KeyOwner> keyOwners) {
        String name = component.getSimpleName().toString();
        Option option = component.getAnnotation(Option.class);
        Flag flag = component.getAnnotation(Flag.class);
        Choice choice = component.getAnnotation(Choice.class);
        Json json = component.getAnnotation(Json.class);
        List<String> present = new ArrayList<>();
        if (option != null) {
            present.add("Option");
        }
        if (flag != null) {
            present.add("Flag");
        }
        if (choice != null) {
            present.add("Choice");
        }
        if (present.size() > 1) {
            errors.error(component, present.get(1), null, Diagnostic.CONFLICTING_ANNOTATIONS, name, present.get(0),
                    present.get(1));
            return null;
        }
        if (present.isEmpty() && json == null) {
            errors.error(component, Diagnostic.MISSING_ANNOTATION, name);
            return null;
        }
        String annotation = present.isEmpty() ? "Json" : present.get(0);
        TypeMirror type = component.asType();
        ValueType kind = valueKind(component, annotation, type, name);
        if (kind == null) {
            return null;
        }

        EnumKeys enumKeys = null;
        if (kind == ValueTypes.ENUM || kind == ValueTypes.CHOICE) {
            enumKeys = enumKeys((TypeElement) env.getTypeUtils().asElement(type));
            if (enumKeys == null) {
                return null;
            }
        }

        String key = null;
        List<String> aliases = List.of();
        String doc = "";
        String since = "";
        boolean emptyUnsets = false;
        if (option != null) {
            key = option.value();
            aliases = List.of(option.aliases());
            doc = option.doc();
            since = option.since();
            emptyUnsets = option.emptyUnsets();
            AnnotationMirror mirror = ErrorReporter.findAnnotation(component, "Option");
            claimKey(component, mirror, "value", key, name, keyOwners);
            for (String alias : aliases) {
                claimKey(component, mirror, "aliases", alias, name, keyOwners);
            }
            if (emptyUnsets && kind != ValueTypes.ENUM) {
                errors.error(component, "Option", "emptyUnsets", Diagnostic.MISPLACED_ANNOTATION, "Option(emptyUnsets)",
                        name, type, "only an enum option can take an empty value as 'not set'");
            }
        } else if (flag != null) {
            key = flag.value();
            doc = flag.doc();
            since = flag.since();
            claimKey(component, ErrorReporter.findAnnotation(component, "Flag"), "value", key, name, keyOwners);
        } else if (choice != null) {
            key = String.join("|", enumKeys.keys());
            doc = choice.doc();
            since = choice.since();
            for (String choiceKey : enumKeys.keys()) {
                claimKey(component, ErrorReporter.findAnnotation(component, "Choice"), null, choiceKey, name,
                        keyOwners);
            }
        }

        if (!present.isEmpty()) {
            checkVersion(component, ErrorReporter.findAnnotation(component, annotation), since);
        }
        boolean required = component.getAnnotation(Required.class) != null;
        Model.Range range = range(component, kind, type, name);
        boolean trimQuotes = component.getAnnotation(TrimQuotes.class) != null;
        if (trimQuotes && kind != ValueTypes.STRING) {
            errors.error(component, "TrimQuotes", null, Diagnostic.MISPLACED_ANNOTATION, "TrimQuotes", name, type,
                    "only text values can be quoted");
        }
        HostPath hostPath = component.getAnnotation(HostPath.class);
        if (hostPath != null && !kind.hostPath()) {
            errors.error(component, "HostPath", null, Diagnostic.MISPLACED_ANNOTATION, "HostPath", name, type,
                    "a host path is a " + ValueTypes.hostPathTypes() + " option");
        }
        if (flag != null && required) {
            errors.error(component, "Required", null, Diagnostic.MISPLACED_ANNOTATION, "Required", name, type,
                    "a flag is either given or not; it cannot be required");
        }

        String jsonName = json != null ? json.value() : key != null && choice == null ? key : name;
        boolean jsonOmitEmpty = json != null && json.omitEmpty();
        String jsonTrueFor = json != null && !json.trueFor().isEmpty() ? json.trueFor() : null;
        if (jsonTrueFor != null && (enumKeys == null || kind != ValueTypes.CHOICE
                || !enumKeys.keys().contains(jsonTrueFor))) {
            errors.error(component, "Json", "trueFor", Diagnostic.MISPLACED_ANNOTATION, "Json(trueFor)", name, type,
                    "trueFor names one of a @Choice's keys" + (enumKeys == null ? "" : ": " + enumKeys.keys()));
        }

        // Defaults are resolved once every option is known (their conditions name other options).
        Default defaultAnnotation = component.getAnnotation(Default.class);
        DefaultValue defaultValue = null;
        if (defaultAnnotation != null) {
            if (kind == ValueTypes.FLAG) {
                errors.error(component, "Default", null, Diagnostic.MISPLACED_ANNOTATION, "Default", name, type,
                        "a flag is false unless given");
            } else {
                CodeBlock expression = defaultExpression(component, kind, enumKeys, range, defaultAnnotation, name);
                if (expression != null) {
                    defaultValue = new DefaultValue(defaultAnnotation.value(), expression, List.of(), List.of());
                }
            }
        }
        TypeName javaType = TypeName.get(type);
        boolean unconditionalDefault = defaultAnnotation != null && defaultAnnotation.unlessSet().length == 0
                && defaultAnnotation.ifSet().length == 0;
        if (javaType.isPrimitive() && kind != ValueTypes.FLAG && kind != ValueTypes.BOOLEAN && !required
                && !unconditionalDefault) {
            errors.error(component, Diagnostic.PRIMITIVE_OPTIONAL, name, javaType, javaType.box());
        }
        return new OptionModel(name, key, aliases, kind, javaType, doc, required, defaultValue, range, trimQuotes,
                emptyUnsets, enumKeys, jsonName, jsonOmitEmpty, jsonTrueFor, hostPath == null ? null
                        : hostPath.value(), since);
    }

    private ValueType valueKind(RecordComponentElement component, String annotation, TypeMirror type, String name) {
        if (type.getKind() == TypeKind.ERROR) {
            return null; // javac reports the missing type; "unsupported type" would mislead
        }
        switch (annotation) {
            case "Flag":
                if (type.getKind() != TypeKind.BOOLEAN) {
                    errors.error(component, "Flag", null, Diagnostic.FLAG_NOT_BOOLEAN, name, type);
                    return null;
                }
                return ValueTypes.FLAG;
            case "Choice":
                if (!isEnum(type)) {
                    errors.error(component, "Choice", null, Diagnostic.CHOICE_NOT_ENUM, name, type);
                    return null;
                }
                return ValueTypes.CHOICE;
            default:
                ValueType kind = optionKind(type);
                if (kind == null) {
                    errors.error(component, annotation, null, Diagnostic.UNSUPPORTED_TYPE, annotation, name, type,
                            ValueTypes.supported());
                }
                return kind;
        }
    }

    /** The value type of a record component's Java type, from the processor's table; null when unsupported. */
    private ValueType optionKind(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return ValueTypes.forJavaType(type.toString());
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        if (isEnum(type)) {
            return ValueTypes.ENUM;
        }
        return ValueTypes.forJavaType(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
    }

    private boolean isEnum(TypeMirror type) {
        Element element = env.getTypeUtils().asElement(type);
        return element != null && element.getKind() == ElementKind.ENUM;
    }

    private EnumKeys enumKeys(TypeElement enumType) {
        List<String> constants = new ArrayList<>();
        List<Element> constantElements = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> since = new ArrayList<>();
        boolean complete = true;
        for (Element constant : enumType.getEnclosedElements()) {
            if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
                continue;
            }
            Key key = constant.getAnnotation(Key.class);
            if (key == null) {
                errors.error(constant, Diagnostic.MISSING_KEY, enumType.getSimpleName(), constant.getSimpleName());
                complete = false;
                continue;
            }
            if (!VALID_NAME.matcher(key.value()).matches()) {
                errors.error(constant, "Key", "value", Diagnostic.INVALID_KEY, key.value());
                complete = false;
                continue;
            }
            if (keys.contains(key.value())) {
                Element previous = constantElements.get(keys.indexOf(key.value()));
                errors.error(constant, "Key", "value", Diagnostic.DUPLICATE_KEY, key.value(),
                        enumType.getSimpleName() + "." + constant.getSimpleName(),
                        enumType.getSimpleName() + "." + previous.getSimpleName(), errors.lineOf(previous));
                complete = false;
                continue;
            }
            complete &= checkVersion(constant, ErrorReporter.findAnnotation(constant, "Key"), key.since());
            constants.add(constant.getSimpleName().toString());
            constantElements.add(constant);
            keys.add(key.value());
            since.add(key.since());
        }
        return complete ? new EnumKeys(ClassName.get(enumType), constants, keys, since) : null;
    }

    /**
     * Checks a {@code since} version: empty, or {@code major.minor.patch} in decimal, as vfkit's releases are numbered.
     * Reports on the annotation's {@code since} member; returns whether it is valid.
     */
    private boolean checkVersion(Element element, AnnotationMirror annotation, String since) {
        if (since.isEmpty() || VERSION.matcher(since).matches()) {
            return true;
        }
        errors.error(element, annotation, "since", null, Diagnostic.BAD_VERSION, since);
        return false;
    }

    /** Records that {@code owner} uses {@code key}, reporting on {@code member} of {@code annotation} if it may not. */
    private void claimKey(Element element, AnnotationMirror annotation, String member, String key, String owner,
            Map<String, KeyOwner> keyOwners) {
        if (!VALID_NAME.matcher(key).matches()) {
            errors.error(element, annotation, member, key, Diagnostic.INVALID_KEY, key);
            return;
        }
        KeyOwner previous = keyOwners.putIfAbsent(key, new KeyOwner(owner, element));
        if (previous != null) {
            errors.error(element, annotation, member, key, Diagnostic.DUPLICATE_KEY, key, owner, previous.name(),
                    errors.lineOf(previous.element()));
        }
    }

    /** Who claimed a key first: a record component's name (or {@code @Syntax}) and where it is declared. */
    private record KeyOwner(String name, Element element) {
    }

    private Model.Range range(RecordComponentElement component, ValueType kind, TypeMirror type, String name) {
        Range range = component.getAnnotation(Range.class);
        long typeMin = kind.min();
        long typeMax = kind.max();
        if (range == null) {
            return kind.numeric() ? new Model.Range(typeMin, typeMax, true, false) : null;
        }
        if (!kind.numeric()) {
            errors.error(component, "Range", null, Diagnostic.MISPLACED_ANNOTATION, "Range", name, type,
                    "only int, long and Duration options have a range");
            return null;
        }
        long min = range.min() == Long.MIN_VALUE ? typeMin : range.min();
        long max = range.max() == Long.MAX_VALUE ? typeMax : range.max();
        if (min > max || min < typeMin || max > typeMax) {
            errors.error(component, "Range", null, Diagnostic.BAD_RANGE, name, type, min, max);
            return null;
        }
        return new Model.Range(min, max, range.plusSign(), range.zeroUnsets());
    }

    private CodeBlock defaultExpression(RecordComponentElement component, ValueType kind, EnumKeys enumKeys,
            Model.Range range, Default annotation, String name) {
        String text = annotation.value();
        String problem;
        if (enumKeys != null) {
            String constant = enumKeys.constantFor(text);
            if (constant != null) {
                return CodeBlock.of("$T.$L", enumKeys.enumType(), constant);
            }
            problem = "expected one of " + enumKeys.keys();
        } else {
            Object value = kind.defaults().apply(text);
            if (value instanceof ValueTypes.Number number && range != null && (number.value() < range.min()
                    || number.value() > range.max())) {
                problem = "outside [" + range.min() + ", " + range.max() + "]";
            } else if (value instanceof ValueTypes.Number number) {
                return number.expression();
            } else if (value instanceof ValueTypes.Problem refused) {
                problem = refused.text();
            } else {
                return (CodeBlock) value;
            }
        }
        errors.error(component, "Default", "value", Diagnostic.BAD_DEFAULT, text, name, problem);
        return null;
    }

    /** Resolves the option names in each {@code @Default}'s conditions, now that every option is known. */
    private List<OptionModel> resolveDefaults(TypeElement record, Component component) {
        List<OptionModel> result = new ArrayList<>();
        for (OptionModel option : component.options()) {
            DefaultValue value = option.defaultValue();
            if (value == null) {
                result.add(option);
                continue;
            }
            RecordComponentElement element = recordComponent(record, option.name());
            Default annotation = element.getAnnotation(Default.class);
            AnnotationMirror mirror = ErrorReporter.findAnnotation(element, "Default");
            List<OptionModel> unless = resolveKeys(element, mirror, "unlessSet", annotation.unlessSet(), component);
            List<OptionModel> ifSet = resolveKeys(element, mirror, "ifSet", annotation.ifSet(), component);
            result.add(new OptionModel(option.name(), option.key(), option.aliases(), option.kind(), option.javaType(),
                    option.doc(), option.required(), new DefaultValue(value.text(), value.expression(), unless, ifSet),
                    option.range(), option.trimQuotes(), option.emptyUnsets(), option.enumKeys(), option.jsonName(),
                    option.jsonOmitEmpty(), option.jsonTrueFor(), option.hostPath(), option.since()));
        }
        return result;
    }

    private List<OptionModel> resolveKeys(Element element, AnnotationMirror annotation, String member, String[] keys,
            Component component) {
        List<OptionModel> options = new ArrayList<>();
        for (String key : keys) {
            OptionModel option = component.optionWithKey(key);
            if (option == null) {
                reportUnknownKey(element, annotation, member, key, component, false);
            } else {
                options.add(option);
            }
        }
        return options;
    }

    private void reportUnknownKey(Element element, AnnotationMirror annotation, String member, String key,
            Component component, boolean anyKey) {
        List<String> candidates = new ArrayList<>();
        if (anyKey) {
            candidates.addAll(component.allKeys());
        } else {
            for (OptionModel option : component.commandLineOptions()) {
                candidates.add(option.key());
            }
        }
        String suggestion = Suggestions.closest(key, candidates);
        errors.error(element, annotation, member, key, Diagnostic.UNKNOWN_KEY, key, component.name(),
                suggestion == null ? "" : " (did you mean '" + suggestion + "'?)", String.join(", ", candidates));
    }

    private List<SyntaxKey> syntaxKeys(TypeElement record, Map<String, KeyOwner> keyOwners) {
        List<SyntaxKey> result = new ArrayList<>();
        Syntax[] annotations = record.getAnnotationsByType(Syntax.class);
        List<AnnotationMirror> mirrors = repeated(record, Syntax.class, annotations.length);
        for (int i = 0; i < annotations.length; i++) {
            Syntax syntax = annotations[i];
            claimKey(record, mirrors.get(i), "key", syntax.key(), "@Syntax", keyOwners);
            checkVersion(record, mirrors.get(i), syntax.since());
            result.add(new SyntaxKey(syntax.key(), List.of(syntax.values()), syntax.doc(), syntax.since()));
        }
        return result;
    }

    private List<ExclusiveGroup> exclusiveGroups(TypeElement record, Component component) {
        List<ExclusiveGroup> groups = new ArrayList<>();
        Exclusive[] annotations = record.getAnnotationsByType(Exclusive.class);
        List<AnnotationMirror> mirrors = repeated(record, Exclusive.class, annotations.length);
        for (int i = 0; i < annotations.length; i++) {
            Exclusive exclusive = annotations[i];
            if (exclusive.value().length < 2) {
                errors.error(record, mirrors.get(i), "value", null, Diagnostic.EXCLUSIVE_TOO_SMALL,
                        Arrays.toString(exclusive.value()));
                continue;
            }
            List<OptionModel> options = resolveKeys(record, mirrors.get(i), "value", exclusive.value(), component);
            for (OptionModel option : options) {
                // A flag is false while unset; any other primitive always holds a value, so the group would fail
                // whenever another member is set (or, if required, always pass).
                if (option.primitive() && option.kind() != ValueTypes.FLAG) {
                    errors.error(record, mirrors.get(i), "value", option.key(), Diagnostic.EXCLUSIVE_ALWAYS_SET,
                            option.key(), option.javaType(), option.javaType().box());
                }
            }
            if (options.size() == exclusive.value().length) {
                groups.add(new ExclusiveGroup(options, exclusive.required()));
            }
        }
        return groups;
    }

    private List<Requirement> requirements(TypeElement record, Component component) {
        List<Requirement> result = new ArrayList<>();
        List<String> allKeys = component.allKeys();
        Requires[] annotations = record.getAnnotationsByType(Requires.class);
        List<AnnotationMirror> mirrors = repeated(record, Requires.class, annotations.length);
        for (int i = 0; i < annotations.length; i++) {
            Requires requires = annotations[i];
            if (!allKeys.contains(requires.key())) {
                reportUnknownKey(record, mirrors.get(i), "key", requires.key(), component, true);
                continue;
            }
            if (!allKeys.contains(requires.needs())) {
                reportUnknownKey(record, mirrors.get(i), "needs", requires.needs(), component, true);
                continue;
            }
            OptionModel needed = component.optionWithKey(requires.needs());
            List<String> needs = new ArrayList<>();
            needs.add(requires.needs());
            if (needed != null) {
                needs.addAll(needed.aliases());
            }
            result.add(new Requirement(requires.key(), requires.needs(), needs));
        }
        return result;
    }

    private ExecutableElement validateHook(TypeElement record) {
        ExecutableElement hook = null;
        for (ExecutableElement method : ElementFilter.methodsIn(record.getEnclosedElements())) {
            if (method.getAnnotation(Validate.class) == null) {
                continue;
            }
            if (hook != null) {
                errors.error(method, "Validate", null, Diagnostic.DUPLICATE_HOOK, "Validate", method.getSimpleName());
                continue;
            }
            if (!callable(method) || !method.getParameters().isEmpty()
                    || method.getReturnType().getKind() != TypeKind.VOID) {
                errors.error(method, "Validate", null, Diagnostic.BAD_HOOK, "Validate", method.getSimpleName(),
                        "non-private, non-static, 'void " + method.getSimpleName() + "()', and throw no checked"
                                + " exception");
                continue;
            }
            hook = method;
        }
        return hook;
    }

    private Model.Printer printerHook(TypeElement record) {
        Model.Printer hook = null;
        for (ExecutableElement method : ElementFilter.methodsIn(record.getEnclosedElements())) {
            if (method.getAnnotation(Printer.class) == null) {
                continue;
            }
            if (hook != null) {
                errors.error(method, "Printer", null, Diagnostic.DUPLICATE_HOOK, "Printer", method.getSimpleName());
                continue;
            }
            boolean writer = method.getParameters().size() == 1
                    && method.getReturnType().getKind() == TypeKind.VOID
                    && isType(method.getParameters().get(0).asType(), OPTION_WRITER);
            boolean argv = method.getParameters().isEmpty() && isListOfStrings(method.getReturnType());
            if (!callable(method) || !(writer || argv)) {
                errors.error(method, "Printer", null, Diagnostic.BAD_HOOK, "Printer", method.getSimpleName(),
                        "non-private, non-static, either 'void " + method.getSimpleName() + "(" + OPTION_WRITER
                                + " out)' or 'java.util.List<String> " + method.getSimpleName() + "()', and throw"
                                + " no checked exception");
                continue;
            }
            hook = new Model.Printer(method.getSimpleName().toString(), argv);
        }
        return hook;
    }

    /**
     * Whether generated code in the record's package can call the hook on an instance: it is an instance method, not
     * private, and declares no checked exception (the generated callers declare none).
     */
    private boolean callable(ExecutableElement method) {
        if (method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        Types types = env.getTypeUtils();
        TypeMirror runtimeException = env.getElementUtils().getTypeElement("java.lang.RuntimeException").asType();
        TypeMirror error = env.getElementUtils().getTypeElement("java.lang.Error").asType();
        for (TypeMirror thrown : method.getThrownTypes()) {
            if (!types.isSubtype(thrown, runtimeException) && !types.isSubtype(thrown, error)) {
                return false;
            }
        }
        return true;
    }

    private boolean isType(TypeMirror type, String qualifiedName) {
        TypeElement expected = env.getElementUtils().getTypeElement(qualifiedName);
        return expected != null && env.getTypeUtils().isSameType(type, expected.asType());
    }

    /** {@code List<String>}, however it is spelled. */
    private boolean isListOfStrings(TypeMirror type) {
        TypeElement list = env.getElementUtils().getTypeElement("java.util.List");
        TypeMirror string = env.getElementUtils().getTypeElement("java.lang.String").asType();
        return env.getTypeUtils().isSameType(type, env.getTypeUtils().getDeclaredType(list, string));
    }

    /**
     * The mirrors of a repeatable annotation, in the order of {@link Element#getAnnotationsByType}, so that an error
     * about the n-th annotation points at it; nulls (the record itself) if the two disagree.
     */
    private static List<AnnotationMirror> repeated(Element element,
            Class<? extends java.lang.annotation.Annotation> annotation, int count) {
        List<AnnotationMirror> mirrors = ErrorReporter.annotations(element, annotation.getCanonicalName());
        return mirrors.size() == count ? mirrors : Collections.nCopies(count, null);
    }

    private static RecordComponentElement recordComponent(TypeElement record, String name) {
        for (RecordComponentElement component : record.getRecordComponents()) {
            if (component.getSimpleName().contentEquals(name)) {
                return component;
            }
        }
        throw new IllegalStateException("no record component " + name);
    }

    /** The annotations that only mean something inside a component record, for orphan detection. */
    static final Set<Class<? extends java.lang.annotation.Annotation>> COMPONENT_ANNOTATIONS = Set.of(Option.class,
            Flag.class, Choice.class);
}
