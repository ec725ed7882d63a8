package io.charter.dataset.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.charter.dataset.domain.SourceType;
import io.charter.governance.data.ColumnType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * What a client may set on a dataset: name, description, provenance, the target column and
 * per-column type overrides. Server-set fields read back from a GET are ignored.
 */
@JsonIgnoreProperties(value = {"id", "projectId", "createdAt", "createdBy", "updatedAt", "updatedBy",
    "versionCount", "latestVersion"})
public record DatasetCommand(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 4000) String description,
        @NotNull SourceType sourceType,
        @Size(max = 4000) String origin,
        @Size(max = 4000) String collectionMethod,
        @Size(max = 200) String licence,
        @Size(max = 4000) String knownBiases,
        @NotNull Boolean containsPersonalData,
        @Size(max = 255) String owner,
        @Size(max = 128) String targetColumn,
        @Size(max = 2000) Map<@NotBlank @Size(max = 128) String, @NotNull ColumnType> typeOverrides,
        Long version) {
}
