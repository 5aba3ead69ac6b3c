package io.portablefn.processor;

import io.portablefn.processor.spi.FunctionModel;
import io.portablefn.processor.spi.ProviderGenerator;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The portablefn annotation processor. For each {@code @Function} class it checks the rules
 * (see {@link FunctionChecks}), writes the function's definition class, and asks every
 * provider generator on the processor path for its entry points; at the end it writes the
 * function index and the function manifest (for build tools). It never lets an exception reach
 * javac: everything becomes a diagnostic on the element concerned.
 */
public final class PortableFunctionProcessor extends AbstractProcessor {

    private Diagnostics diagnostics;
    private FunctionChecks checks;
    private FilerFiles files;
    private List<ProviderGenerator> generators;
    private final Map<String, String> namesToClasses = new HashMap<>();
    private final Set<String> sourceClasses = new LinkedHashSet<>();
    private final FunctionManifestWriter manifest = new FunctionManifestWriter();
    private RouteChecks routes;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> supported = new LinkedHashSet<>(List.of(FunctionChecks.FUNCTION));
        TriggerChecks.TRIGGERS.forEach(trigger -> supported.add(trigger.getName()));
        return supported;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        diagnostics = new Diagnostics(environment.getMessager());
        checks = new FunctionChecks(environment.getTypeUtils(), diagnostics);
        files = new FilerFiles(environment.getFiler());
        routes = new RouteChecks(diagnostics);
        generators = Generators.load(PortableFunctionProcessor.class.getClassLoader(), diagnostics);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            Set<Element> annotated = new LinkedHashSet<>();
            for (TypeElement annotation : annotations) {
                annotated.addAll(round.getElementsAnnotatedWith(annotation));
            }
            for (Element element : annotated) {
                processOne((TypeElement) element);
            }
            if (round.processingOver() && !sourceClasses.isEmpty() && !diagnostics.hadErrors()) {
                new FunctionIndexWriter(processingEnv.getFiler()).write(sourceClasses);
                manifest.write(processingEnv.getFiler());
            }
        } catch (Exception unexpected) {
            diagnostics.error("internal", "The portablefn processor failed unexpectedly: " + unexpected
                    + ". Please report it with the class that triggered it.", null, null);
        }
        return false;
    }

    private void processOne(TypeElement type) {
        FunctionChecks.CheckedFunction checked = checks.check(type);
        if (checked == null || !uniqueName(checked.model()) || !routes.add(checked.model())) {
            return;
        }
        FunctionModel model = checked.model();
        try {
            new SourceClassWriter(files).write(checked);
        } catch (IOException | RuntimeException e) {
            diagnostics.error("write-failed", "Could not write " + model.sourceClass() + ": " + e, type,
                    FunctionChecks.FUNCTION);
            return;
        }
        sourceClasses.add(model.sourceClass().canonicalName());
        manifest.add(model);
        for (ProviderGenerator generator : generators) {
            try {
                generator.generate(model, manifest.recording(files, model, generator.provider()));
            } catch (Exception | LinkageError e) {
                diagnostics.error("generator-failed", "The '" + generator.provider() + "' generator ("
                        + generator.getClass().getName() + ") failed on function '" + model.name() + "': " + e,
                        type, FunctionChecks.FUNCTION);
            }
        }
    }

    private boolean uniqueName(FunctionModel model) {
        String className = model.functionClass().canonicalName();
        String previous = namesToClasses.putIfAbsent(model.name(), className);
        if (previous == null || previous.equals(className)) {
            return true;
        }
        diagnostics.error("duplicate-name", "Function name '" + model.name() + "' is already used by " + previous
                + ": function names must be unique in a project, since each becomes a cloud resource name",
                model.element(), FunctionChecks.FUNCTION);
        return false;
    }
}
