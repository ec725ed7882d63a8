package io.charter.dataset.service;

import io.charter.dataset.domain.DatasetProfileJob;
import io.charter.dataset.domain.ProfileStatus;

import java.time.Instant;

/** Where a version's profiling job stands; {@code progress} runs from 0 to 1. */
public record ProfileView(String versionId, ProfileStatus status, long rowsRead, long totalRows, double progress,
                          String error, Instant createdAt, Instant startedAt, Instant finishedAt) {

    static ProfileView of(DatasetProfileJob j) {
        double progress = j.status == ProfileStatus.SUCCEEDED ? 1.0
                : j.totalRows == 0 ? 0.0 : Math.min(1.0, (double) j.rowsRead / j.totalRows);
        return new ProfileView(j.versionSha256, j.status, j.rowsRead, j.totalRows, progress, j.error, j.createdAt,
                j.startedAt, j.finishedAt);
    }
}
