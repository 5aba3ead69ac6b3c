package io.portablefn.maven.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Every setting, name or trigger the clouds cannot take, reported together. */
public final class PackagingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigException> errors;

    PackagingException(List<ConfigException> errors) {
        super(errors.size() + " function setting(s) cannot be deployed:\n" + errors.stream()
                .map(e -> "  - " + e.getMessage()).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<ConfigException> errors() {
        return errors;
    }
}
