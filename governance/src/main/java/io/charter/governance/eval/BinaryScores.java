package io.charter.governance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A binary classifier's scores for the positive class against the truth, and the score-based
 * metrics of seed §6.2 each defined as scikit-learn defines it: ROC-AUC ({@code roc_auc_score}),
 * average precision ({@code average_precision_score}), the ROC and precision–recall curves, log
 * loss and calibration bins. Scores are sorted once ({@link ThresholdCounts}); tied scores are
 * one threshold, so ROC-AUC is the Mann–Whitney statistic with ties counted ½.
 *
 * <p>Where sklearn returns NaN with a warning (ROC-AUC with one class present) or a number it
 * warns is meaningless (average precision without positives), these methods return null, and
 * the matching curve is empty: an undefined metric is reported as absent, not as a number.
 */
public final class BinaryScores {

    /** sklearn's clipping for log loss: {@code np.finfo(float64).eps}. */
    static final double EPS = Math.ulp(1.0);

    private final boolean[] positive;
    private final double[] scores;
    private final ThresholdCounts counts;

    private BinaryScores(boolean[] positive, double[] scores) {
        Checks.sameLength("yTrue", positive.length, "scores", scores.length);
        Checks.finite("scores", scores);
        this.positive = positive.clone();
        this.scores = scores.clone();
        this.counts = ThresholdCounts.of(this.positive, this.scores);
    }

    /** {@code positive[i]} says whether row i belongs to the positive class. */
    public static BinaryScores of(boolean[] positive, double[] scores) {
        return new BinaryScores(positive, scores);
    }

    /**
     * Integer labels with the positive one named. With two or more distinct labels the positive
     * one must occur (sklearn: "pos_label=… is not a valid label"); with a single label it may be
     * absent (every row is then negative).
     */
    public static BinaryScores of(int[] yTrue, int positiveLabel, double[] scores) {
        String[] names = new String[yTrue.length];
        for (int i = 0; i < yTrue.length; i++) {
            names[i] = Integer.toString(yTrue[i]);
        }
        return of(names, Integer.toString(positiveLabel), scores);
    }

    /** String labels with the positive one named; the same rule as {@link #of(int[], int, double[])}. */
    public static BinaryScores of(String[] yTrue, String positiveLabel, double[] scores) {
        Objects.requireNonNull(positiveLabel, "positiveLabel");
        boolean[] positive = new boolean[yTrue.length];
        boolean seen = false;
        boolean twoLabels = false;
        for (int i = 0; i < yTrue.length; i++) {
            if (yTrue[i] == null) {
                throw new IllegalArgumentException("yTrue must hold a label on every row, but yTrue[" + i
                        + "] is null");
            }
            positive[i] = yTrue[i].equals(positiveLabel);
            seen |= positive[i];
            twoLabels |= !yTrue[i].equals(yTrue[0]);
        }
        if (!seen && twoLabels) {
            throw new IllegalArgumentException("positiveLabel must be one of the labels of yTrue, but \""
                    + positiveLabel + "\" does not occur");
        }
        return new BinaryScores(positive, scores);
    }

    public int rows() {
        return positive.length;
    }

    public long positives() {
        return counts.positives();
    }

    public long negatives() {
        return counts.negatives();
    }

    /**
     * Area under the ROC curve by the trapezoidal rule over the tie-grouped thresholds, computed in
     * integer counts: (Σ ΔFP·(TP + TP_prev)/2) / (P·N), which is the Mann–Whitney U / (P·N).
     * Null when only one class is present (sklearn: NaN and a warning).
     */
    public Double rocAuc() {
        long p = positives();
        long n = negatives();
        if (p == 0 || n == 0) {
            return null;
        }
        long twiceArea = 0;
        long prevTp = 0;
        long prevFp = 0;
        for (int i = 0; i < counts.size(); i++) {
            twiceArea += (counts.fps[i] - prevFp) * (counts.tps[i] + prevTp);
            prevTp = counts.tps[i];
            prevFp = counts.fps[i];
        }
        return twiceArea / (2.0 * p * n);
    }

    /**
     * The ROC curve as {@code roc_curve}: a first point (0, 0) with no threshold, then one per
     * distinct score, decreasing. With {@code dropIntermediate} (sklearn's default) points collinear
     * with both neighbours are dropped; they add nothing to the plot or the area. Empty when only
     * one class is present.
     */
    public List<RocPoint> rocCurve(boolean dropIntermediate) {
        long p = positives();
        long n = negatives();
        if (p == 0 || n == 0) {
            return List.of();
        }
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(null, 0, 0));
        int last = counts.size() - 1;
        for (int i = 0; i <= last; i++) {
            if (!dropIntermediate || i == 0 || i == last || corner(i)) {
                points.add(new RocPoint(counts.thresholds[i], (double) counts.fps[i] / n, (double) counts.tps[i] / p));
            }
        }
        return points;
    }

    /** sklearn's test: a non-zero second difference of FP or TP at point i. */
    private boolean corner(int i) {
        return counts.fps[i + 1] - 2 * counts.fps[i] + counts.fps[i - 1] != 0
                || counts.tps[i + 1] - 2 * counts.tps[i] + counts.tps[i - 1] != 0;
    }

    /**
     * The precision–recall curve as {@code precision_recall_curve} (no points dropped): one point
     * per distinct score, increasing, then (recall 0, precision 1) without a threshold. Empty
     * without positives (sklearn then sets recall to 1 everywhere, with a warning).
     */
    public List<PrPoint> precisionRecallCurve() {
        long p = positives();
        if (p == 0) {
            return List.of();
        }
        List<PrPoint> points = new ArrayList<>(counts.size() + 1);
        for (int i = counts.size() - 1; i >= 0; i--) {
            points.add(new PrPoint(counts.thresholds[i], precisionAt(i), (double) counts.tps[i] / p));
        }
        points.add(new PrPoint(null, 1, 0));
        return points;
    }

    /**
     * Average precision as {@code average_precision_score}: Σ (Rᵢ − Rᵢ₋₁)·Pᵢ over the thresholds,
     * highest first, with R₀ = 0 — the step integral of the precision–recall curve, without the
     * optimistic linear interpolation of a trapezoid. Null without positives (sklearn returns 0
     * with a warning).
     */
    public Double averagePrecision() {
        long p = positives();
        if (p == 0) {
            return null;
        }
        double sum = 0;
        double prevRecall = 0;
        for (int i = 0; i < counts.size(); i++) {
            double recall = (double) counts.tps[i] / p;
            sum += (recall - prevRecall) * precisionAt(i);
            prevRecall = recall;
        }
        return Math.max(0.0, sum);
    }

    private double precisionAt(int i) {
        long predicted = counts.tps[i] + counts.fps[i];
        return predicted == 0 ? 0 : (double) counts.tps[i] / predicted;
    }

    /**
     * Mean negative log-likelihood of the truth, as {@code log_loss} with the scores read as
     * P(positive): each row contributes −log p (positive) or −log(1 − p) (negative), the
     * probability first clipped to [ε, 1 − ε] with ε the float64 machine epsilon, as sklearn
     * clips. Scores must be probabilities in [0, 1] (sklearn refuses others too).
     */
    public double logLoss() {
        Checks.probabilities("scores", scores);
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            double q = positive[i] ? scores[i] : 1 - scores[i];
            sum -= Math.log(clip(q));
        }
        return sum / scores.length;
    }

    static double clip(double q) {
        return Math.min(Math.max(q, EPS), 1 - EPS);
    }

    /**
     * Reliability diagram with {@code bins} equal-width bins over [0, 1], as {@code calibration_curve}
     * with {@code strategy="uniform"}; unlike sklearn, empty bins are kept (count 0, null means) so
     * that bin {@code i} is always {@code (i/bins, (i+1)/bins]}. Scores must be probabilities.
     */
    public List<CalibrationBin> calibration(int bins) {
        Checks.positive("bins", bins);
        Checks.probabilities("scores", scores);
        double[] edges = new double[bins + 1];
        double step = 1.0 / bins;
        for (int b = 0; b < bins; b++) {
            edges[b] = b * step; // numpy's linspace: start + i·step, the last edge exactly 1
        }
        edges[bins] = 1;
        long[] count = new long[bins];
        double[] predicted = new double[bins];
        long[] positives = new long[bins];
        for (int i = 0; i < scores.length; i++) {
            int b = bin(edges, scores[i]);
            count[b]++;
            predicted[b] += scores[i];
            positives[b] += positive[i] ? 1 : 0;
        }
        List<CalibrationBin> result = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            boolean empty = count[b] == 0;
            result.add(new CalibrationBin(edges[b], edges[b + 1], count[b], empty ? null : predicted[b] / count[b],
                    empty ? null : (double) positives[b] / count[b]));
        }
        return result;
    }

    /** The number of inner edges strictly below p: numpy's {@code searchsorted(edges[1:-1], p)}. */
    private static int bin(double[] edges, double p) {
        int bins = edges.length - 1;
        int b = Math.min(bins - 1, (int) (p * bins));
        while (b > 0 && p <= edges[b]) {
            b--;
        }
        while (b < bins - 1 && p > edges[b + 1]) {
            b++;
        }
        return b;
    }
}
