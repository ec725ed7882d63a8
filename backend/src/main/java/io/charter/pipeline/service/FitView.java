package io.charter.pipeline.service;

import io.charter.jobs.JobView;
import java.util.List;
import java.util.UUID;

/** A fit of a pipeline: the job, the split and fold it learned from, and the columns it produces. */
public record FitView(UUID id, UUID pipelineId, UUID splitId, int fold, String targetColumn, JobView job,
                      List<String> outputColumns, String createdBy) {
}
