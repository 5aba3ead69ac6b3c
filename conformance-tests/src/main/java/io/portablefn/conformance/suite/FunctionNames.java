package io.portablefn.conformance.suite;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the function class a case file names: by simple name ({@code Echo}) or full name among
 * the suite's function classes. Cases may only name listed classes, so a case cannot reach a
 * class the suite was not told about, and a wrong name fails with the list of right ones.
 */
record FunctionNames(List<Class<?>> functions) {

    FunctionNames {
        functions = List.copyOf(functions);
    }

    Class<?> resolve(String name, String source) {
        List<Class<?>> matches = functions.stream()
                .filter(type -> type.getName().equals(name) || type.getSimpleName().equals(name)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        String listed = functions.stream().map(Class::getName).collect(Collectors.joining(", "));
        throw new CaseFileException(source + ": \"function\": \"" + name + "\" "
                + (matches.isEmpty() ? "is none of the suite's function classes" : "names several of them")
                + "; the suite has [" + listed + "]. Name one by its simple or full class name, and list"
                + " the class in @Conformance(functions = ...) or with --function.");
    }
}
