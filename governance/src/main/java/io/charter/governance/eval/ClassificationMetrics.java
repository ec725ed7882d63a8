package io.charter.governance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The label-based classification metrics of seed §6.2, read off a {@link ConfusionMatrix}, each
 * defined as scikit-learn defines it (with {@code zero_division=0}). They work for binary and
 * multiclass alike; a binary task asks {@link #forLabel} for its positive class.
 */
public final class ClassificationMetrics {

    private ClassificationMetrics() {
    }

    /** Share of rows predicted correctly, as {@code accuracy_score}. */
    public static double accuracy(ConfusionMatrix cm) {
        long correct = 0;
        for (int c = 0; c < cm.labels().size(); c++) {
            correct += cm.count(c, c);
        }
        return (double) correct / cm.total();
    }

    /**
     * The mean recall over the classes that have true rows, as {@code balanced_accuracy_score}
     * (Brodersen et al. 2010): a class that is only predicted has no recall and is left out, as
     * sklearn leaves it out (with a warning).
     */
    public static double balancedAccuracy(ConfusionMatrix cm) {
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < cm.labels().size(); c++) {
            long support = cm.trueCount(c);
            if (support > 0) {
                sum += (double) cm.count(c, c) / support;
                classes++;
            }
        }
        return sum / classes;
    }

    /** Precision, recall and F1 of every class against the rest, in the matrix's label order. */
    public static List<PrecisionRecall> perClass(ConfusionMatrix cm) {
        List<PrecisionRecall> scores = new ArrayList<>(cm.labels().size());
        for (int c = 0; c < cm.labels().size(); c++) {
            long tp = cm.count(c, c);
            scores.add(scores(cm.labels().get(c), tp, cm.predictedCount(c), cm.trueCount(c)));
        }
        return scores;
    }

    /**
     * The scores of the positive class, as sklearn's {@code average="binary"} with
     * {@code pos_label}. A label that does not occur is refused when the matrix has two or more
     * classes (sklearn: "pos_label=… is not a valid label") and scores 0 when it has one (a fold
     * with neither positives nor positive predictions). Unlike sklearn, more than two classes are
     * allowed: the result is then that class's one-vs-rest score ({@code average=None}).
     */
    public static PrecisionRecall forLabel(ConfusionMatrix cm, String positiveLabel) {
        int c = cm.labels().indexOf(positiveLabel);
        if (c >= 0) {
            return perClass(cm).get(c);
        }
        if (cm.labels().size() >= 2) {
            throw new IllegalArgumentException("positiveLabel must be one of " + cm.labels() + ", but got \""
                    + positiveLabel + "\"");
        }
        return new PrecisionRecall(positiveLabel, 0, 0, 0, 0);
    }

    /** The average of the per-class scores over every class of the matrix. */
    public static PrecisionRecall average(ConfusionMatrix cm, Average average) {
        String name = average.name().toLowerCase(Locale.ROOT);
        List<PrecisionRecall> classes = perClass(cm);
        long total = cm.total();
        if (average == Average.MICRO) {
            long tp = 0;
            for (int c = 0; c < classes.size(); c++) {
                tp += cm.count(c, c);
            }
            // every row is predicted as exactly one class, so pooled TP+FP and TP+FN both equal the row count
            return scores(name, tp, total, total);
        }
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        double weightSum = 0;
        for (PrecisionRecall s : classes) {
            double w = average == Average.WEIGHTED ? s.support() : 1;
            precision += w * s.precision();
            recall += w * s.recall();
            f1 += w * s.f1();
            weightSum += w;
        }
        return new PrecisionRecall(name, precision / weightSum, recall / weightSum, f1 / weightSum, total);
    }

    private static PrecisionRecall scores(String label, long tp, long predicted, long actual) {
        double precision = ratio(tp, predicted);
        double recall = ratio(tp, actual);
        double f1 = ratio(2 * tp, predicted + actual);
        return new PrecisionRecall(label, precision, recall, f1, actual);
    }

    /** sklearn's {@code _prf_divide} with {@code zero_division=0}. */
    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
