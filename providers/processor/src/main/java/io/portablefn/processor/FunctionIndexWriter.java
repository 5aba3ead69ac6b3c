package io.portablefn.processor;

import io.portablefn.runtime.FunctionIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the project's function index, {@code META-INF/services/io.portablefn.runtime.FunctionSource},
 * once all rounds are done. Entries already in the class output are kept, so that an
 * incremental compile of some classes does not drop the others.
 */
final class FunctionIndexWriter {

    private final Filer filer;

    FunctionIndexWriter(Filer filer) {
        this.filer = filer;
    }

    void write(Set<String> sourceClasses) throws IOException {
        Set<String> entries = new TreeSet<>(sourceClasses);
        entries.addAll(existing());
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", FunctionIndex.INDEX_FILE);
        try (Writer out = file.openWriter()) {
            out.write("# Written by the portablefn processor: every function of this project.\n");
            for (String entry : entries) {
                out.write(entry + "\n");
            }
        }
    }

    private Set<String> existing() {
        Set<String> entries = new TreeSet<>();
        try {
            FileObject old = filer.getResource(StandardLocation.CLASS_OUTPUT, "", FunctionIndex.INDEX_FILE);
            try (Reader reader = old.openReader(true); BufferedReader lines = new BufferedReader(reader)) {
                lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(entries::add);
            }
        } catch (IOException | IllegalArgumentException absent) {
            // No index yet: a clean build.
        }
        return entries;
    }
}
