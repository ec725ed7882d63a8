package io.charter.study.service;

import io.charter.scheduler.tuning.TrialState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

/**
 * A trial as clients see it.
 *
 * @param value        the objective (COMPLETE trials)
 * @param extraValues  further objectives (NAS: the cost metric)
 * @param intermediate the per-step values the pruner watched
 * @param prunedRung   the rung a pruned trial stopped at
 */
public record TrialView(int number, Map<String, Object> params, Map<String, Object> hyperparameters, TrialState state,
                        Double value, List<Double> extraValues, boolean feasible,
                        SortedMap<Integer, Double> intermediate, Integer prunedRung, String reason, UUID jobId,
                        UUID runId, Instant createdAt, Instant finishedAt) {
}
