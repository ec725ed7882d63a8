package io.charter.worker.training;

import io.charter.governance.pipeline.SpecProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A spec or training input with user errors: every problem, each naming its field (the server
 * renders them as one {@code application/problem+json}), not just the first.
 */
public class InvalidSpecException extends IllegalArgumentException {

    private final transient List<SpecProblem> problems;

    public InvalidSpecException(List<SpecProblem> problems) {
        super(problems.stream().map(SpecProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> problems() {
        return problems;
    }
}
