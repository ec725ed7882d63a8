package io.charter.tracking.service;

import io.charter.tracking.domain.RunStatus;
import java.util.Map;
import java.util.UUID;

/**
 * A run with its params, tags and latest metric values, and its lineage (what it was trained
 * on and by which job; null for runs logged from outside, e.g. by an MLflow client).
 */
public record RunView(UUID id, UUID experimentId, String name, RunStatus status, String lifecycleStage,
                      long startTime, Long endTime, String userId, Map<String, String> params,
                      Map<String, String> tags, Map<String, MetricPoint> metrics, Lineage lineage) {

    /** Where a run's model came from. */
    public record Lineage(UUID datasetId, String versionId, UUID splitId, UUID pipelineFitId, UUID jobId,
                          UUID parentStudyId) {
    }
}
