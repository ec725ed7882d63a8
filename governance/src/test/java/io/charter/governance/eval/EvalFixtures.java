package io.charter.governance.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Test data generated from integer formulas, the same as in e2e-tests/bench/eval/sklearn_reference.py,
 * which prints what scikit-learn and fairlearn compute on it: the tests hold those numbers as
 * constants and need no Python. Keep the formulas in step with the script.
 */
final class EvalFixtures {

    static final String[] CLASSES = {"ant", "bee", "cat"};
    static final String[] GROUPS = {"a", "b", "c"};

    private EvalFixtures() {
    }

    /** 60 rows, 24 positive; scores (k + 6y)/26 with k in 0..19, so tied across classes; ŷ = score ≥ 0.5. */
    record Binary(int[] y, double[] scores, int[] predicted) {
    }

    static Binary binary() {
        int n = 60;
        int[] y = new int[n];
        double[] s = new double[n];
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = (i * 7 + 3) % 5 < 2 ? 1 : 0;
            s[i] = (((i * 37 + 11) % 20) + 6 * y[i]) / 26.0;
            p[i] = s[i] >= 0.5 ? 1 : 0;
        }
        return new Binary(y, s, p);
    }

    /** 45 rows, classes ant/bee/cat; every third prediction replaced; probabilities w / Σw. */
    record Multiclass(String[] y, String[] predicted, double[][] probabilities) {
    }

    static Multiclass multiclass() {
        int n = 45;
        String[] y = new String[n];
        String[] pred = new String[n];
        double[][] proba = new double[n][3];
        for (int i = 0; i < n; i++) {
            int c = (i * 5 + i / 4) % 3;
            y[i] = CLASSES[c];
            pred[i] = CLASSES[i % 3 != 0 ? c : (i / 3) % 3];
            int[] w = new int[3];
            for (int k = 0; k < 3; k++) {
                w[k] = 1 + (i * (k + 2) * 13) % 7 + (k == c ? 4 : 0);
            }
            int total = w[0] + w[1] + w[2];
            for (int k = 0; k < 3; k++) {
                proba[i][k] = w[k] / (double) total;
            }
        }
        return new Multiclass(y, pred, proba);
    }

    /** 40 rows, y = (i mod 9)·1.5 − 3 (0 on rows 2, 11, …), ŷ = y + a quarter-step error in [−1.25, 1.25]. */
    static double[][] regression() {
        int n = 40;
        double[] y = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = (i % 9) * 1.5 - 3;
            p[i] = y[i] + ((i * 17) % 11 - 5) * 0.25;
        }
        return new double[][] {y, p};
    }

    /** 30 points in 4 loose clusters (label i mod 4), row 0 alone in cluster 9. */
    static double[][] clusterPoints() {
        double[][] x = new double[30][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {(i % 4) * 3 + ((i * 7) % 5) * 0.1, ((i * 3) % 5) * 0.2 + (i % 4 == 1 ? 2 : 0)};
        }
        return x;
    }

    static int[] clusterLabels() {
        int[] labels = new int[30];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i == 0 ? 9 : i % 4;
        }
        return labels;
    }

    /** 6 queries of 3..8 documents, grades 0..3 (query 4 all irrelevant), scores 0..4 with ties. */
    static List<RankedQuery> queries() {
        List<RankedQuery> queries = new ArrayList<>();
        for (int q = 0; q < 6; q++) {
            int docs = 3 + q;
            double[] rel = new double[docs];
            double[] scores = new double[docs];
            for (int d = 0; d < docs; d++) {
                rel[d] = q == 4 ? 0 : (q * 5 + d * 3) % 4;
                scores[d] = (q + d * 7) % 5;
            }
            queries.add(new RankedQuery(rel, scores));
        }
        return queries;
    }

    /** 90 rows in groups a, b, c (row i in group i mod 3); each group has positives, negatives and selections. */
    record Fairness(int[] y, int[] predicted, String[] groups) {
    }

    static Fairness fairness() {
        int n = 90;
        int[] y = new int[n];
        int[] p = new int[n];
        String[] g = new String[n];
        for (int i = 0; i < n; i++) {
            g[i] = GROUPS[i % 3];
            y[i] = (i * 11 + i / 3) % 5 < (2 + i % 3) ? 1 : 0;
            p[i] = (i * 13 + 5 + i / 7) % 4 < (1 + i % 3) ? 1 : 0;
        }
        return new Fairness(y, p, g);
    }
}
