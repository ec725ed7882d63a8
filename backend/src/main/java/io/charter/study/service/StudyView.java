package io.charter.study.service;

import io.charter.study.domain.StudyKind;
import io.charter.study.domain.StudyState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A study as clients see it.
 *
 * @param spec     the study as submitted, every default resolved
 * @param counts   trials by state (RUNNING, COMPLETE, PRUNED, FAIL), and STOPPED: cancelled by a stop of
 *                 the study, which do not count against its budget
 * @param best     the best feasible complete trial, or null
 * @param elapsedSeconds running time used of the time budget
 * @param etaSeconds     the time the remaining trials will take at the pace so far, or null
 */
public record StudyView(UUID id, UUID projectId, UUID experimentId, String name, StudyKind kind, StudyCommand spec,
                        StudyState state, String reason, Map<String, Long> counts, TrialView best,
                        Instant createdAt, String createdBy, Instant startedAt, Instant finishedAt,
                        long elapsedSeconds, Long etaSeconds) {

    /** Trials finished in a way that counts against the budget (complete, pruned, failed). */
    public long finished() {
        return counts.getOrDefault("COMPLETE", 0L) + counts.getOrDefault("PRUNED", 0L)
                + counts.getOrDefault("FAIL", 0L);
    }

    /** The objective metric and its direction, e.g. "roc_auc (MAXIMIZE)". */
    public String objectiveText() {
        return spec.objective().metric() + " (" + spec.objective().direction() + ")";
    }

    /** Names of the searched parameters (HPO) or architecture parameters (NAS), for tables and plots. */
    public List<String> parameterNames(List<TrialView> trials) {
        return trials.stream().flatMap(t -> t.params().keySet().stream()).distinct().toList();
    }
}
