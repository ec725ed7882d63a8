package io.charter.governance.eval;

import java.util.Random;

/**
 * Not a test: times the heavy paths of evaluation on one core, one line each, for
 * e2e-tests/bench/eval/README.md. Silhouette at its {@link Silhouette#MAX_SAMPLE} bound (n² distances),
 * and the sort-based score metrics, fairness and error slices on {@code rows} rows.
 *
 * <p>Usage: {@code EvalBench [rows] [features]} (default 1000000 10).
 */
public final class EvalBench {

    private EvalBench() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int features = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Random random = new Random(1);
        int[] y = new int[rows];
        int[] p = new int[rows];
        double[] s = new double[rows];
        String[] g = new String[rows];
        double[] x = new double[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = random.nextDouble() < 0.3 ? 1 : 0;
            s[i] = Math.min(1, Math.max(0, 0.35 + 0.25 * y[i] + 0.2 * random.nextGaussian()));
            p[i] = s[i] >= 0.5 ? 1 : 0;
            g[i] = "g" + random.nextInt(5);
            x[i] = random.nextGaussian();
        }
        time("BinaryScores roc_auc + average_precision + curves, " + rows + " rows", () -> {
            BinaryScores b = BinaryScores.of(y, 1, s);
            return b.rocAuc() + b.averagePrecision() + b.rocCurve(true).size() + b.precisionRecallCurve().size();
        });
        time("Evaluations.binary (all of the above + label metrics + calibration), " + rows + " rows",
                () -> Evaluations.binary(Labels.of(y, p), "1", s).metrics().size());
        time("GroupFairness, 5 groups, " + rows + " rows",
                () -> GroupFairness.evaluate("g", y, p, g).metrics().size());
        time("ErrorSlices, 1 numeric + 1 categorical column, " + rows + " rows",
                () -> ErrorSlices.classification(java.util.List.of(new FeatureColumn.Numeric("x", x),
                        new FeatureColumn.Categorical("g", g)), Labels.of(y, p), SliceOptions.DEFAULT).slices().size());
        int n = Silhouette.MAX_SAMPLE;
        double[][] points = new double[n][features];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(8);
            for (int d = 0; d < features; d++) {
                points[i][d] = labels[i] + random.nextGaussian();
            }
        }
        time("Silhouette, " + n + " rows × " + features + " features (the sample bound)",
                () -> Silhouette.score(points, labels).score());
    }

    private static void time(String what, java.util.function.Supplier<Object> work) {
        work.get(); // warm-up
        long start = System.nanoTime();
        Object result = work.get();
        System.out.printf(java.util.Locale.ROOT, "%-90s %8.2f s  (%s)%n", what, (System.nanoTime() - start) / 1e9,
                result);
    }
}
