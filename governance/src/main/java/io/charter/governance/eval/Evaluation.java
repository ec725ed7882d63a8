package io.charter.governance.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a training worker writes to {@code evaluation.json} and the server reads to compare a
 * model with its project's KPIs and ethics charter (seed §6): the headline metrics, the curves and
 * tables behind them, and the fairness and error analyses. Built by {@link Evaluations}, extended
 * with the {@code with…} methods, written and read by {@link EvaluationJson}. Parts a task does
 * not have are null (a regression has no confusion matrix).
 *
 * @param schemaVersion   {@link #SCHEMA_VERSION}; readers refuse versions they do not know
 * @param taskType        the task evaluated
 * @param rows            rows (or, for ranking, queries) evaluated
 * @param classes         classification: every class in sklearn's order
 * @param positiveClass   binary classification: the class precision, recall and the curves refer to
 * @param metrics         {@link MetricNames} → value, sorted by name; null where a metric is undefined
 * @param perClass        classification: precision, recall, F1 and support per class
 * @param confusionMatrix classification
 * @param rocCurve        binary: at most {@link Evaluations#MAX_CURVE_POINTS} points of the ROC curve
 * @param prCurve         binary: at most {@link Evaluations#MAX_CURVE_POINTS} points of the PR curve
 * @param calibration     binary with probabilities: {@link Evaluations#CALIBRATION_BINS} bins
 * @param crossValidation the metrics over cross-validation folds, if the run used folds
 * @param fairness        one report per protected attribute of the charter
 * @param slices          the worst slices of the error analysis
 * @param errorExamples   sampled false positives and negatives (binary)
 */
public record Evaluation(int schemaVersion, TaskType taskType, long rows, List<String> classes, String positiveClass,
                         Map<String, Double> metrics, List<PrecisionRecall> perClass,
                         ConfusionMatrix confusionMatrix, List<RocPoint> rocCurve, List<PrPoint> prCurve,
                         List<CalibrationBin> calibration, CrossValidationSummary crossValidation,
                         List<FairnessReport> fairness, SliceReport slices, ErrorExamples errorExamples) {

    /** The version of this shape; bump on any change a reader of older files would misread. */
    public static final int SCHEMA_VERSION = 1;

    public Evaluation {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion must be " + SCHEMA_VERSION + ", but got "
                    + schemaVersion);
        }
        classes = copy(classes);
        metrics = metrics == null ? null : Collections.unmodifiableMap(new TreeMap<>(metrics));
        perClass = copy(perClass);
        rocCurve = copy(rocCurve);
        prCurve = copy(prCurve);
        calibration = copy(calibration);
        fairness = copy(fairness);
    }

    /** The metric's value, or null when it is absent or undefined. */
    public Double metric(String name) {
        return metrics == null ? null : metrics.get(name);
    }

    public Evaluation withCrossValidation(CrossValidationSummary summary) {
        return new Evaluation(schemaVersion, taskType, rows, classes, positiveClass, metrics, perClass,
                confusionMatrix, rocCurve, prCurve, calibration, summary, fairness, slices, errorExamples);
    }

    public Evaluation withFairness(List<FairnessReport> reports) {
        return new Evaluation(schemaVersion, taskType, rows, classes, positiveClass, metrics, perClass,
                confusionMatrix, rocCurve, prCurve, calibration, crossValidation, reports, slices, errorExamples);
    }

    public Evaluation withSlices(SliceReport report) {
        return new Evaluation(schemaVersion, taskType, rows, classes, positiveClass, metrics, perClass,
                confusionMatrix, rocCurve, prCurve, calibration, crossValidation, fairness, report, errorExamples);
    }

    public Evaluation withErrorExamples(ErrorExamples examples) {
        return new Evaluation(schemaVersion, taskType, rows, classes, positiveClass, metrics, perClass,
                confusionMatrix, rocCurve, prCurve, calibration, crossValidation, fairness, slices, examples);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
