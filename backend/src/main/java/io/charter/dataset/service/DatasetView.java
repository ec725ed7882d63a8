package io.charter.dataset.service;

import io.charter.dataset.domain.Dataset;
import io.charter.dataset.domain.SourceType;
import io.charter.governance.data.ColumnType;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A dataset as clients read it. */
public record DatasetView(UUID id, UUID projectId, long version, String name, String description,
                          SourceType sourceType, String origin, String collectionMethod, String licence,
                          String knownBiases, boolean containsPersonalData, String owner, String targetColumn,
                          Map<String, ColumnType> typeOverrides, Instant createdAt, String createdBy,
                          Instant updatedAt, String updatedBy) {

    static DatasetView of(Dataset d) {
        return new DatasetView(d.id, d.projectId, d.version, d.name, d.description, d.sourceType, d.origin,
                d.collectionMethod, d.licence, d.knownBiases, d.containsPersonalData, d.owner, d.targetColumn,
                d.typeOverrides, d.createdAt, d.createdBy, d.updatedAt, d.updatedBy);
    }
}
