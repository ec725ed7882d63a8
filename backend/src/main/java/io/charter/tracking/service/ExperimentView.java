package io.charter.tracking.service;

import io.charter.tracking.domain.Experiment;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An experiment as clients read it. */
public record ExperimentView(UUID id, UUID projectId, String name, String description, Map<String, String> tags,
                             String lifecycleStage, Instant createdAt, String createdBy, Instant updatedAt) {

    static ExperimentView of(Experiment e) {
        return new ExperimentView(e.id, e.projectId, e.name, e.description, e.tags, e.lifecycleStage, e.createdAt,
                e.createdBy, e.updatedAt);
    }
}
