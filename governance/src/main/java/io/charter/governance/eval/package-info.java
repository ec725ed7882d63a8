/**
 * Model evaluation as pure functions (seed §6, Phase V): the metrics a training worker writes to
 * {@code evaluation.json} and the server compares with a project's KPIs and ethics charter. Every
 * metric is defined as scikit-learn (fairness: fairlearn) defines it, cited in its Javadoc, and
 * tested against values sklearn computed; deviations are stated where they occur. No state, no
 * I/O except {@link io.charter.governance.eval.EvaluationJson}.
 *
 * <ul>
 *   <li>Classification: {@link io.charter.governance.eval.Labels} encodes true and predicted
 *       labels once; {@link io.charter.governance.eval.ConfusionMatrix} and
 *       {@link io.charter.governance.eval.ClassificationMetrics} give accuracy, balanced accuracy,
 *       precision/recall/F1 per class and averaged; {@link io.charter.governance.eval.BinaryScores}
 *       and {@link io.charter.governance.eval.MulticlassScores} the score-based metrics (ROC-AUC,
 *       average precision, curves, log loss, calibration).</li>
 *   <li>{@link io.charter.governance.eval.RegressionMetrics}, {@link io.charter.governance.eval.Silhouette}
 *       (clustering), {@link io.charter.governance.eval.RankingMetrics} (NDCG, MAP),
 *       {@link io.charter.governance.eval.CrossValidationSummary} (mean ± std over folds).</li>
 *   <li>Fairness (§6.3): {@link io.charter.governance.eval.GroupFairness} per protected attribute,
 *       {@link io.charter.governance.eval.FairnessCheck} against the charter's criteria.</li>
 *   <li>Error analysis (§6.4): {@link io.charter.governance.eval.ErrorSlices},
 *       {@link io.charter.governance.eval.ErrorExamples}.</li>
 *   <li>{@link io.charter.governance.eval.Evaluations} assembles an
 *       {@link io.charter.governance.eval.Evaluation} per task type.</li>
 * </ul>
 *
 * <p>An undefined metric (ROC-AUC with one class present, a fairness rate of a group without
 * positives) is null, never NaN: JSON has no NaN and a gate must see "unknown", not a number.
 * Bad input (empty, unequal lengths, non-finite scores, probabilities outside [0, 1]) is an
 * {@link java.lang.IllegalArgumentException} saying what was expected and what was given.
 */
package io.charter.governance.eval;
