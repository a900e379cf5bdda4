package dev.vfkit4j.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.vfkit4j.annotations.Choice;
import dev.vfkit4j.annotations.Flag;
import dev.vfkit4j.annotations.Option;
import dev.vfkit4j.annotations.VfkitBootloader;
import dev.vfkit4j.annotations.VfkitDevice;
import dev.vfkit4j.annotations.VfkitGenerated;
import dev.vfkit4j.processor.Model.Component;
import dev.vfkit4j.processor.Model.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Turns every record annotated with {@link VfkitDevice} or {@link VfkitBootloader} into two classes beside it:
 * {@code <Name>Builder} and {@code <Name>Descriptor} (which also parses and prints it), and lists the descriptors in
 * one service file, written once, sorted, when processing is over.
 *
 * <p>The pipeline is elements → {@link Model} (by {@link ModelBuilder}, which reports misuse on the element) → code
 * (one generator per role, written through {@link SourceFiles}). A record with errors generates only a stand-in
 * builder ({@link PlaceholderGenerator}); the others go on. No exception leaves {@link #process}.
 */
@AutoService(Processor.class)
public final class VfkitProcessor extends AbstractProcessor {
    private ErrorReporter errors;
    private ModelBuilder models;
    private SourceFiles files;

    /** Records whose component types were not resolved yet, retried in the next round. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /** Descriptors generated in this compilation, for the service file. */
    private final Set<String> descriptors = new TreeSet<>();
    private final Map<Role, Map<String, Element>> names = new EnumMap<>(Role.class);
    private final Map<Role, Map<String, Element>> kinds = new EnumMap<>(Role.class);
    private boolean builtInsRegistered;

    /** The annotations {@link #process} looks for: the two roles and {@link ModelBuilder#COMPONENT_ANNOTATIONS}. */
    private static final Set<Class<? extends Annotation>> ANNOTATIONS = Set.of(VfkitDevice.class,
            VfkitBootloader.class, Option.class, Flag.class, Choice.class);

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        errors = new ErrorReporter(processingEnv);
        models = new ModelBuilder(processingEnv, errors);
        files = new SourceFiles(processingEnv.getFiler());
        for (Role role : Role.values()) {
            names.put(role, new HashMap<>());
            kinds.put(role, new HashMap<>());
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(VfkitDevice.class.getCanonicalName(), VfkitBootloader.class.getCanonicalName(),
                Option.class.getCanonicalName(), Flag.class.getCanonicalName(), Choice.class.getCanonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            registerBuiltIns();
            // A set: a record carrying both annotations is read (and rejected) once.
            Set<TypeElement> pending = new LinkedHashSet<>();
            for (String name : deferred) {
                TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
                if (element != null) {
                    pending.add(element);
                }
            }
            deferred.clear();
            // One scan of the round's elements for all five annotations (each scan visits every member of every
            // type, the generated ones too in the next round); devices before bootloaders, as before.
            Set<? extends Element> annotated = round.getElementsAnnotatedWithAny(ANNOTATIONS);
            for (Class<? extends Annotation> role : List.of(VfkitDevice.class, VfkitBootloader.class)) {
                for (TypeElement type : ElementFilter.typesIn(annotated)) {
                    if (type.getAnnotation(role) != null) {
                        pending.add(type);
                    }
                }
            }
            for (TypeElement element : pending) {
                if (!round.processingOver() && element.getKind() == ElementKind.RECORD
                        && ModelBuilder.hasUnresolvedTypes(element)) {
                    deferred.add(element.getQualifiedName().toString());
                    continue;
                }
                // Still unresolved when processing is over, a type does not exist: the record's other mistakes
                // are reported, and nothing is generated for it.
                processSafely(element, round.processingOver());
            }
            reportOrphans(annotated);
            if (round.processingOver()) {
                writeServiceFile();
            }
        } catch (RuntimeException | IOException e) {
            processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                    Diagnostic.INTERNAL_ERROR.format("this compilation", stackTrace(e)));
        }
        return false;
    }

    private void processSafely(TypeElement element, boolean lastRound) {
        try {
            Component component = models.build(element);
            if (component == null || !claimNames(component)) {
                if (!lastRound) {
                    writePlaceholderBuilder(element);
                }
                return;
            }
            if (!generatedNamesFree(component)) {
                return;
            }
            String packageName = component.type().packageName();
            files.write(packageName, BuilderGenerator.generate(component), element);
            files.write(packageName, DescriptorGenerator.generate(component), element);
            descriptors.add(Generated.descriptor(component).canonicalName());
        } catch (RuntimeException | IOException e) {
            errors.error(element, Diagnostic.INTERNAL_ERROR, element.getQualifiedName(), stackTrace(e));
        }
    }

    /**
     * A record with errors gets a stand-in builder (see {@link PlaceholderGenerator}), unless the name is taken by a
     * type of the user's (then there is nothing to stand in for) or the record is private (the stand-in could not
     * name it). Files written in the last round would not be compiled, so the caller skips it then.
     */
    private void writePlaceholderBuilder(TypeElement element) throws IOException {
        if (element.getKind() != ElementKind.RECORD || ModelBuilder.privateDeclaration(element) != null) {
            return;
        }
        ClassName builder = Generated.sibling(ClassName.get(element), "Builder");
        if (processingEnv.getElementUtils().getTypeElement(builder.canonicalName()) != null) {
            return;
        }
        files.write(builder.packageName(), PlaceholderGenerator.builder(element), element);
    }

    /** Checks that the component's name and kind are its own, against this compilation and the built-ins. */
    private boolean claimNames(Component component) {
        String annotation = component.role() == Role.DEVICE ? "VfkitDevice" : "VfkitBootloader";
        boolean unique = true;
        Element previous = names.get(component.role()).putIfAbsent(component.name(), component.element());
        if (previous != null && !previous.equals(component.element())) {
            errors.error(component.element(), annotation, "name", Diagnostic.DUPLICATE_COMPONENT,
                    component.role().noun, "name", component.name(), previous);
            unique = false;
        }
        previous = kinds.get(component.role()).putIfAbsent(component.kind(), component.element());
        if (previous != null && !previous.equals(component.element())) {
            errors.error(component.element(), annotation, "kind", Diagnostic.DUPLICATE_COMPONENT,
                    component.role().noun, "kind", component.kind(), previous);
            unique = false;
        }
        return unique;
    }

    /**
     * Checks that no type of the user's already has a generated type's name ({@code FooBuilder} beside record
     * {@code Foo}): the Filer would refuse the file halfway through the two. A type that vfkit4j generated (a stale
     * copy on the source path) is the Filer's to judge.
     */
    private boolean generatedNamesFree(Component component) {
        boolean free = true;
        for (ClassName name : List.of(Generated.builder(component), Generated.descriptor(component))) {
            TypeElement existing = processingEnv.getElementUtils().getTypeElement(name.canonicalName());
            if (existing != null && existing.getAnnotation(VfkitGenerated.class) == null) {
                errors.error(component.element(), Diagnostic.NAME_TAKEN, name.canonicalName(),
                        component.element().getSimpleName());
                free = false;
            }
        }
        return free;
    }

    /** Built-in components on the class path claim their names first, so that a user's clash is a compile error. */
    private void registerBuiltIns() {
        if (builtInsRegistered) {
            return;
        }
        builtInsRegistered = true;
        for (String packageName : List.of("dev.vfkit4j.devices", "dev.vfkit4j.bootloaders")) {
            PackageElement builtIns = processingEnv.getElementUtils().getPackageElement(packageName);
            if (builtIns == null) {
                continue;
            }
            for (TypeElement type : ElementFilter.typesIn(builtIns.getEnclosedElements())) {
                VfkitDevice device = type.getAnnotation(VfkitDevice.class);
                VfkitBootloader bootloader = type.getAnnotation(VfkitBootloader.class);
                if (device != null) {
                    names.get(Role.DEVICE).put(device.name(), type);
                    kinds.get(Role.DEVICE).put(device.kind(), type);
                } else if (bootloader != null) {
                    names.get(Role.BOOTLOADER).put(bootloader.name(), type);
                    kinds.get(Role.BOOTLOADER).put(bootloader.kind(), type);
                }
            }
        }
    }

    /** {@code @Option}, {@code @Flag} and {@code @Choice} do nothing outside an annotated record: say so. */
    private void reportOrphans(Set<? extends Element> annotated) {
        for (Class<? extends Annotation> annotation : ModelBuilder.COMPONENT_ANNOTATIONS) {
            for (Element element : annotated) {
                if (element.getAnnotation(annotation) == null) {
                    continue;
                }
                Element record = element.getEnclosingElement();
                if (record.getAnnotation(VfkitDevice.class) == null
                        && record.getAnnotation(VfkitBootloader.class) == null) {
                    errors.error(element, annotation.getSimpleName(), null, Diagnostic.ORPHAN_ANNOTATION,
                            annotation.getSimpleName(), element.getSimpleName(), record.getSimpleName());
                }
            }
        }
    }

    private void writeServiceFile() throws IOException {
        if (descriptors.isEmpty()) {
            return;
        }
        FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                RuntimeTypes.SERVICE_FILE);
        try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            writer.write("# Generated by " + VfkitProcessor.class.getName() + ": one descriptor per component.\n");
            for (String descriptor : descriptors) {
                writer.write(descriptor + "\n");
            }
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
