package io.charter.governance.data.split;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks a {@link SplitSpec} against a table's header before any row is read, so that the user
 * learns every mistake at once, each with the field it concerns. Problems the data decides (too
 * few groups for the folds, ties where a time split must start) come later, from
 * {@link SplitPlanner#plan}, as a {@link SplitSpecException} of the same form.
 */
public final class SplitSpecs {

    /** How far the three ratios may sum from 1: they arrive as decimal JSON numbers. */
    static final double RATIO_SUM_TOLERANCE = 1e-6;

    private static final int COLUMNS_LISTED = 10;

    private SplitSpecs() {
    }

    /**
     * Everything wrong with {@code spec} for a table with these column names; empty if it can be
     * planned. Column names are compared trimmed. Fields the method does not use are not checked,
     * except that a named column must exist.
     */
    public static List<SpecProblem> check(SplitSpec spec, List<String> header) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(header, "header");
        List<SpecProblem> problems = new ArrayList<>();
        SplitMethod method = spec.method();
        if (method == null) {
            problems.add(new SpecProblem("method", "must be one of " + Arrays.toString(SplitMethod.values())
                    + ", but is missing"));
        }
        ratio(problems, "testRatio", spec.testRatio(), SplitSpec.MIN_TEST_RATIO, SplitSpec.MAX_TEST_RATIO);
        if (method != null) {
            if (usesRatios(spec)) {
                checkTrainAndValidation(problems, spec);
            }
            checkFolds(problems, method, spec.folds());
            required(problems, "stratifyColumn", spec.stratifyColumn(), method.stratifies(), method);
            required(problems, "timeColumn", spec.timeColumn(), method.usesTime(), method);
            required(problems, "groupColumn", spec.groupColumn(), method == SplitMethod.GROUP, method);
        }
        column(problems, "stratifyColumn", spec.stratifyColumn(), header);
        column(problems, "timeColumn", spec.timeColumn(), header);
        column(problems, "groupColumn", spec.groupColumn(), header);
        return List.copyOf(problems);
    }

    /** Throws a {@link SplitSpecException} listing every problem, if there is any. */
    static void require(SplitSpec spec, List<String> header) {
        List<SpecProblem> problems = check(spec, header);
        if (!problems.isEmpty()) {
            throw new SplitSpecException(problems);
        }
    }

    /** True if the spec divides the non-test rows by trainRatio and validationRatio rather than folds. */
    static boolean usesRatios(SplitSpec spec) {
        return switch (spec.method()) {
            case HOLDOUT, STRATIFIED, TIME -> true;
            case GROUP -> spec.folds() == null;
            case KFOLD, STRATIFIED_KFOLD, WALK_FORWARD -> false;
        };
    }

    /** Position of the column named {@code name} (compared trimmed) in {@code header}, or -1. */
    static int indexOf(List<String> header, String name) {
        String key = name.strip();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static void checkTrainAndValidation(List<SpecProblem> problems, SplitSpec spec) {
        int before = problems.size();
        if (spec.trainRatio() == null || !(spec.trainRatio() > 0 && spec.trainRatio() < 1)) {
            problems.add(new SpecProblem("trainRatio", "must be greater than 0 and less than 1 for "
                    + spec.method() + ", but is " + shown(spec.trainRatio())));
        }
        ratio(problems, "validationRatio", spec.validationRatio(), 0, 1);
        boolean testValid = spec.testRatio() != null && spec.testRatio() >= SplitSpec.MIN_TEST_RATIO
                && spec.testRatio() <= SplitSpec.MAX_TEST_RATIO;
        if (problems.size() == before && testValid) {
            double expected = 1 - spec.validationRatio() - spec.testRatio();
            if (Math.abs(spec.trainRatio() - expected) > RATIO_SUM_TOLERANCE) {
                problems.add(new SpecProblem("trainRatio", "must be " + decimal(expected)
                        + " so that trainRatio + validationRatio + testRatio = 1, but is " + spec.trainRatio()));
            }
        }
    }

    private static void checkFolds(List<SpecProblem> problems, SplitMethod method, Integer folds) {
        boolean used = method.requiresFolds() || method == SplitMethod.GROUP;
        if (!used || (folds == null && !method.requiresFolds())) {
            return;
        }
        if (folds == null || folds < SplitSpec.MIN_FOLDS || folds > SplitSpec.MAX_FOLDS) {
            problems.add(new SpecProblem("folds", "must be between " + SplitSpec.MIN_FOLDS + " and "
                    + SplitSpec.MAX_FOLDS + (method == SplitMethod.GROUP ? "" : " for " + method)
                    + ", but is " + shown(folds)));
        }
    }

    private static void ratio(List<SpecProblem> problems, String path, Double value, double min, double max) {
        if (value == null || !(value >= min && value <= max)) {
            problems.add(new SpecProblem(path, "must be between " + decimal(min) + " and " + decimal(max) + ", but is "
                    + shown(value)));
        }
    }

    private static void required(List<SpecProblem> problems, String path, String value, boolean needed,
                                 SplitMethod method) {
        if (needed && value == null) {
            problems.add(new SpecProblem(path, "must name a column for " + method + ", but is missing"));
        }
    }

    private static void column(List<SpecProblem> problems, String path, String name, List<String> header) {
        if (name != null && indexOf(header, name) < 0) {
            problems.add(new SpecProblem(path, "must be one of the columns " + listed(header) + ", but is \""
                    + name + "\""));
        }
    }

    private static String listed(List<String> header) {
        String names = header.stream().limit(COLUMNS_LISTED).map(n -> "\"" + n + "\"")
                .collect(Collectors.joining(", "));
        return header.size() > COLUMNS_LISTED ? names + ", … (" + header.size() + " columns)" : names;
    }

    private static String shown(Object value) {
        return value == null ? "missing" : value.toString();
    }

    /** A computed ratio without binary noise: 0.7, not 0.7000000000000001. */
    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
