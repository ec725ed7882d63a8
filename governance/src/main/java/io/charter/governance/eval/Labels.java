package io.charter.governance.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The true and predicted class labels of a classification, encoded once as indexes into their
 * classes: the sorted union of both arrays, as scikit-learn's {@code unique_labels} orders them
 * (integers by value, strings by {@link String#compareTo}). Every label-based metric
 * ({@link ConfusionMatrix}, {@link ClassificationMetrics}) reads this order, so a class that is
 * only predicted still has a row and a column.
 *
 * <p>Labels are compared exactly (no trimming): they are model outputs, not raw cells. Integer
 * labels are named by their decimal string, so {@code 1} and {@code "1"} name the same class in
 * reports.
 */
public final class Labels {

    private final List<String> classes;
    private final int[] truth;
    private final int[] predicted;

    private Labels(List<String> classes, int[] truth, int[] predicted) {
        this.classes = List.copyOf(classes);
        this.truth = truth;
        this.predicted = predicted;
    }

    /** Integer labels, e.g. 0/1 or class ids. */
    public static Labels of(int[] yTrue, int[] yPred) {
        Checks.sameLength("yTrue", yTrue.length, "yPred", yPred.length);
        int[] union = new int[yTrue.length + yPred.length];
        System.arraycopy(yTrue, 0, union, 0, yTrue.length);
        System.arraycopy(yPred, 0, union, yTrue.length, yPred.length);
        int[] sorted = Arrays.stream(union).sorted().distinct().toArray();
        List<String> names = Arrays.stream(sorted).mapToObj(Integer::toString).toList();
        return new Labels(names, encode(yTrue, sorted), encode(yPred, sorted));
    }

    /** String labels; none may be null (drop rows without a label before evaluating). */
    public static Labels of(String[] yTrue, String[] yPred) {
        Checks.sameLength("yTrue", yTrue.length, "yPred", yPred.length);
        TreeSet<String> union = new TreeSet<>();
        addAll(union, "yTrue", yTrue);
        addAll(union, "yPred", yPred);
        List<String> names = new ArrayList<>(union);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            index.put(names.get(c), c);
        }
        return new Labels(names, encode(yTrue, index), encode(yPred, index));
    }

    /** The classes in sklearn's order; index {@code c} of every per-class result refers to this list. */
    public List<String> classes() {
        return classes;
    }

    public int rows() {
        return truth.length;
    }

    int truth(int row) {
        return truth[row];
    }

    int predicted(int row) {
        return predicted[row];
    }

    /** Index of {@code label} in {@link #classes()}, or -1. */
    int indexOf(String label) {
        return classes.indexOf(label);
    }

    private static void addAll(TreeSet<String> union, String name, String[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException(name + " must hold a label on every row, but " + name + "[" + i
                        + "] is null (drop rows without a label before evaluating)");
            }
            union.add(labels[i]);
        }
    }

    private static int[] encode(int[] labels, int[] sortedClasses) {
        int[] codes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            codes[i] = Arrays.binarySearch(sortedClasses, labels[i]);
        }
        return codes;
    }

    private static int[] encode(String[] labels, Map<String, Integer> index) {
        int[] codes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            codes[i] = index.get(labels[i]);
        }
        return codes;
    }
}
