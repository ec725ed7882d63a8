package io.charter.governance.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A multiclass classifier's predicted probabilities against the truth: one-vs-rest ROC-AUC as
 * scikit-learn's {@code roc_auc_score(multi_class="ovr")} and log loss as {@code log_loss}.
 * Column {@code j} of the probabilities belongs to {@code classes.get(j)} (a model's
 * {@code classes_}); every true label must be one of them.
 *
 * <p>Rows must be probability distributions: values in [0, 1] summing to 1 within numpy's
 * {@code allclose} tolerance (1e-5 relative + 1e-8). sklearn's ROC-AUC refuses other rows and
 * its log loss only warns; here both refuse, since a row that is not a distribution is a bug in
 * the caller, not a score.
 */
public final class MulticlassScores {

    private final List<String> classes;
    private final int[] truth;
    private final double[][] probabilities;

    private MulticlassScores(List<String> classes, int[] truth, double[][] probabilities) {
        this.classes = classes;
        this.truth = truth;
        this.probabilities = probabilities;
    }

    /** String labels; {@code classes} names the probability columns in order. */
    public static MulticlassScores of(String[] yTrue, List<String> classes, double[][] probabilities) {
        Checks.sameLength("yTrue", yTrue.length, "probabilities", probabilities.length);
        if (classes.size() < 2 || new HashSet<>(classes).size() != classes.size()) {
            throw new IllegalArgumentException("classes must name at least two distinct classes, but got " + classes);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            index.put(classes.get(c), c);
        }
        int[] truth = new int[yTrue.length];
        for (int i = 0; i < yTrue.length; i++) {
            Integer c = yTrue[i] == null ? null : index.get(yTrue[i]);
            if (c == null) {
                throw new IllegalArgumentException("yTrue must hold labels of " + classes + ", but yTrue[" + i
                        + "] is " + (yTrue[i] == null ? "null" : "\"" + yTrue[i] + "\""));
            }
            truth[i] = c;
        }
        double[][] copy = new double[probabilities.length][];
        for (int i = 0; i < probabilities.length; i++) {
            copy[i] = checkedRow(probabilities[i], i, classes.size());
        }
        return new MulticlassScores(List.copyOf(classes), truth, copy);
    }

    /** Integer labels; {@code classes} names the probability columns in order. */
    public static MulticlassScores of(int[] yTrue, int[] classes, double[][] probabilities) {
        String[] names = Arrays.stream(yTrue).mapToObj(Integer::toString).toArray(String[]::new);
        return of(names, Arrays.stream(classes).mapToObj(Integer::toString).toList(), probabilities);
    }

    private static double[] checkedRow(double[] row, int i, int classes) {
        if (row == null || row.length != classes) {
            throw new IllegalArgumentException("probabilities[" + i + "] must have one value per class (" + classes
                    + "), but got " + (row == null ? "null" : row.length));
        }
        Checks.probabilities("probabilities[" + i + "]", row);
        double sum = 0;
        for (double p : row) {
            sum += p;
        }
        if (!(Math.abs(sum - 1) <= 1e-8 + 1e-5)) {
            throw new IllegalArgumentException("probabilities[" + i + "] must sum to 1, but sums to " + sum);
        }
        return row.clone();
    }

    public List<String> classes() {
        return classes;
    }

    /** The scores of class {@code c} (its probability column) against "is class c". */
    public BinaryScores oneVsRest(int c) {
        boolean[] positive = new boolean[truth.length];
        double[] scores = new double[truth.length];
        for (int i = 0; i < truth.length; i++) {
            positive[i] = truth[i] == c;
            scores[i] = probabilities[i][c];
        }
        return BinaryScores.of(positive, scores);
    }

    /**
     * One-vs-rest ROC-AUC: MACRO is the mean of the per-class AUCs, WEIGHTED weights them by class
     * prevalence, MICRO is the AUC of all (row, class) cells pooled. Null when some class of
     * {@link #classes()} has no true rows (sklearn: NaN), since its AUC is undefined.
     */
    public Double rocAucOneVsRest(Average average) {
        if (average == Average.MICRO) {
            return pooled().rocAuc();
        }
        double sum = 0;
        double weights = 0;
        for (int c = 0; c < classes.size(); c++) {
            BinaryScores scores = oneVsRest(c);
            Double auc = scores.rocAuc();
            if (auc == null) {
                return null;
            }
            double w = average == Average.WEIGHTED ? scores.positives() : 1;
            sum += w * auc;
            weights += w;
        }
        return sum / weights;
    }

    private BinaryScores pooled() {
        int k = classes.size();
        boolean[] positive = new boolean[truth.length * k];
        double[] scores = new double[truth.length * k];
        for (int i = 0; i < truth.length; i++) {
            for (int c = 0; c < k; c++) {
                positive[i * k + c] = truth[i] == c;
                scores[i * k + c] = probabilities[i][c];
            }
        }
        return BinaryScores.of(positive, scores);
    }

    /**
     * Mean −log of the probability given to the true class, clipped to [ε, 1 − ε] with ε the
     * float64 machine epsilon, as {@code log_loss}.
     */
    public double logLoss() {
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            sum -= Math.log(BinaryScores.clip(probabilities[i][truth[i]]));
        }
        return sum / truth.length;
    }
}
