package io.charter.governance.pipeline;

import io.charter.governance.data.Values;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks of one step's own parameters, independent of the columns: choices are names of the
 * right enum, numbers are in range, a parameter its kind or choice does not read is not given.
 */
final class ParameterCheck {

    private final StepSpec step;
    private final StepKind kind;
    private final String path;
    private final List<SpecProblem> problems;

    private ParameterCheck(StepSpec step, StepKind kind, String path, List<SpecProblem> problems) {
        this.step = step;
        this.kind = kind;
        this.path = path;
        this.problems = problems;
    }

    /** Adds the problems of {@code step}'s parameters to {@code problems}; {@code path} is {@code steps[i]}. */
    static void check(StepSpec step, StepKind kind, String path, List<SpecProblem> problems) {
        ParameterCheck check = new ParameterCheck(step, kind, path, problems);
        check.onlyOwnParameters();
        switch (kind) {
            case IMPUTE -> check.impute();
            case CAP -> check.cap();
            case SCALE -> check.choice("method", step.method(), ScaleMethod.values());
            case ONE_HOT -> check.oneHot();
            case ORDINAL -> check.order();
            case TARGET_ENCODE -> check.targetEncode();
            case BIN -> check.bin();
            case LOG, BOX_COX, INTERACTION, DROP -> { }
        }
    }

    private void onlyOwnParameters() {
        for (String name : step.givenParameters().keySet()) {
            if (!kind.parameters().contains(name)) {
                String reads = kind.usesPairs() ? "pairs" : String.join(", ", concat("columns", kind.parameters()));
                add(name, "is not a parameter of " + kind + " (it reads " + reads + "), but is given");
            }
        }
    }

    private void impute() {
        if (!choice("strategy", step.strategy(), ImputeStrategy.values())) {
            return;
        }
        boolean constant = ImputeStrategy.CONSTANT.name().equals(step.strategy());
        if (constant && step.constant() == null) {
            add("constant", "must be the fill value for strategy CONSTANT, but is missing");
        } else if (constant && Values.isMissing(step.constant())) {
            add("constant", "must be a value, but \"" + step.constant() + "\" reads as a missing value");
        } else if (!constant && step.constant() != null) {
            add("constant", "is only read with strategy CONSTANT, but strategy is "
                    + StepOptions.strategy(step));
        }
    }

    private void cap() {
        if (!choice("method", step.method(), CapMethod.values())) {
            return;
        }
        if (StepOptions.capMethod(step) == CapMethod.IQR) {
            onlyWith("lower", step.lower(), CapMethod.PERCENTILE, CapMethod.IQR);
            onlyWith("upper", step.upper(), CapMethod.PERCENTILE, CapMethod.IQR);
            if (step.k() != null && !(step.k() > 0 && Double.isFinite(step.k()))) {
                add("k", "must be a positive number of interquartile ranges, but is " + step.k());
            }
            return;
        }
        onlyWith("k", step.k(), CapMethod.IQR, CapMethod.PERCENTILE);
        boolean lowerOk = quantile("lower", step.lower());
        boolean upperOk = quantile("upper", step.upper());
        if (lowerOk && upperOk && !(step.lower() < step.upper())) {
            add("upper", "must be greater than lower (" + step.lower() + "), but is " + step.upper());
        }
    }

    private void oneHot() {
        choice("handleUnknown", step.handleUnknown(), UnknownCategories.values());
        Integer max = step.maxCategories();
        if (max != null && (max < 1 || max > PipelineSpecs.MAX_CATEGORIES)) {
            add("maxCategories", "must be between 1 and " + PipelineSpecs.MAX_CATEGORIES + ", but is " + max);
        }
    }

    private void order() {
        List<String> order = step.order();
        if (order == null) {
            return;
        }
        if (order.isEmpty()) {
            add("order", "must list the categories in order (or be left out to learn them), but is empty");
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < order.size(); j++) {
            String value = order.get(j) == null ? null : Values.clean(order.get(j));
            if (value == null) {
                add("order[" + j + "]", "must be a category, but is " + (order.get(j) == null ? "null"
                        : "\"" + order.get(j) + "\", which reads as a missing value"));
            } else if (!seen.add(value)) {
                add("order[" + j + "]", "must appear once, but \"" + value + "\" is listed before");
            }
        }
    }

    private void targetEncode() {
        if (step.target() == null || step.target().isBlank()) {
            add("target", "must name the target column whose mean encodes each category, but is missing");
        }
        Double m = step.smoothing();
        if (m != null && !(m >= 0 && Double.isFinite(m))) {
            add("smoothing", "must be a number of rows ≥ 0, but is " + m);
        }
    }

    private void bin() {
        choice("method", step.method(), BinMethod.values());
        Integer bins = step.bins();
        if (bins != null && (bins < 2 || bins > PipelineSpecs.MAX_BINS)) {
            add("bins", "must be between 2 and " + PipelineSpecs.MAX_BINS + ", but is " + bins);
        }
    }

    /** True if {@code value} is absent (the default applies) or the name of one of {@code choices}. */
    private boolean choice(String name, String value, Enum<?>[] choices) {
        if (value == null || Arrays.stream(choices).anyMatch(c -> c.name().equals(value))) {
            return true;
        }
        boolean caseOnly = Arrays.stream(choices).anyMatch(c -> c.name().equals(value.toUpperCase(Locale.ROOT)));
        add(name, "must be one of " + Arrays.toString(choices) + ", but is \"" + value + "\""
                + (caseOnly ? " (names are upper case)" : ""));
        return false;
    }

    private boolean quantile(String name, Double value) {
        if (value == null) {
            add(name, "must be a quantile between 0 and 1 for method PERCENTILE, but is missing");
            return false;
        }
        if (!(value >= 0 && value <= 1)) {
            add(name, "must be a quantile between 0 and 1, but is " + value);
            return false;
        }
        return true;
    }

    private void onlyWith(String name, Object value, CapMethod readBy, CapMethod actual) {
        if (value != null) {
            add(name, "is only read with method " + readBy + ", but method is " + actual);
        }
    }

    private void add(String name, String message) {
        problems.add(new SpecProblem(path + "." + name, message));
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
