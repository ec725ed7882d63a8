package io.charter.governance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link Evaluation} a worker writes for each task type from predictions, with the
 * metrics seed §6.2 names for that task. Fairness, slices, error examples and cross-validation
 * are added with the record's {@code with…} methods, since they need inputs (protected
 * attributes, features, folds) a bare prediction does not have.
 */
public final class Evaluations {

    /** Curves are cut to this many points for the file (metrics are computed on every point). */
    public static final int MAX_CURVE_POINTS = 1_000;
    /** Bins of the reliability diagram. */
    public static final int CALIBRATION_BINS = 10;

    private Evaluations() {
    }

    /**
     * Binary classification: label metrics for {@code positiveClass}, plus, given scores for the
     * positive class (null if the model has none), ROC-AUC, average precision and both curves; plus
     * log loss and calibration when the scores are probabilities.
     */
    public static Evaluation binary(Labels labels, String positiveClass, double[] scores) {
        ConfusionMatrix cm = ConfusionMatrix.of(labels);
        Map<String, Double> m = labelMetrics(cm);
        PrecisionRecall positive = ClassificationMetrics.forLabel(cm, positiveClass);
        m.put(MetricNames.PRECISION, positive.precision());
        m.put(MetricNames.RECALL, positive.recall());
        m.put(MetricNames.F1, positive.f1());
        List<RocPoint> roc = null;
        List<PrPoint> pr = null;
        List<CalibrationBin> calibration = null;
        if (scores != null) {
            BinaryScores s = BinaryScores.of(truthIs(labels, positiveClass), scores);
            m.put(MetricNames.ROC_AUC, s.rocAuc());
            m.put(MetricNames.AVERAGE_PRECISION, s.averagePrecision());
            roc = thin(s.rocCurve(true), MAX_CURVE_POINTS);
            pr = thin(s.precisionRecallCurve(), MAX_CURVE_POINTS);
            if (probabilities(scores)) {
                m.put(MetricNames.LOG_LOSS, s.logLoss());
                calibration = s.calibration(CALIBRATION_BINS);
            }
        }
        return new Evaluation(Evaluation.SCHEMA_VERSION, TaskType.BINARY_CLASSIFICATION, labels.rows(),
                labels.classes(), positiveClass, m, ClassificationMetrics.perClass(cm), cm, roc, pr, calibration,
                null, null, null, null);
    }

    /**
     * Multiclass classification: label metrics, plus, given probabilities (null if none) whose
     * columns are {@code probabilityClasses}, one-vs-rest ROC-AUC (macro and weighted) and log loss.
     */
    public static Evaluation multiclass(Labels labels, List<String> probabilityClasses, double[][] probabilities) {
        ConfusionMatrix cm = ConfusionMatrix.of(labels);
        Map<String, Double> m = labelMetrics(cm);
        if (probabilities != null) {
            String[] truth = new String[labels.rows()];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = labels.classes().get(labels.truth(i));
            }
            MulticlassScores s = MulticlassScores.of(truth, probabilityClasses, probabilities);
            m.put(MetricNames.ROC_AUC_OVR, s.rocAucOneVsRest(Average.MACRO));
            m.put(MetricNames.ROC_AUC_OVR_WEIGHTED, s.rocAucOneVsRest(Average.WEIGHTED));
            m.put(MetricNames.LOG_LOSS, s.logLoss());
        }
        return new Evaluation(Evaluation.SCHEMA_VERSION, TaskType.MULTICLASS_CLASSIFICATION, labels.rows(),
                labels.classes(), null, m, ClassificationMetrics.perClass(cm), cm, null, null, null, null, null, null,
                null);
    }

    public static Evaluation regression(double[] yTrue, double[] yPred) {
        Map<String, Double> m = new TreeMap<>();
        m.put(MetricNames.MEAN_SQUARED_ERROR, RegressionMetrics.meanSquaredError(yTrue, yPred));
        m.put(MetricNames.ROOT_MEAN_SQUARED_ERROR, RegressionMetrics.rootMeanSquaredError(yTrue, yPred));
        m.put(MetricNames.MEAN_ABSOLUTE_ERROR, RegressionMetrics.meanAbsoluteError(yTrue, yPred));
        m.put(MetricNames.MEAN_ABSOLUTE_PERCENTAGE_ERROR, RegressionMetrics.meanAbsolutePercentageError(yTrue, yPred));
        m.put(MetricNames.R2, RegressionMetrics.r2(yTrue, yPred));
        return metricsOnly(TaskType.REGRESSION, yTrue.length, m);
    }

    /** The silhouette, on at most {@link Silhouette#MAX_SAMPLE} rows drawn with {@code seed}. */
    public static Evaluation clustering(double[][] x, int[] clusters, long seed) {
        SilhouetteScore s = Silhouette.score(x, clusters, Silhouette.MAX_SAMPLE, seed);
        Map<String, Double> m = new TreeMap<>();
        m.put(MetricNames.SILHOUETTE, s.score());
        return metricsOnly(TaskType.CLUSTERING, x.length, m);
    }

    /** NDCG over all documents and at {@code k}, and MAP; rows are queries. */
    public static Evaluation ranking(List<RankedQuery> queries, int k) {
        Map<String, Double> m = new TreeMap<>();
        m.put(MetricNames.NDCG, RankingMetrics.ndcg(queries, null));
        m.put(MetricNames.ndcgAt(k), RankingMetrics.ndcg(queries, k));
        m.put(MetricNames.MAP, RankingMetrics.meanAveragePrecision(queries));
        return metricsOnly(TaskType.RANKING, queries.size(), m);
    }

    private static Evaluation metricsOnly(TaskType type, long rows, Map<String, Double> metrics) {
        return new Evaluation(Evaluation.SCHEMA_VERSION, type, rows, null, null, metrics, null, null, null, null, null,
                null, null, null, null);
    }

    private static Map<String, Double> labelMetrics(ConfusionMatrix cm) {
        Map<String, Double> m = new TreeMap<>();
        m.put(MetricNames.ACCURACY, ClassificationMetrics.accuracy(cm));
        m.put(MetricNames.BALANCED_ACCURACY, ClassificationMetrics.balancedAccuracy(cm));
        for (Average a : Average.values()) {
            PrecisionRecall s = ClassificationMetrics.average(cm, a);
            m.put(MetricNames.PRECISION + "_" + s.label(), s.precision());
            m.put(MetricNames.RECALL + "_" + s.label(), s.recall());
            m.put(MetricNames.F1 + "_" + s.label(), s.f1());
        }
        return m;
    }

    private static boolean[] truthIs(Labels labels, String positiveClass) {
        int c = labels.indexOf(positiveClass);
        boolean[] positive = new boolean[labels.rows()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = labels.truth(i) == c;
        }
        return positive;
    }

    private static boolean probabilities(double[] scores) {
        for (double s : scores) {
            if (!(s >= 0 && s <= 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * At most {@code max} points, evenly spaced by index and always keeping the first and last, so
     * a plotted curve keeps its shape; for display only.
     */
    static <T> List<T> thin(List<T> points, int max) {
        if (points.size() <= max) {
            return points;
        }
        List<T> kept = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            kept.add(points.get((int) Math.round((double) i * (points.size() - 1) / (max - 1))));
        }
        return kept;
    }
}
