package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Walks a spec's steps in order, keeping the columns available at each step as the steps before
 * it left them (DROP and ONE_HOT remove, IMPUTE's indicators and INTERACTION add), and reports
 * every problem with its path. One-hot indicator names depend on the data, so a name
 * {@code <col>=<value>} after a ONE_HOT of {@code <col>} is accepted here and resolved at fit.
 */
final class SpecCheck {

    private static final int LISTED_COLUMNS = 30;

    private final List<String> dataset;
    private final String target;
    private final List<String> available = new ArrayList<>();
    private final Map<String, String> removedBy = new HashMap<>();
    private final Set<String> oneHotEncoded = new HashSet<>();
    private final List<SpecProblem> problems = new ArrayList<>();
    private boolean changed;

    private SpecCheck(List<String> dataset, String target) {
        this.dataset = dataset;
        this.target = target;
        dataset.stream().filter(c -> !c.equals(target)).forEach(available::add);
    }

    static List<SpecProblem> run(PipelineSpec spec, List<String> inputColumns, String targetColumn) {
        Objects.requireNonNull(inputColumns, "inputColumns");
        if (spec == null) {
            return List.of(new SpecProblem("", "must be a pipeline spec, but is missing"));
        }
        String target = targetColumn != null ? targetColumn : PipelineSpecs.targetOf(spec);
        SpecCheck check = new SpecCheck(inputColumns, target);
        if (targetColumn != null && !inputColumns.contains(targetColumn)) {
            check.problems.add(new SpecProblem("targetColumn", "must be a column of the dataset "
                    + listed(inputColumns) + ", but is \"" + targetColumn + "\""));
        }
        check.steps(spec);
        return List.copyOf(check.problems);
    }

    private void steps(PipelineSpec spec) {
        if (spec.version() != PipelineSpec.CURRENT_VERSION) {
            problems.add(new SpecProblem("version", "must be " + PipelineSpec.CURRENT_VERSION + ", but is "
                    + spec.version()));
        }
        if (spec.steps() == null) {
            problems.add(new SpecProblem("steps", "must be a list of steps (it may be empty), but is missing"));
            return;
        }
        if (spec.steps().size() > PipelineSpecs.MAX_STEPS) {
            problems.add(new SpecProblem("steps", "must have at most " + PipelineSpecs.MAX_STEPS
                    + " steps, but has " + spec.steps().size()));
        }
        for (int i = 0; i < spec.steps().size(); i++) {
            step(i, spec.steps().get(i));
        }
    }

    private void step(int i, StepSpec step) {
        String path = "steps[" + i + "]";
        if (step == null) {
            problems.add(new SpecProblem(path, "must be a step object, but is null"));
            return;
        }
        StepKind kind = kind(path, step.kind());
        if (kind == null) {
            return;
        }
        ParameterCheck.check(step, kind, path, problems);
        if (kind.usesPairs()) {
            if (step.columns() != null) {
                problems.add(new SpecProblem(path + ".columns", "is not a parameter of INTERACTION (it reads pairs), "
                        + "but is given"));
            }
            pairs(path, step.pairs());
            return;
        }
        if (step.pairs() != null) {
            problems.add(new SpecProblem(path + ".pairs", "is only read by INTERACTION, but is given to " + kind));
        }
        changeColumns(path, kind, step, columns(path, step.columns()));
    }

    /** What the step does to the columns available to the steps after it. */
    private void changeColumns(String path, StepKind kind, StepSpec step, List<String> columns) {
        switch (kind) {
            case IMPUTE -> {
                if (StepOptions.addIndicator(step)) {
                    for (int j = 0; j < columns.size(); j++) {
                        String column = columns.get(j);
                        add(path + ".columns[" + j + "]", column, column == null ? null
                                : ColumnNames.missingIndicator(column));
                    }
                }
            }
            case ONE_HOT -> columns.stream().filter(Objects::nonNull).forEach(c -> {
                remove(c, path + " (ONE_HOT) replaced it by its indicator columns \"" + c + "=…\"");
                oneHotEncoded.add(c);
            });
            case DROP -> columns.forEach(c -> remove(c, path + " (DROP) removed it"));
            case TARGET_ENCODE -> target(path, step.target());
            default -> { }
        }
    }

    private StepKind kind(String path, String kind) {
        if (kind != null) {
            for (StepKind k : StepKind.values()) {
                if (k.name().equals(kind)) {
                    return k;
                }
            }
        }
        problems.add(new SpecProblem(path + ".kind", "must be one of " + Arrays.toString(StepKind.values())
                + ", but is " + (kind == null ? "missing" : "\"" + kind + "\"")));
        return null;
    }

    /** The step's valid columns, with null where a column has a problem (so indexes stay paths). */
    private List<String> columns(String path, List<String> columns) {
        if (columns == null || columns.isEmpty()) {
            problems.add(new SpecProblem(path + ".columns", "must name at least one column, but is "
                    + (columns == null ? "missing" : "empty")));
            return List.of();
        }
        List<String> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < columns.size(); j++) {
            String column = columns.get(j);
            String columnPath = path + ".columns[" + j + "]";
            boolean ok = column != null && !seen.add(column)
                    ? duplicate(columnPath, column) : require(columnPath, column);
            valid.add(ok ? column : null);
        }
        return valid;
    }

    private boolean duplicate(String path, String column) {
        problems.add(new SpecProblem(path, "must be listed once in the step, but \"" + column + "\" repeats"));
        return false;
    }

    private void pairs(String path, List<List<String>> pairs) {
        if (pairs == null || pairs.isEmpty()) {
            problems.add(new SpecProblem(path + ".pairs", "must list pairs [a, b] of columns to multiply, but is "
                    + (pairs == null ? "missing" : "empty")));
            return;
        }
        Set<String> products = new LinkedHashSet<>();
        for (int j = 0; j < pairs.size(); j++) {
            List<String> pair = pairs.get(j);
            String pairPath = path + ".pairs[" + j + "]";
            if (pair == null || pair.size() != 2) {
                problems.add(new SpecProblem(pairPath, "must be two column names [a, b], but is " + pair));
                continue;
            }
            boolean ok = require(pairPath + "[0]", pair.get(0)) & require(pairPath + "[1]", pair.get(1));
            String product = ColumnNames.product(pair.get(0), pair.get(1));
            if (ok && (available.contains(product) || !products.add(product))) {
                problems.add(new SpecProblem(pairPath, "would add column \"" + product + "\", but it exists already"));
            }
        }
        products.forEach(this::created);
    }

    private void target(String path, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        if (!dataset.contains(name)) {
            problems.add(new SpecProblem(path + ".target", "must be a column of the dataset " + listed(dataset)
                    + ", but is \"" + name + "\""));
        } else if (!name.equals(target)) {
            problems.add(new SpecProblem(path + ".target", "must be the pipeline's target column \"" + target
                    + "\" (a pipeline has one target), but is \"" + name + "\""));
        }
    }

    /** True if {@code column} can be read at this step; otherwise records why not. */
    private boolean require(String path, String column) {
        if (column == null || column.isBlank()) {
            problems.add(new SpecProblem(path, "must be a column name, but is " + (column == null ? "null" : "blank")));
            return false;
        }
        if (column.equals(target)) {
            problems.add(new SpecProblem(path, "must not be the target column \"" + target + "\": the target is what "
                    + "the model learns to predict, so it cannot also be an input"));
            return false;
        }
        if (available.contains(column) || !removedBy.containsKey(column) && isIndicatorName(column)) {
            return true;
        }
        String message = removedBy.containsKey(column)
                ? "must be a column available at this step, but \"" + column + "\" is not: " + removedBy.get(column)
                : "must be a column " + (changed ? "available at this step " : "of the dataset ") + listed(available)
                + ", but is \"" + column + "\"";
        problems.add(new SpecProblem(path, message));
        return false;
    }

    private boolean isIndicatorName(String column) {
        int eq = column.indexOf('=');
        while (eq > 0) {
            if (oneHotEncoded.contains(column.substring(0, eq))) {
                return true;
            }
            eq = column.indexOf('=', eq + 1);
        }
        return false;
    }

    /** Adds {@code name} after {@code after}, unless a column of that name exists. */
    private void add(String path, String after, String name) {
        if (after == null) {
            return;
        }
        if (available.contains(name)) {
            problems.add(new SpecProblem(path, "would add column \"" + name + "\", but it exists already; drop it "
                    + "in an earlier step or leave addIndicator out"));
            return;
        }
        int at = available.indexOf(after);
        available.add(at < 0 ? available.size() : at + 1, name);
        removedBy.remove(name);
        changed = true;
    }

    private void created(String name) {
        available.add(name);
        removedBy.remove(name);
        changed = true;
    }

    private void remove(String column, String why) {
        if (column != null) {
            available.remove(column);
            removedBy.put(column, why);
            changed = true;
        }
    }

    private static String listed(List<String> columns) {
        if (columns.size() <= LISTED_COLUMNS) {
            return columns.toString();
        }
        return columns.subList(0, LISTED_COLUMNS).toString().replaceFirst("]$", ", … ("
                + (columns.size() - LISTED_COLUMNS) + " more)]");
    }
}
