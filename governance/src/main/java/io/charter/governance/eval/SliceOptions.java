package io.charter.governance.eval;

/**
 * How {@link ErrorSlices} cuts and ranks slices.
 *
 * @param bins       quantile bins per numeric column (≥ 2)
 * @param minSupport the fewest rows a slice needs to be ranked: a 100% error rate on 3 rows says
 *                   little
 * @param maxSlices  how many of the worst slices to report
 */
public record SliceOptions(int bins, int minSupport, int maxSlices) {

    /** 5 quantile bins, slices of at least 30 rows, the 20 worst. */
    public static final SliceOptions DEFAULT = new SliceOptions(5, 30, 20);

    public SliceOptions {
        if (bins < 2) {
            throw new IllegalArgumentException("bins must be at least 2, but got " + bins);
        }
        Checks.positive("minSupport", minSupport);
        Checks.positive("maxSlices", maxSlices);
    }
}
