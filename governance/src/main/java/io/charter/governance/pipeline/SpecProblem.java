package io.charter.governance.pipeline;

import java.util.Objects;

/**
 * One user error in a pipeline spec, or in the data it is fitted on: the field it concerns and
 * what was expected instead of what was got. The server turns a list of these into one
 * {@code application/problem+json} response that names every field.
 *
 * @param path    the field, as in the spec's JSON: {@code steps[2].columns[0]}, {@code steps[1].k},
 *                {@code steps}; empty for the spec as a whole
 * @param message what the field must be, and what it is, e.g. {@code must be a column of the
 *                dataset [age, income], but is "agee"}
 */
public record SpecProblem(String path, String message) {

    public SpecProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + " " + message;
    }
}
