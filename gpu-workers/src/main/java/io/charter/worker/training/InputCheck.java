package io.charter.worker.training;

import io.charter.governance.eval.TaskType;
import io.charter.governance.pipeline.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the training inputs against the algorithm and the task: matrix shapes, values (NaN only
 * where the algorithm accepts missing values, float range where it computes in single precision),
 * labels (class indexes 0..k-1 with every class present in training, finite targets). One problem
 * per kind of defect and matrix: the first bad cell, and how many more there are.
 */
final class InputCheck {

    record Result(List<SpecProblem> problems, int classCount) {
    }

    private final List<SpecProblem> problems = new ArrayList<>();
    private final AlgorithmDefinition definition;
    private final TaskType task;

    private InputCheck(AlgorithmDefinition definition, TaskType task) {
        this.definition = definition;
        this.task = task;
    }

    static Result run(TrainingRequest request, AlgorithmDefinition definition) {
        InputCheck check = new InputCheck(definition, request.task());
        if (request.threads() < 1) {
            check.problems.add(new SpecProblem("threads", "must be ≥ 1, but is " + request.threads()));
        }
        if (request.checkpointEvery() < 0) {
            check.problems.add(new SpecProblem("checkpointEvery", "must be ≥ 0 (0 = the default), but is "
                    + request.checkpointEvery()));
        }
        if (request.train() == null) {
            check.problems.add(new SpecProblem("train", "must be the training samples, but is missing"));
            return new Result(List.copyOf(check.problems), 0);
        }
        int width = check.matrix("train", request.train().x(), -1);
        int classCount = check.trainingLabels(request.train());
        if (request.validation() != null) {
            check.matrix("validation", request.validation().x(), width);
            check.validationLabels(request.validation(), classCount);
        }
        return new Result(List.copyOf(check.problems), classCount);
    }

    /** Checks a matrix; returns its width, or -1 if unknown. */
    private int matrix(String name, double[][] x, int expectedWidth) {
        String path = name + ".x";
        if (x == null || x.length == 0) {
            problems.add(new SpecProblem(path, "must have at least one row, but " + (x == null ? "is missing" : "has none")));
            return -1;
        }
        if (expectedWidth < 0 && x[0] == null) {
            problems.add(new SpecProblem(path + "[0]", "must be a row of numbers, but is null"));
            return -1;
        }
        int width = expectedWidth >= 0 ? expectedWidth : x[0].length;
        if (width == 0) {
            problems.add(new SpecProblem(path, "must have at least one feature, but has none"));
            return -1;
        }
        String widthOf = expectedWidth >= 0 ? "train.x" : path + "[0]";
        int badRows = 0;
        CellCheck cells = new CellCheck(definition);
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != width) {
                if (badRows++ == 0) {
                    problems.add(new SpecProblem(path + "[" + i + "]", "must have " + width + " features like "
                            + widthOf + ", but has " + (x[i] == null ? "none (null)" : x[i].length)));
                }
                continue;
            }
            for (int j = 0; j < width; j++) {
                cells.accept(path + "[" + i + "][" + j + "]", x[i][j]);
            }
        }
        cells.report(problems);
        return width;
    }

    private int trainingLabels(Samples s) {
        if (task == TaskType.CLUSTERING) {
            return 0;
        }
        if (task == TaskType.REGRESSION) {
            targets("train", s);
            return 0;
        }
        int[] y = classes("train", s);
        if (y == null) {
            return 0;
        }
        int max = -1;
        for (int i = 0; i < y.length; i++) {
            if (!classInRange(y[i], Integer.MAX_VALUE, "train.y[" + i + "]")) {
                return 0;
            }
            max = Math.max(max, y[i]);
        }
        int k = task == TaskType.BINARY_CLASSIFICATION ? 2 : max + 1;
        boolean[] seen = new boolean[k];
        for (int label : y) {
            seen[label] = true;
        }
        for (int c = 0; c < k; c++) {
            if (!seen[c]) {
                problems.add(new SpecProblem("train.y", "must contain every class 0.." + (k - 1)
                        + " (classes are indexes, and a model cannot learn a class it never sees), but class " + c
                        + " is absent"));
                return 0;
            }
        }
        return k;
    }

    private void validationLabels(Samples s, int classCount) {
        if (task == TaskType.REGRESSION) {
            targets("validation", s);
        } else if (task != TaskType.CLUSTERING) {
            int[] y = classes("validation", s);
            for (int i = 0; y != null && classCount > 0 && i < y.length; i++) {
                if (!classInRange(y[i], classCount, "validation.y[" + i + "]")) {
                    return;
                }
            }
        }
    }

    private int[] classes(String name, Samples s) {
        if (s.classes() == null) {
            problems.add(new SpecProblem(name + ".y", "must be class indexes 0..k-1 for " + task + ", but is missing"));
            return null;
        }
        if (s.x() != null && s.classes().length != s.x().length) {
            problems.add(new SpecProblem(name + ".y", "must have one class per row (" + s.x().length + "), but has "
                    + s.classes().length));
            return null;
        }
        return s.classes();
    }

    private boolean classInRange(int label, int classCount, String path) {
        int limit = task == TaskType.BINARY_CLASSIFICATION ? Math.min(classCount, 2) : classCount;
        if (label >= 0 && label < limit) {
            return true;
        }
        String expected = task == TaskType.BINARY_CLASSIFICATION ? "0 or 1 for BINARY_CLASSIFICATION"
                : limit == Integer.MAX_VALUE ? "a class index ≥ 0" : "a class of the training labels 0.." + (limit - 1);
        problems.add(new SpecProblem(path, "must be " + expected + ", but is " + label));
        return false;
    }

    private void targets(String name, Samples s) {
        double[] y = s.targets();
        if (y == null) {
            problems.add(new SpecProblem(name + ".y", "must be numeric targets for REGRESSION, but is missing"));
            return;
        }
        if (s.x() != null && y.length != s.x().length) {
            problems.add(new SpecProblem(name + ".y", "must have one target per row (" + s.x().length + "), but has "
                    + y.length));
            return;
        }
        for (int i = 0; i < y.length; i++) {
            boolean tooLarge = definition.float32() && Math.abs(y[i]) > Float.MAX_VALUE;
            if (!Double.isFinite(y[i]) || tooLarge) {
                problems.add(new SpecProblem(name + ".y[" + i + "]", "must be a finite number" + (tooLarge
                        ? " within ±" + Float.MAX_VALUE + " (" + definition.name() + " computes in single precision)" : "")
                        + ", but is " + y[i]));
                return;
            }
        }
    }

    /** Counts bad cells of one matrix and keeps the first of each kind. */
    private static final class CellCheck {
        private final AlgorithmDefinition definition;
        private String firstMissing;
        private String firstInfinite;
        private String firstTooLarge;
        private double tooLargeValue;
        private double infiniteValue;
        private int missing;
        private int infinite;
        private int tooLarge;

        CellCheck(AlgorithmDefinition definition) {
            this.definition = definition;
        }

        void accept(String path, double v) {
            if (Double.isNaN(v)) {
                if (!definition.acceptsMissing() && missing++ == 0) {
                    firstMissing = path;
                }
            } else if (Double.isInfinite(v)) {
                if (infinite++ == 0) {
                    firstInfinite = path;
                    infiniteValue = v;
                }
            } else if (definition.float32() && Math.abs(v) > Float.MAX_VALUE && tooLarge++ == 0) {
                firstTooLarge = path;
                tooLargeValue = v;
            }
        }

        void report(List<SpecProblem> problems) {
            if (missing > 0) {
                problems.add(new SpecProblem(firstMissing, "must be a number (" + definition.name()
                        + " does not accept missing values; impute them first), but is NaN" + more(missing)));
            }
            if (infinite > 0) {
                problems.add(new SpecProblem(firstInfinite, "must be finite (NaN marks a missing value), but is "
                        + infiniteValue + more(infinite)));
            }
            if (tooLarge > 0) {
                problems.add(new SpecProblem(firstTooLarge, "must be within ±" + Float.MAX_VALUE + " ("
                        + definition.name() + " computes in single precision), but is " + tooLargeValue + more(tooLarge)));
            }
        }

        private static String more(int count) {
            return count > 1 ? " (" + (count - 1) + " more such cells)" : "";
        }
    }
}
