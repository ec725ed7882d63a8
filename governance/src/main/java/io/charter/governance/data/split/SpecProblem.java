package io.charter.governance.data.split;

import java.util.Objects;

/**
 * One thing wrong with a user's split spec, for an HTTP 400 problem response that names the field.
 *
 * @param path    the field, relative to the spec, e.g. {@code folds} or {@code stratifyColumn}
 * @param message what is expected and what was got, e.g. {@code must be between 2 and 20, but is 1}
 */
public record SpecProblem(String path, String message) {

    public SpecProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The same problem with its path under {@code parent}, e.g. {@code spec.folds}. */
    public SpecProblem within(String parent) {
        return new SpecProblem(parent + "." + path, message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
