package io.charter.jobs;

import java.time.Instant;

/** Where a background job stands; {@code progress} runs from 0 to 1. */
public record JobView(String subject, JobStatus status, long rowsRead, long totalRows, double progress,
                      String error, Instant createdAt, Instant startedAt, Instant finishedAt) {

    public static JobView of(String subject, BackgroundJob j) {
        return new JobView(subject, j.status, j.rowsRead, j.totalRows, j.progress(), j.error, j.createdAt,
                j.startedAt, j.finishedAt);
    }
}
