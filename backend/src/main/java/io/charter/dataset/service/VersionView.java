package io.charter.dataset.service;

import io.charter.dataset.domain.DataFormat;
import io.charter.dataset.domain.VersionOrigin;
import io.charter.governance.data.ColumnType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A dataset version as clients read it; {@code id} is the lowercase hex SHA-256 of its bytes.
 * Columns show the inferred type, the effective type after the dataset's overrides, and roles
 * (TARGET from the dataset, PROTECTED from the project's ethics charter).
 */
public record VersionView(String id, UUID datasetId, DataFormat format, long sizeBytes, long rowCount,
                          List<Column> columns, VersionOrigin origin, String parentVersionId, UUID pipelineId,
                          Instant uploadedAt, String uploadedBy) {

    /** One column of the version. */
    public record Column(String name, ColumnType inferredType, ColumnType type, List<String> roles,
                         long nonMissing, long missing, long distinct, boolean distinctCapped) {
    }
}
