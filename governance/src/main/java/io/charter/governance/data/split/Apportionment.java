package io.charter.governance.data.split;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How many rows of each class go to each split, so that every class is split at the spec's ratios
 * as closely as whole rows allow and the splits' totals match the ratios too.
 *
 * <p>Test rows per class are Hamilton's largest-remainder apportionment of {@code testRatio} × class
 * size (Balinski &amp; Young 1982): each class within one row of its quota, the total exactly
 * round(testRatio × rows). Validation rows per class are rounded so that validation and, what is
 * left, training are each within one row of their quotas too: a class whose test count was rounded
 * up must round validation down unless their two fractions exceed 1, and vice versa; the classes
 * still free round up by largest fraction until the validation total is met. K-fold counts deal
 * each class's remaining rows round-robin over the folds, continuing where the previous class
 * ended, as scikit-learn's StratifiedKFold does: fold sizes then differ by at most one row overall
 * and within every class.
 */
final class Apportionment {

    /** Quotas are products of decimal ratios and counts: 0.15 × 20 must floor to 3, not 2. */
    static final double EPSILON = 1e-9;

    private Apportionment() {
    }

    /** Round(share × n), the total a split gets. */
    static long total(double share, long n) {
        return Math.round(share * n);
    }

    /**
     * The test split's rows: round(share × n), which must be at least one.
     *
     * @throws SplitSpecException at {@code testRatio} if the share of these rows rounds to none
     */
    static long testTotal(double share, long n) {
        long total = total(share, n);
        if (total < 1) {
            throw SplitSpecException.of("testRatio", "must hold out at least one row, but " + share + " of " + n
                    + " rows rounds to none");
        }
        return total;
    }

    /**
     * The validation split's rows: round((testRatio + validationRatio) × n) − round(testRatio × n),
     * so that training gets n − round((testRatio + validationRatio) × n).
     *
     * @throws SplitSpecException at {@code validationRatio} if a positive ratio rounds to no rows
     */
    static long validationTotal(SplitSpec spec, long n) {
        long total = total(spec.testRatio() + spec.validationRatio(), n) - total(spec.testRatio(), n);
        if (spec.validationRatio() > 0 && total < 1) {
            throw SplitSpecException.of("validationRatio", "must give the validation split at least one row, but "
                    + spec.validationRatio() + " of " + n + " rows rounds to none");
        }
        return total;
    }

    /** Per class: the test rows, largest remainder to {@code total}. */
    static long[] test(long[] sizes, double share, long total) {
        long[] counts = new long[sizes.length];
        double[] fractions = new double[sizes.length];
        long assigned = 0;
        for (int c = 0; c < sizes.length; c++) {
            double quota = share * sizes[c];
            counts[c] = floor(quota);
            fractions[c] = fraction(quota);
            assigned += counts[c];
        }
        int[] order = byFractionDescending(fractions, IntStream.range(0, sizes.length));
        for (int i = 0; i < order.length && assigned < total; i++) {
            if (counts[order[i]] < sizes[order[i]]) {
                counts[order[i]]++;
                assigned++;
            }
        }
        return counts;
    }

    /** Per class: the validation rows, given each class's test rows, towards {@code total}. */
    static long[] validation(long[] sizes, long[] test, double testShare, double validationShare, long total) {
        long[] counts = new long[sizes.length];
        double[] fractions = new double[sizes.length];
        boolean[] free = new boolean[sizes.length];
        long assigned = 0;
        for (int c = 0; c < sizes.length; c++) {
            double testQuota = testShare * sizes[c];
            double quota = validationShare * sizes[c];
            boolean testRoundedUp = test[c] > floor(testQuota);
            double both = fraction(testQuota) + fraction(quota);
            counts[c] = floor(quota) + (!testRoundedUp && both > 1 + EPSILON ? 1 : 0);
            free[c] = testRoundedUp ? both >= 1 - EPSILON : both <= 1 + EPSILON;
            fractions[c] = fraction(quota);
            counts[c] = Math.min(counts[c], sizes[c] - test[c]);
            assigned += counts[c];
        }
        int[] order = byFractionDescending(fractions, IntStream.range(0, sizes.length).filter(c -> free[c]));
        for (int i = 0; i < order.length && assigned < total; i++) {
            int c = order[i];
            if (counts[c] < sizes[c] - test[c]) {
                counts[c]++;
                assigned++;
            }
        }
        return counts;
    }

    /** Per class and fold: the non-test rows dealt round-robin, each class continuing the deal. */
    static long[][] folds(long[] nonTest, int folds) {
        long[][] counts = new long[nonTest.length][folds];
        long start = 0;
        for (int c = 0; c < nonTest.length; c++) {
            long each = nonTest[c] / folds;
            long extra = nonTest[c] % folds;
            for (int f = 0; f < folds; f++) {
                counts[c][f] = each + (Math.floorMod(f - start, folds) < extra ? 1 : 0);
            }
            start = (start + nonTest[c]) % folds;
        }
        return counts;
    }

    static long floor(double quota) {
        return (long) Math.floor(quota + EPSILON);
    }

    private static double fraction(double quota) {
        double f = quota - floor(quota);
        return f < EPSILON ? 0 : f;
    }

    /** Largest fraction first; ties by class, the first seen first. */
    private static int[] byFractionDescending(double[] fractions, IntStream classes) {
        return classes.boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> -fractions[c]).thenComparingInt(c -> c))
                .mapToInt(Integer::intValue).toArray();
    }
}
