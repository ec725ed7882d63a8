package io.charter.pipeline.service;

import io.charter.governance.pipeline.PipelineSpec;
import java.time.Instant;
import java.util.UUID;

/** A pipeline revision. */
public record PipelineView(UUID id, UUID datasetId, String name, int revision, PipelineSpec spec, String createdBy,
                           Instant createdAt) {
}
