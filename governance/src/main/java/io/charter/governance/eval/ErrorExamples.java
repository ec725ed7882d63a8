package io.charter.governance.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Concrete failures to read (seed §6.4: "examining specific instances of false positives and false
 * negatives"): a seeded uniform sample of the row indexes of each kind, at most {@code max} each,
 * in increasing order. For a multiclass task the positive label is read one-vs-rest.
 *
 * @param positiveLabel      the class called positive
 * @param falsePositives     all rows predicted positive that are not
 * @param falseNegatives     all positive rows predicted otherwise
 * @param falsePositiveRows  sampled row indexes of false positives
 * @param falseNegativeRows  sampled row indexes of false negatives
 */
public record ErrorExamples(String positiveLabel, long falsePositives, long falseNegatives,
                            List<Integer> falsePositiveRows, List<Integer> falseNegativeRows) {

    /** Default sample size per kind: enough to read, small enough for evaluation.json. */
    public static final int DEFAULT_MAX = 25;

    public ErrorExamples {
        falsePositiveRows = List.copyOf(falsePositiveRows);
        falseNegativeRows = List.copyOf(falseNegativeRows);
    }

    /** Samples at most {@code max} rows of each kind with {@code seed}; the positive label must be a class. */
    public static ErrorExamples sample(Labels labels, String positiveLabel, int max, long seed) {
        int positive = labels.indexOf(positiveLabel);
        if (positive < 0) {
            throw new IllegalArgumentException("positiveLabel must be one of " + labels.classes() + ", but got \""
                    + positiveLabel + "\"");
        }
        Checks.positive("max", max);
        int[] fp = new int[labels.rows()];
        int[] fn = new int[labels.rows()];
        int nfp = 0;
        int nfn = 0;
        for (int i = 0; i < labels.rows(); i++) {
            boolean actual = labels.truth(i) == positive;
            boolean predicted = labels.predicted(i) == positive;
            if (predicted && !actual) {
                fp[nfp++] = i;
            } else if (actual && !predicted) {
                fn[nfn++] = i;
            }
        }
        // distinct streams for the two kinds, so adding false negatives does not move the false positives drawn
        return new ErrorExamples(positiveLabel, nfp, nfn, boxed(Sampling.choose(Arrays.copyOf(fp, nfp), max, seed)),
                boxed(Sampling.choose(Arrays.copyOf(fn, nfn), max, seed + 1)));
    }

    private static List<Integer> boxed(int[] rows) {
        return Arrays.stream(rows).boxed().toList();
    }
}
