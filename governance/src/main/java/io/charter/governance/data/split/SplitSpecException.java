package io.charter.governance.data.split;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A split spec that cannot be planned: invalid on its own ({@link SplitSpecs#check}) or impossible
 * for the data, e.g. more folds than groups, or ties in the time column where a split must start.
 * A user error: the server answers 400 with one entry per {@link #problems() problem}.
 */
public final class SplitSpecException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Transient: problems are reported, never serialized with the exception. */
    private final transient List<SpecProblem> problems;

    public SplitSpecException(List<SpecProblem> problems) {
        super(problems.stream().map(SpecProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SplitSpecException must name at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem at {@code path}. */
    static SplitSpecException of(String path, String message) {
        return new SplitSpecException(List.of(new SpecProblem(path, message)));
    }

    /** What is wrong, with the spec field each concerns. */
    public List<SpecProblem> problems() {
        return problems;
    }
}
