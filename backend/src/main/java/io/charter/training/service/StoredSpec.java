package io.charter.training.service;

import io.charter.governance.eval.FairnessCriterion;
import java.util.List;
import java.util.Map;

/**
 * What a job runs, fixed at submission and kept on its row: a later change to the charter or the
 * algorithm defaults does not change a queued or retried job.
 *
 * @param hyperparameters     TRAIN: every hyperparameter, defaults resolved; EVALUATE: the source run's
 * @param evaluateOn          VALIDATION or TEST
 * @param positiveClass       the positive label of a binary task, or null (the last label in order)
 * @param protectedAttributes charter columns to compute fairness for
 * @param fairnessCriteria    the charter's criteria the evaluation is checked against
 * @param sourceRunId         EVALUATE: the run whose model is scored
 */
public record StoredSpec(Map<String, Object> hyperparameters, String evaluateOn, String positiveClass,
                         List<String> protectedAttributes, List<FairnessCriterion> fairnessCriteria,
                         String sourceRunId) {
}
