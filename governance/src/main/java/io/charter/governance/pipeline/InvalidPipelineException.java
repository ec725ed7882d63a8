package io.charter.governance.pipeline;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A pipeline could not be read or fitted because of the user's spec or data: every problem found,
 * each with the field it concerns. Not a bug and not an I/O failure: the server answers it with
 * HTTP 400 (or marks the fitting job failed with these problems).
 */
public final class InvalidPipelineException extends Exception {

    private final List<SpecProblem> problems;

    public InvalidPipelineException(List<SpecProblem> problems) {
        super(problems.stream().map(SpecProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty: an invalid pipeline has at least one");
        }
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> problems() {
        return problems;
    }
}
