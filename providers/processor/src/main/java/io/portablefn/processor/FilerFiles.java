package io.portablefn.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.GeneratedFiles;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Modifier;
import javax.tools.StandardLocation;

/** {@link GeneratedFiles} over the compiler's Filer; every class is marked {@code @Generated}. */
final class FilerFiles implements GeneratedFiles {

    static final String GENERATOR = "io.portablefn.processor";

    private final Filer filer;

    FilerFiles(Filer filer) {
        this.filer = filer;
    }

    @Override
    public TypeSpec.Builder newClass(ClassName name, FunctionModel function) {
        return TypeSpec.classBuilder(name.simpleName())
                .addAnnotation(AnnotationSpec.builder(Generated.class).addMember("value", "$S", GENERATOR).build())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addOriginatingElement(function.element());
    }

    @Override
    public void write(ClassName name, TypeSpec type) throws IOException {
        JavaFile.builder(name.packageName(), type).skipJavaLangImports(true).indent("    ").build().writeTo(filer);
    }

    @Override
    public void writeResource(String path, String content, FunctionModel function) throws IOException {
        try (Writer out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, function.element())
                .openWriter()) {
            out.write(content);
        }
    }
}
