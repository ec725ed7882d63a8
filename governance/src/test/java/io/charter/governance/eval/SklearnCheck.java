package io.charter.governance.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: writes seeded random predictions as CSV together with the metrics this package
 * computes on them, so that e2e-tests/bench/eval/sklearn_check.py can recompute every metric with
 * scikit-learn and fairlearn and compare, on data larger and messier than the unit tests' (ties,
 * imbalance, a class missing from some queries). Run by e2e-tests/bench/eval/run.sh.
 *
 * <p>Usage: {@code SklearnCheck <out-dir> [rows] [seed]}.
 */
public final class SklearnCheck {

    private SklearnCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Files.createDirectories(out);
        Random random = new Random(seed);
        Map<String, Double> metrics = new LinkedHashMap<>();
        binary(out, rows, random, metrics);
        multiclass(out, rows, random, metrics);
        regression(out, rows, random, metrics);
        clusters(out, Math.min(rows, 2_000), random, metrics);
        ranking(out, Math.max(10, rows / 50), random, metrics);
        try (PrintWriter w = writer(out.resolve("java_metrics.csv"))) {
            w.println("metric,value");
            metrics.forEach((k, v) -> w.println(k + "," + (v == null ? "" : v)));
        }
        System.out.println("wrote " + metrics.size() + " metrics on " + rows + " rows to " + out);
    }

    private static void binary(Path out, int n, Random random, Map<String, Double> m) throws IOException {
        int[] y = new int[n];
        int[] p = new int[n];
        double[] s = new double[n];
        String[] g = new String[n];
        try (PrintWriter w = writer(out.resolve("binary.csv"))) {
            w.println("y,score,pred,group");
            for (int i = 0; i < n; i++) {
                g[i] = random.nextInt(20) == 0 ? "" : new String[] {"a", "b", "c"}[random.nextInt(3)];
                y[i] = random.nextDouble() < (g[i].equals("c") ? 0.15 : 0.3) ? 1 : 0;
                // two decimals: many ties
                s[i] = Math.round(100 * Math.min(1, Math.max(0, 0.35 + 0.25 * y[i] + 0.2 * random.nextGaussian())))
                        / 100.0;
                p[i] = s[i] >= (g[i].equals("b") ? 0.45 : 0.5) ? 1 : 0;
                w.println(y[i] + "," + s[i] + "," + p[i] + "," + g[i]);
            }
        }
        ConfusionMatrix cm = ConfusionMatrix.of(y, p);
        BinaryScores scores = BinaryScores.of(y, 1, s);
        m.put("binary.accuracy", ClassificationMetrics.accuracy(cm));
        m.put("binary.balanced_accuracy", ClassificationMetrics.balancedAccuracy(cm));
        m.put("binary.precision", ClassificationMetrics.forLabel(cm, "1").precision());
        m.put("binary.recall", ClassificationMetrics.forLabel(cm, "1").recall());
        m.put("binary.f1", ClassificationMetrics.forLabel(cm, "1").f1());
        m.put("binary.roc_auc", scores.rocAuc());
        m.put("binary.average_precision", scores.averagePrecision());
        m.put("binary.log_loss", scores.logLoss());
        m.put("binary.roc_curve_points", (double) scores.rocCurve(true).size());
        m.put("binary.pr_curve_points", (double) scores.precisionRecallCurve().size());
        List<CalibrationBin> bins = scores.calibration(10);
        for (int b = 0; b < bins.size(); b++) {
            m.put("binary.calibration" + b + ".fraction_positive", bins.get(b).fractionPositive());
            m.put("binary.calibration" + b + ".mean_predicted", bins.get(b).meanPredicted());
        }
        FairnessReport f = GroupFairness.evaluate("group", y, p, g);
        for (FairnessValue v : f.metrics()) {
            m.put("fairness." + v.metric().name().toLowerCase(java.util.Locale.ROOT), v.value());
        }
    }

    private static void multiclass(Path out, int n, Random random, Map<String, Double> m) throws IOException {
        String[] classes = {"ant", "bee", "cat", "dog"};
        String[] y = new String[n];
        String[] p = new String[n];
        double[][] proba = new double[n][classes.length];
        try (PrintWriter w = writer(out.resolve("multiclass.csv"))) {
            w.println("y,pred,p_ant,p_bee,p_cat,p_dog");
            for (int i = 0; i < n; i++) {
                int c = Math.min(classes.length - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 1.5));
                int[] weights = new int[classes.length];
                int total = 0;
                for (int k = 0; k < classes.length; k++) {
                    weights[k] = 1 + random.nextInt(6) + (k == c ? 3 : 0);
                    total += weights[k];
                }
                int best = 0;
                for (int k = 0; k < classes.length; k++) {
                    proba[i][k] = weights[k] / (double) total;
                    best = weights[k] > weights[best] ? k : best;
                }
                y[i] = classes[c];
                p[i] = classes[best];
                w.println(y[i] + "," + p[i] + "," + proba[i][0] + "," + proba[i][1] + "," + proba[i][2] + ","
                        + proba[i][3]);
            }
        }
        ConfusionMatrix cm = ConfusionMatrix.of(y, p);
        m.put("multiclass.accuracy", ClassificationMetrics.accuracy(cm));
        m.put("multiclass.balanced_accuracy", ClassificationMetrics.balancedAccuracy(cm));
        for (Average a : Average.values()) {
            PrecisionRecall s = ClassificationMetrics.average(cm, a);
            m.put("multiclass.precision_" + s.label(), s.precision());
            m.put("multiclass.recall_" + s.label(), s.recall());
            m.put("multiclass.f1_" + s.label(), s.f1());
        }
        MulticlassScores scores = MulticlassScores.of(y, List.of(classes), proba);
        m.put("multiclass.roc_auc_ovr", scores.rocAucOneVsRest(Average.MACRO));
        m.put("multiclass.roc_auc_ovr_weighted", scores.rocAucOneVsRest(Average.WEIGHTED));
        m.put("multiclass.roc_auc_ovr_micro", scores.rocAucOneVsRest(Average.MICRO));
        m.put("multiclass.log_loss", scores.logLoss());
    }

    private static void regression(Path out, int n, Random random, Map<String, Double> m) throws IOException {
        double[] y = new double[n];
        double[] p = new double[n];
        try (PrintWriter w = writer(out.resolve("regression.csv"))) {
            w.println("y,pred");
            for (int i = 0; i < n; i++) {
                y[i] = 50 + 20 * random.nextGaussian();
                p[i] = y[i] + 5 * random.nextGaussian();
                w.println(y[i] + "," + p[i]);
            }
        }
        m.put("regression.mean_squared_error", RegressionMetrics.meanSquaredError(y, p));
        m.put("regression.root_mean_squared_error", RegressionMetrics.rootMeanSquaredError(y, p));
        m.put("regression.mean_absolute_error", RegressionMetrics.meanAbsoluteError(y, p));
        m.put("regression.mean_absolute_percentage_error", RegressionMetrics.meanAbsolutePercentageError(y, p));
        m.put("regression.r2", RegressionMetrics.r2(y, p));
    }

    private static void clusters(Path out, int n, Random random, Map<String, Double> m) throws IOException {
        double[][] x = new double[n][];
        int[] labels = new int[n];
        try (PrintWriter w = writer(out.resolve("clusters.csv"))) {
            w.println("x0,x1,x2,label");
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(5);
                x[i] = new double[] {labels[i] * 2 + random.nextGaussian(), random.nextGaussian(),
                    random.nextGaussian()};
                w.println(x[i][0] + "," + x[i][1] + "," + x[i][2] + "," + labels[i]);
            }
        }
        m.put("clustering.silhouette", Silhouette.score(x, labels, n, 0).score());
    }

    private static void ranking(Path out, int queries, Random random, Map<String, Double> m) throws IOException {
        List<RankedQuery> list = new ArrayList<>();
        try (PrintWriter w = writer(out.resolve("ranking.csv"))) {
            w.println("query,relevance,score");
            for (int q = 0; q < queries; q++) {
                int docs = 2 + random.nextInt(15);
                double[] rel = new double[docs];
                double[] score = new double[docs];
                for (int d = 0; d < docs; d++) {
                    rel[d] = random.nextInt(4) == 0 ? random.nextInt(4) : 0;
                    score[d] = random.nextInt(6) + rel[d] * random.nextInt(2);
                    w.println(q + "," + rel[d] + "," + score[d]);
                }
                list.add(new RankedQuery(rel, score));
            }
        }
        m.put("ranking.ndcg", RankingMetrics.ndcg(list, null));
        m.put("ranking.ndcg@5", RankingMetrics.ndcg(list, 5));
        m.put("ranking.map", RankingMetrics.meanAveragePrecision(list));
    }

    private static PrintWriter writer(Path file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }
}
