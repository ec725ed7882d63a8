package io.charter.governance.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts of rows by true class (row) and predicted class (column), as scikit-learn's
 * {@code confusion_matrix}: {@code counts.get(i).get(j)} rows of class {@code labels.get(i)} were
 * predicted as {@code labels.get(j)}. The diagonal holds the correct predictions; the basis of
 * every label-based metric in {@link ClassificationMetrics} and of error analysis (seed §6.4).
 *
 * @param labels the classes, in the order of rows and columns (see {@link Labels#classes()})
 * @param counts one row per true class, one column per predicted class
 */
public record ConfusionMatrix(List<String> labels, List<List<Long>> counts) {

    public ConfusionMatrix {
        labels = List.copyOf(labels);
        counts = counts.stream().map(List::copyOf).toList();
        int k = labels.size();
        if (counts.size() != k || counts.stream().anyMatch(r -> r.size() != k)) {
            throw new IllegalArgumentException("counts must be a " + k + " × " + k
                    + " matrix (one row and column per label), but got " + counts.size() + " rows");
        }
    }

    /** The matrix of encoded labels. */
    public static ConfusionMatrix of(Labels labels) {
        int k = labels.classes().size();
        long[][] cells = new long[k][k];
        for (int i = 0; i < labels.rows(); i++) {
            cells[labels.truth(i)][labels.predicted(i)]++;
        }
        List<List<Long>> counts = new ArrayList<>(k);
        for (long[] row : cells) {
            counts.add(Arrays.stream(row).boxed().toList());
        }
        return new ConfusionMatrix(labels.classes(), counts);
    }

    public static ConfusionMatrix of(int[] yTrue, int[] yPred) {
        return of(Labels.of(yTrue, yPred));
    }

    public static ConfusionMatrix of(String[] yTrue, String[] yPred) {
        return of(Labels.of(yTrue, yPred));
    }

    /** Rows of class {@code trueIndex} predicted as class {@code predictedIndex}. */
    public long count(int trueIndex, int predictedIndex) {
        return counts.get(trueIndex).get(predictedIndex);
    }

    /** Rows whose true class is {@code c} (the class's support). */
    public long trueCount(int c) {
        long sum = 0;
        for (long v : counts.get(c)) {
            sum += v;
        }
        return sum;
    }

    /** Rows predicted as class {@code c}. */
    public long predictedCount(int c) {
        long sum = 0;
        for (List<Long> row : counts) {
            sum += row.get(c);
        }
        return sum;
    }

    public long total() {
        long sum = 0;
        for (int c = 0; c < labels.size(); c++) {
            sum += trueCount(c);
        }
        return sum;
    }
}
