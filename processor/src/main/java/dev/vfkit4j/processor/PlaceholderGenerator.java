package dev.vfkit4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Writes a stand-in {@code <Name>Builder} for a record that has errors, as AutoValue does for its broken types: the
 * record's own {@code builder()} and {@code toBuilder()}, and code that calls the builder's setters, then compile
 * against it, so the user sees the one real error instead of it followed by {@code cannot find symbol} errors. It is
 * only ever compiled in a compilation that fails, so its bodies do nothing.
 */
final class PlaceholderGenerator {
    private PlaceholderGenerator() {
    }

    static TypeSpec.Builder builder(TypeElement record) {
        ClassName recordName = ClassName.get(record);
        ClassName builder = Generated.sibling(recordName, "Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Stands in for the builder of {@link $T}, which has compile errors: fix them to get the"
                        + " real builder.\n", recordName);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A builder that builds nothing.\n")
                .build());
        type.addMethod(MethodSpec.methodBuilder("from")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addParameter(recordName, "component")
                .addJavadoc("A builder that builds nothing.\n\n@param component ignored\n@return a new builder\n")
                .addStatement("return new $T()", builder)
                .build());
        for (RecordComponentElement component : record.getRecordComponents()) {
            if (component.asType().getKind() == TypeKind.ERROR) {
                continue; // javac already reports the missing type
            }
            String name = component.getSimpleName().toString();
            type.addMethod(MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(TypeName.get(component.asType()), name)
                    .addJavadoc("Does nothing.\n\n@param $L ignored\n@return this builder\n", name)
                    .addStatement("return this")
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(recordName)
                .addJavadoc("Never returns.\n\n@return nothing\n@throws $T always\n",
                        UnsupportedOperationException.class)
                .addStatement("throw new $T($S)", UnsupportedOperationException.class,
                        record.getQualifiedName() + " has compile errors")
                .build());
        return type;
    }
}
