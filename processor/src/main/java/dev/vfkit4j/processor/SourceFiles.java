package dev.vfkit4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;

/**
 * The one place generated types are written: it adds {@code @Generated} (without a date, so that the output is the
 * same for the same input) and vfkit4j's class-retained marker, records the originating element, and formats.
 */
final class SourceFiles {
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName VFKIT_GENERATED = ClassName.get("dev.vfkit4j.annotations", "VfkitGenerated");

    private final Filer filer;

    SourceFiles(Filer filer) {
        this.filer = filer;
    }

    void write(String packageName, TypeSpec.Builder type, TypeElement originatingElement) throws IOException {
        type.addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", VfkitProcessor.class.getName())
                        .build())
                .addAnnotation(VFKIT_GENERATED)
                .addOriginatingElement(originatingElement);
        JavaFile.builder(packageName, type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .writeTo(filer);
    }
}
